// Roles, names, focus, the async confirm and its announcements in jsdom (the dialog falls back to
// the `open` attribute there; the modal behaviour is tested in Chromium: Dialog.browser.test.tsx).
import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';
import * as stories from './ConfirmDialog.stories.js';

const { Open, English } = composeStories(stories);
const warnings = captureWarnings();

const region = (politeness: 'polite' | 'assertive') => document.querySelector(`[${REGION_ATTRIBUTE}="${politeness}"]`);

afterEach(() => {
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Harness(props: Partial<ConfirmDialogProps>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Ta bort
      </button>
      <ConfirmDialog
        heading="Vill du ta bort ansökan?"
        confirmLabel="Ta bort ansökan"
        doneMessage="Ansökan är borttagen"
        onConfirm={() => {}}
        {...props}
        open={open}
        onOpenChange={setOpen}
      >
        Det går inte att ångra.
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('is an alertdialog named by the question and described by the text', () => {
    render(<Open />);
    const dialog = screen.getByRole('alertdialog', { name: 'Vill du ta bort ansökan om bygglov?' });
    expect(dialog).toHaveAccessibleDescription('Ansökan och de tre bilagorna tas bort. Det går inte att ångra.');
  });

  it('has a danger button naming the action and a cancel button, and no close icon', () => {
    render(<Open />);
    const dialog = screen.getByRole('alertdialog');
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Ta bort ansökan', 'Avbryt']);
    expect(buttons[0]).toHaveAttribute('data-variant', 'danger');
  });

  it('focus starts on Avbryt; Tab reaches the confirm button; Enter on Avbryt closes without confirming', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    const cancel = screen.getByRole('button', { name: 'Avbryt' });
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Ta bort ansökan' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort' })).toHaveFocus();
  });

  it('async confirm: busy while pending, cannot be cancelled, then closes and speaks the result', async () => {
    const user = userEvent.setup();
    const job = deferred();
    render(<Harness onConfirm={() => job.promise} />);
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    const confirm = screen.getByRole('button', { name: 'Ta bort ansökan' });
    await user.click(confirm);
    expect(confirm).toHaveAttribute('aria-busy', 'true');
    // While it runs, Avbryt does nothing: closing would hide whether the deletion happened.
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await act(async () => job.resolve());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await vi.waitFor(() => expect(region('polite')).toHaveTextContent('Ansökan är borttagen'));
  });

  it('a failed confirm keeps the dialog open, shows the error and speaks it assertively', async () => {
    const user = userEvent.setup();
    const job = deferred();
    render(<Harness onConfirm={() => job.promise} />);
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort ansökan' }));
    await act(async () => job.reject(new Error('503')));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText('Det gick inte att genomföra. Försök igen om en stund.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ta bort ansökan' })).not.toHaveAttribute('aria-busy');
    await vi.waitFor(() => expect(region('assertive')).toHaveTextContent('Det gick inte att genomföra'));
  });

  it('a synchronous onConfirm closes at once', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort ansökan' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('uses the English dictionary and English demo content', () => {
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the building permit application?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Delete application' })).toBeInTheDocument();
  });

  it('forwards the ref to the <dialog> and takes a custom cancel label', () => {
    const ref = createRef<HTMLDialogElement>();
    render(<ConfirmDialog ref={ref} defaultOpen heading="Ta bort?" confirmLabel="Ta bort filen" cancelLabel="Behåll filen" onConfirm={() => {}} />);
    expect(ref.current?.tagName).toBe('DIALOG');
    expect(screen.getByRole('button', { name: 'Behåll filen' })).toBeInTheDocument();
  });
});

describe('ConfirmDialog bad input', () => {
  it('warns when the confirm button does not name the action', () => {
    render(<ConfirmDialog defaultOpen heading="Ta bort?" confirmLabel="OK" onConfirm={() => {}} />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] ConfirmDialog: `confirmLabel` "OK" does not say what happens/);
  });

  it('warns for an empty confirm label', () => {
    render(<ConfirmDialog defaultOpen heading="Ta bort?" confirmLabel="" onConfirm={() => {}} />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] ConfirmDialog: `confirmLabel` is empty/);
  });

  it('gives no warnings for good input', () => {
    render(<Open />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
