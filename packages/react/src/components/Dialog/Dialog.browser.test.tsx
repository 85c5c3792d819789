// The modal behaviour jsdom cannot show, in real Chromium (vitest project `browser`): showModal's
// top layer and inert page, Tab kept inside, Escape through the `cancel` event, the page scroll
// lock (nested dialogs too) and focus going back to the opener.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount } from '../../../test/browserMount.js';
import { Dialog, type DialogProps } from './Dialog.js';

afterEach(() => {
  document.documentElement.style.removeProperty('overflow-y');
});

const byName = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;
const dialogNamed = (heading: string) => [...document.querySelectorAll('dialog')].find((d) => d.querySelector('h2,h3')?.textContent === heading)!;
const overflow = () => getComputedStyle(document.documentElement).overflowY;
const press = (key: string) =>
  act(async () => {
    await userEvent.keyboard(key);
  });
const click = (button: HTMLElement) =>
  act(async () => {
    await userEvent.click(button);
  });

function Opener({ label = 'Öppna', children, ...props }: Partial<DialogProps> & { label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {label}
      </button>
      <button type="button">Efter</button>
      <Dialog heading="Ändra e-postadress" {...props} open={open} onOpenChange={setOpen}>
        {children ?? <input aria-label="E-postadress" />}
      </Dialog>
    </>
  );
}

describe('Dialog in Chromium', () => {
  it('opens modal with focus inside, keeps Tab inside, closes on Escape and returns focus', async () => {
    await mount(<Opener />);
    const opener = byName('Öppna');
    await click(opener);
    const dialog = dialogNamed('Ändra e-postadress');
    expect(dialog.matches(':modal')).toBe(true);
    // The browser's own focusing steps: the first focusable element, the close button.
    expect(document.activeElement).toBe(byName('Stäng'));
    // The page behind is inert: Tab cycles inside the dialog and never reaches its buttons.
    for (let i = 0; i < 4; i += 1) {
      await press('{Tab}');
      expect(document.activeElement === document.body || dialog.contains(document.activeElement)).toBe(true);
    }
    expect(byName('Efter').matches(':focus')).toBe(false);
    await press('{Escape}');
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('the close button closes it and returns focus', async () => {
    await mount(<Opener />);
    await click(byName('Öppna'));
    await click(byName('Stäng'));
    expect(dialogNamed('Ändra e-postadress').open).toBe(false);
    expect(document.activeElement).toBe(byName('Öppna'));
  });

  it('onCancel with preventDefault keeps it open on Escape', async () => {
    await mount(<Opener onCancel={(event) => event.preventDefault()} />);
    await click(byName('Öppna'));
    await press('{Escape}');
    expect(dialogNamed('Ändra e-postadress').matches(':modal')).toBe(true);
  });

  it('locks the page scroll while modal and gives it back; a page rule of its own wins (no !important)', async () => {
    await mount(<Opener />);
    expect(overflow()).not.toBe('hidden');
    await click(byName('Öppna'));
    expect(overflow()).toBe('hidden');
    await press('{Escape}');
    expect(overflow()).not.toBe('hidden');
    // Consumers win over library CSS: the page's own overflow on html stays in force.
    document.documentElement.style.overflowY = 'scroll';
    await click(byName('Öppna'));
    expect(overflow()).toBe('scroll');
    await press('{Escape}');
  });

  it('does not lock the scroll for a non-modal dialog, and leaves the page usable', async () => {
    await mount(<Opener modal={false} />);
    await click(byName('Öppna'));
    const dialog = dialogNamed('Ändra e-postadress');
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(false);
    expect(document.activeElement).toBe(byName('Stäng'));
    expect(overflow()).not.toBe('hidden');
    // The page behind still takes clicks.
    await click(byName('Efter'));
    expect(document.activeElement).toBe(byName('Efter'));
    expect(dialog.open).toBe(true);
  });

  it('nested modal dialogs: Escape closes the top one only; the lock holds until the last closes', async () => {
    await mount(
      <Opener>
        <Opener label="Öppna inre" heading="Inre dialog" />
      </Opener>,
    );
    await click(byName('Öppna'));
    await click(byName('Öppna inre'));
    const outer = dialogNamed('Ändra e-postadress');
    const inner = dialogNamed('Inre dialog');
    expect(inner.matches(':modal') && outer.matches(':modal')).toBe(true);
    await press('{Escape}');
    expect(inner.open).toBe(false);
    expect(outer.open).toBe(true);
    expect(document.activeElement).toBe(byName('Öppna inre'));
    expect(overflow()).toBe('hidden');
    await press('{Escape}');
    expect(outer.open).toBe(false);
    expect(overflow()).not.toBe('hidden');
    expect(document.activeElement).toBe(byName('Öppna'));
  });

  it('draws the backdrop and a border from the tokens, and a border in forced colours', async () => {
    await mount(<Opener />);
    await click(byName('Öppna'));
    const dialog = dialogNamed('Ändra e-postadress');
    expect(getComputedStyle(dialog, '::backdrop').backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(Number.parseFloat(getComputedStyle(dialog).borderTopWidth)).toBeGreaterThan(0);
    expect(getComputedStyle(dialog).borderTopStyle).toBe('solid');
  });
});
