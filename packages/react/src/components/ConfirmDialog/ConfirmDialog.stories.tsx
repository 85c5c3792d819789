import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { ConfirmDialog } from './ConfirmDialog.js';

/** A deletion that takes a moment, as a server call does. */
const slowly = (ms: number, fail = false) =>
  new Promise<void>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('503')) : resolve()), ms));

const meta = {
  title: 'Komponenter/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    heading: 'Vill du ta bort ansökan?',
    confirmLabel: 'Ta bort ansökan',
    onConfirm: () => {},
  },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Open at first in the story (screenshots, tests); closed on the docs page, where an open modal
 * dialog would make the whole page inert — the reader opens it with the button.
 */
const startsOpen = (context: { viewMode?: string }) => context.viewMode !== 'docs';

/**
 * Open: the question names what is deleted, the text says it cannot be undone, the danger
 * button names the action, and focus starts on "Avbryt" — the safe choice.
 */
export const Open: Story = {
  render: function Render(args, context) {
    const t = useDemoText();
    const [open, setOpen] = useState(() => startsOpen(context));
    return (
      <>
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t({ sv: 'Ta bort', en: 'Delete', ar: 'حذف' })}
        </Button>
        <ConfirmDialog
          {...args}
          open={open}
          onOpenChange={setOpen}
          heading={t({ sv: 'Vill du ta bort ansökan om bygglov?', en: 'Delete the building permit application?', ar: 'هل تريد حذف طلب رخصة البناء؟' })}
          confirmLabel={t({ sv: 'Ta bort ansökan', en: 'Delete application', ar: 'حذف الطلب' })}
          doneMessage={t({ sv: 'Ansökan om bygglov är borttagen', en: 'The building permit application was deleted', ar: 'تم حذف طلب رخصة البناء' })}
          onConfirm={() => slowly(600)}
        >
          {t({
            sv: 'Ansökan och de tre bilagorna tas bort. Det går inte att ångra.',
            en: 'The application and its three attachments are deleted. This cannot be undone.',
            ar: 'سيتم حذف الطلب ومرفقاته الثلاثة. لا يمكن التراجع عن ذلك.',
          })}
        </ConfirmDialog>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('alertdialog')) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    await expect(dialog).toHaveAccessibleName(/bygglov|building permit|رخصة/);
    await expect(dialog).toHaveAccessibleDescription(/ångra|undone|التراجع/);
    await expect(within(dialog).getByRole('button', { name: /Avbryt|Cancel/ })).toHaveFocus();
  },
};

/** Confirmed: the button is busy while the deletion runs, then the dialog closes and the result is spoken. */
export const Confirming: Story = {
  render: Open.render,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = (await body.findByRole('alertdialog')) as HTMLDialogElement;
    const confirm = within(dialog).getByRole('button', { name: /Ta bort ansökan|Delete application/ });
    await userEvent.click(confirm);
    await expect(confirm).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(dialog.open).toBe(false), { timeout: 3000 });
    // Spoken in the page's polite region once the dialog has closed.
    const spoken = () => [...canvasElement.ownerDocument.querySelectorAll('[role="status"]')].map((region) => region.textContent).join('|');
    await waitFor(() => expect(spoken()).toMatch(/borttagen|deleted/));
  },
};

/** The deletion failed: the dialog stays open, says so (and speaks it), and the person can try again or cancel. */
export const Failed: Story = {
  render: function Render(args, context) {
    const t = useDemoText();
    const [open, setOpen] = useState(() => startsOpen(context));
    return (
      <>
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t({ sv: 'Ta bort utkastet', en: 'Delete draft', ar: 'حذف المسودة' })}
        </Button>
      <ConfirmDialog
        {...args}
        open={open}
        onOpenChange={setOpen}
        heading={t({ sv: 'Vill du ta bort utkastet?', en: 'Delete the draft?', ar: 'هل تريد حذف المسودة؟' })}
        confirmLabel={t({ sv: 'Ta bort utkastet', en: 'Delete draft', ar: 'حذف المسودة' })}
        errorMessage={t({
          sv: 'Utkastet kunde inte tas bort just nu. Försök igen om en stund.',
          en: 'The draft could not be deleted right now. Please try again in a moment.',
          ar: 'تعذر حذف المسودة الآن. حاول مرة أخرى لاحقاً.',
        })}
        onConfirm={() => slowly(200, true)}
      >
        {t({ sv: 'Det du har fyllt i tas bort.', en: 'What you have filled in is deleted.', ar: 'سيتم حذف ما ملأته.' })}
      </ConfirmDialog>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('alertdialog')) as HTMLDialogElement;
    await userEvent.click(within(dialog).getByRole('button', { name: /Ta bort utkastet|Delete draft/ }));
    await waitFor(() => expect(within(dialog).getByText(/kunde inte|could not/)).toBeVisible());
    await expect(dialog.open).toBe(true);
    // Spoken inside the dialog (the page around a modal dialog is inert).
    await waitFor(() => expect(dialog.querySelector('[aria-live="assertive"]')).toHaveTextContent(/kunde inte|could not/));
  },
};

/** Dark theme. */
export const Dark: Story = { ...Open, play: undefined, globals: { theme: 'dark' } };

/** English locale: "Cancel" from the dictionary and English demo content. */
export const English: Story = { ...Open, globals: { locale: 'en' } };

/** Right to left with Arabic content: the buttons start at the right. */
export const RightToLeft: Story = {
  ...Open,
  globals: { dir: 'rtl', locale: 'en' },
  decorators: [
    (Story) => (
      <div lang="ar">
        <Story />
      </div>
    ),
  ],
};
