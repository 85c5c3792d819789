// In Chromium: a modal dialog makes the page inert, and screen readers skip live regions in
// inert content. The announcer speaks inside the top modal dialog while one is open; the result
// of a confirmed action is spoken outside once the dialog has closed.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { mount } from '../../../test/browserMount.js';
import { ConfirmDialog } from './ConfirmDialog.js';

function Harness({ fail }: { fail: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <GbgProvider>
      <button type="button" onClick={() => setOpen(true)}>
        Ta bort
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        heading="Vill du ta bort ansökan?"
        confirmLabel="Ta bort ansökan"
        doneMessage="Ansökan är borttagen"
        onConfirm={() => (fail ? Promise.reject(new Error('503')) : Promise.resolve())}
      >
        Det går inte att ångra.
      </ConfirmDialog>
    </GbgProvider>
  );
}

async function start(fail: boolean) {
  const host = await mount(<Harness fail={fail} />);
  await userEvent.click(host.querySelector('button')!);
  await act(async () => {});
  const dialog = host.querySelector('dialog')!;
  expect(dialog.matches(':modal')).toBe(true);
  await userEvent.click([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Ta bort ansökan')!);
  await act(async () => {});
  return dialog;
}

describe('ConfirmDialog announcements in Chromium', () => {
  it('a failure is spoken inside the open modal dialog, not in the inert page', async () => {
    const dialog = await start(true);
    await vi.waitFor(() => {
      const inside = dialog.querySelector(`[${REGION_ATTRIBUTE}="assertive"]`);
      expect(inside).toHaveTextContent('Det gick inte att genomföra');
    });
    // The provider's own region stays silent: the page around the dialog is inert.
    const outside = [...document.querySelectorAll(`[${REGION_ATTRIBUTE}="assertive"]`)].filter((r) => !dialog.contains(r));
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.map((r) => r.textContent)).toEqual(outside.map(() => ''));
  });

  it('the result is spoken in the page once the dialog has closed', async () => {
    const dialog = await start(false);
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    await vi.waitFor(() => {
      const polite = [...document.querySelectorAll(`[${REGION_ATTRIBUTE}="polite"]`)].filter((r) => !dialog.contains(r));
      expect(polite.map((r) => r.textContent)).toContain('Ansökan är borttagen');
    });
    // Inside the dialog only the busy button's "Laddar…" was spoken (while it was modal).
    expect(dialog.querySelector(`[${REGION_ATTRIBUTE}="polite"]`)?.textContent).toBe('Laddar…');
  });
});
