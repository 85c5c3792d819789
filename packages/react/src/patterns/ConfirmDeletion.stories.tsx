import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Alert } from '../components/Alert/Alert.js';
import { Button } from '../components/Button/Button.js';
import { ConfirmDialog } from '../components/ConfirmDialog/ConfirmDialog.js';
import { Heading } from '../components/Heading/Heading.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { VisuallyHidden } from '../components/VisuallyHidden/VisuallyHidden.js';
import { useDemoText, type DemoText } from '../storybook/demo.js';

interface Application {
  id: string;
  name: string;
  status: string;
}

const applications = (t: DemoText): Application[] => [
  {
    id: 'bygglov',
    name: t({ sv: 'Ansökan om bygglov, Storgatan 12', en: 'Building permit application, Storgatan 12', ar: 'طلب رخصة بناء، Storgatan 12' }),
    status: t({ sv: 'Utkast, sparat 3 november', en: 'Draft, saved 3 November', ar: 'مسودة، محفوظة في 3 نوفمبر' }),
  },
  {
    id: 'parkering',
    name: t({ sv: 'Ansökan om parkeringstillstånd', en: 'Parking permit application', ar: 'طلب تصريح وقوف' }),
    status: t({ sv: 'Utkast, sparat 28 oktober', en: 'Draft, saved 28 October', ar: 'مسودة، محفوظة في 28 أكتوبر' }),
  },
  {
    id: 'forskola',
    name: t({ sv: 'Ansökan om förskoleplats', en: 'Preschool place application', ar: 'طلب مكان في الروضة' }),
    status: t({ sv: 'Utkast, sparat 12 oktober', en: 'Draft, saved 12 October', ar: 'مسودة، محفوظة في 12 أكتوبر' }),
  },
];

/** A server call that takes a moment, and may fail. */
const deleteOnServer = (fail: boolean) =>
  new Promise<void>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('503')) : resolve()), 600));

/**
 * "Mina utkast" with a delete button per draft. The confirmation names the draft; after the
 * deletion the draft is gone, a success message shows, the result is spoken, and focus goes to
 * the list's heading (the button that opened the dialog went away with the draft).
 */
function DraftList({ startWith, fail = false }: { startWith?: string; fail?: boolean }) {
  const t = useDemoText();
  const [drafts, setDrafts] = useState(() => applications(t));
  const [target, setTarget] = useState<Application | null>(() => drafts.find((d) => d.id === startWith) ?? null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Stack gap="6" style={{ maxInlineSize: '40rem' }}>
      <Heading level={1} ref={headingRef} tabIndex={-1}>
        {t({ sv: 'Mina utkast', en: 'My drafts', ar: 'مسوداتي' })}
      </Heading>
      {deleted && (
        <Alert tone="success" heading={t({ sv: 'Utkastet är borttaget', en: 'The draft was deleted', ar: 'تم حذف المسودة' })}>
          {deleted}
        </Alert>
      )}
      {drafts.length === 0 ? (
        <Text>{t({ sv: 'Du har inga sparade utkast.', en: 'You have no saved drafts.', ar: 'ليس لديك مسودات محفوظة.' })}</Text>
      ) : (
        <Stack as="ul" gap="4" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {drafts.map((draft) => (
            <li
              key={draft.id}
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                gap: 'var(--gbg-space-3)',
                alignItems: 'center',
                justifyContent: 'space-between',
                paddingBlock: 'var(--gbg-space-4)',
                borderBlockEnd: 'var(--gbg-border-width-thin) solid var(--gbg-color-border-subtle)',
              }}
            >
              <Stack gap="1">
                <Heading level={2} size={4}>
                  {draft.name}
                </Heading>
                <Text>{draft.status}</Text>
              </Stack>
              <Button variant="secondary" onClick={() => setTarget(draft)}>
                {t({ sv: 'Ta bort', en: 'Delete', ar: 'حذف' })}
                {/* The space outside the hidden span: name computation trims inside it. */}{' '}
                <VisuallyHidden>{draft.name}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </Stack>
      )}
      <ConfirmDialog
        open={target !== null}
        onOpenChange={(open) => {
          if (!open) setTarget(null);
        }}
        heading={t({ sv: 'Vill du ta bort utkastet?', en: 'Delete the draft?', ar: 'هل تريد حذف المسودة؟' })}
        confirmLabel={t({ sv: 'Ta bort utkastet', en: 'Delete draft', ar: 'حذف المسودة' })}
        doneMessage={target ? `${t({ sv: 'Utkastet är borttaget', en: 'The draft was deleted', ar: 'تم حذف المسودة' })}: ${target.name}` : undefined}
        errorMessage={t({
          sv: 'Utkastet kunde inte tas bort just nu. Försök igen om en stund.',
          en: 'The draft could not be deleted right now. Please try again in a moment.',
          ar: 'تعذر حذف المسودة الآن. حاول مرة أخرى لاحقاً.',
        })}
        // The opener goes away with the draft: focus goes to the list's heading instead.
        returnFocusRef={headingRef}
        onConfirm={async () => {
          await deleteOnServer(fail);
          const gone = target!;
          setDrafts((list) => list.filter((d) => d.id !== gone.id));
          setDeleted(gone.name);
        }}
      >
        {target
          ? t({
              sv: `${target.name} och det du har fyllt i tas bort. Det går inte att ångra.`,
              en: `${target.name} and what you have filled in are deleted. This cannot be undone.`,
              ar: `سيتم حذف ${target.name} وما ملأته. لا يمكن التراجع عن ذلك.`,
            })
          : null}
      </ConfirmDialog>
    </Stack>
  );
}

/** What "Show code" prints: the pattern as a team would write it. */
const EXAMPLE = `const [target, setTarget] = useState<Draft | null>(null);
const headingRef = useRef<HTMLHeadingElement>(null);

<Heading level={1} ref={headingRef} tabIndex={-1}>Mina utkast</Heading>
{drafts.map((draft) => (
  <li key={draft.id}>
    <Heading level={2} size={4}>{draft.name}</Heading>
    <Button variant="secondary" onClick={() => setTarget(draft)}>
      Ta bort <VisuallyHidden>{draft.name}</VisuallyHidden>
    </Button>
  </li>
))}
<ConfirmDialog
  open={target !== null}
  onOpenChange={(open) => !open && setTarget(null)}
  heading="Vill du ta bort utkastet?"
  confirmLabel="Ta bort utkastet"
  doneMessage={\`Utkastet är borttaget: \${target?.name}\`}
  returnFocusRef={headingRef}
  onConfirm={async () => {
    await deleteDraft(target.id); // throws on failure: the dialog stays open and says so
    setDrafts((list) => list.filter((d) => d.id !== target.id));
  }}
>
  {target?.name} och det du har fyllt i tas bort. Det går inte att ångra.
</ConfirmDialog>`;

const meta = {
  title: 'Mönster/Bekräfta borttagning',
  parameters: {
    docs: { source: { code: EXAMPLE, language: 'tsx' } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The list of drafts, each with its own "Ta bort" button (named with the draft for screen readers). */
export const BekraftaBorttagning: Story = {
  name: 'Bekräfta borttagning',
  render: () => <DraftList />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getAllByRole('button', { name: /^(Ta bort|Delete|حذف) / })[0]!);
    const dialog = (await page.findByRole('alertdialog')) as HTMLDialogElement;
    await expect(within(dialog).getByRole('button', { name: /Avbryt|Cancel/ })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: /Ta bort utkastet|Delete draft|حذف المسودة/ }));
    await waitFor(() => expect(dialog.open).toBe(false), { timeout: 3000 });
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveFocus();
  },
};

/** The question is open for the first draft; focus is on "Avbryt". */
export const FragaOppen: Story = {
  name: 'Frågan är öppen',
  // Closed on the docs page: an open modal dialog would make the whole page inert.
  render: (_args, context) => <DraftList startWith={context.viewMode === 'docs' ? undefined : 'bygglov'} />,
};

/** The server could not delete: the dialog stays open and says so; the draft stays in the list. */
export const BorttagningenMisslyckas: Story = {
  name: 'Borttagningen misslyckas',
  render: (_args, context) => <DraftList startWith={context.viewMode === 'docs' ? undefined : 'parkering'} fail />,
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('alertdialog')) as HTMLDialogElement;
    await userEvent.click(within(dialog).getByRole('button', { name: /Ta bort utkastet|Delete draft|حذف المسودة/ }));
    await waitFor(() => expect(within(dialog).getByText(/kunde inte|could not|تعذر/)).toBeVisible(), { timeout: 3000 });
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(3);
  },
};
