import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { SessionTimeout } from './SessionTimeout.js';

const meta = {
  title: 'Komponenter/SessionTimeout',
  component: SessionTimeout,
  args: { expiresAt: 0, warnBefore: 120, onExtend: fn(), onSignOut: fn(), onExpire: fn() },
  argTypes: { expiresAt: { control: false } },
} satisfies Meta<typeof SessionTimeout>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Open at first in the story (screenshots, tests); on the docs page a button starts it, since an
 * open modal dialog would make the whole page inert.
 */
const startsOpen = (context: { viewMode?: string }) => context.viewMode !== 'docs';

/** A demo session: `secondsLeft` from now when it starts; "Fortsätt" gives it 20 minutes more. */
function DemoSession({ secondsLeft, startOpen, ...args }: Parameters<typeof SessionTimeout>[0] & { secondsLeft: number; startOpen: boolean }) {
  const t = useDemoText();
  const [expiresAt, setExpiresAt] = useState<number | null>(() => (startOpen ? Date.now() + secondsLeft * 1000 : null));
  return (
    <>
      <Button variant="secondary" onClick={() => setExpiresAt(Date.now() + secondsLeft * 1000)}>
        {t({ sv: 'Visa varningen', en: 'Show the warning', ar: 'عرض التحذير' })}
      </Button>
      {expiresAt !== null ? (
        <SessionTimeout
          {...args}
          expiresAt={expiresAt}
          onExtend={async () => {
            await args.onExtend();
            setExpiresAt(Date.now() + 20 * 60_000);
          }}
        />
      ) : null}
    </>
  );
}

/**
 * A minute and a half left: the warning with the time, "Fortsätt vara inloggad" focused, and
 * "Logga ut". Escape or the button extends the session.
 */
export const Warning: Story = {
  render: (args, context) => <DemoSession {...args} secondsLeft={90} startOpen={startsOpen(context)} />,
  parameters: { visual: { play: true, now: '2026-03-09T10:00:00Z' } },
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('alertdialog')) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    await expect(dialog).toHaveAccessibleDescription(/1 (minut|minute)/);
    await expect(within(dialog).getAllByRole('button')[0]).toHaveFocus();
  },
};

/** "Fortsätt vara inloggad" extends the session; the dialog closes and focus goes back. */
export const Extend: Story = {
  render: (args, context) => <DemoSession {...args} secondsLeft={60} startOpen={startsOpen(context)} />,
  play: async ({ canvasElement, args }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = (await body.findByRole('alertdialog')) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    await userEvent.click(within(dialog).getAllByRole('button')[0]!);
    await waitFor(() => expect(dialog.open).toBe(false));
    await expect(args.onExtend).toHaveBeenCalledTimes(1);
  },
};

/** Time ran out: "Du har loggats ut" and "Logga in igen". */
export const Expired: Story = {
  args: { signInHref: '#logga-in' },
  render: (args, context) => <DemoSession {...args} secondsLeft={-1} startOpen={startsOpen(context)} />,
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog');
    await expect(within(dialog).getByRole('link')).toHaveAttribute('href', '#logga-in');
    await expect(args.onExpire).toHaveBeenCalledTimes(1);
  },
};

/** Dark theme. */
// The derived stories are not photographed again: the 8 modes of Warning cover them.
const notShot = { visual: { play: false } };

export const Dark: Story = { ...Warning, globals: { theme: 'dark' }, parameters: notShot };

/** English locale: "You will be signed out soon". */
export const English: Story = { ...Warning, globals: { locale: 'en' }, parameters: notShot };

/**
 * Right to left: the app passes its own Arabic texts through the provider's `strings` (the
 * library has Swedish and English dictionaries); the built-in ones are English here.
 */
export const RightToLeft: Story = {
  ...Warning,
  globals: { dir: 'rtl', locale: 'en' },
  parameters: notShot,
  decorators: [(Story) => <div lang="ar"><Story /></div>],
};
