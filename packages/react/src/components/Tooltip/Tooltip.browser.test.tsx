// WCAG 1.4.13 in real Chromium (vitest project `browser`): a real pointer resting on the control
// shows the tooltip only after the delay, the pointer can move onto it, it goes when the pointer
// leaves; keyboard focus shows it at once and Escape hides it without moving focus (and without
// closing a dialog around it); it is in the top layer, centred above the control, and flips
// below at the top of the viewport (rects measured). A controlled open tooltip is shown and
// placed without any pointer or focus, also straight after hydrating the server HTML.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { hydrate, mount, mountServerHtml } from '../../../test/browserMount.js';
import { Dialog } from '../Dialog/Dialog.js';
import { Tooltip, type TooltipProps } from './Tooltip.js';

const wait = (ms: number) =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });

function Print(props: Partial<TooltipProps>) {
  return (
    <Tooltip content="Skriv ut sidan" {...props}>
      <button type="button" aria-label="Skriv ut" style={{ inlineSize: '44px', blockSize: '44px' }}>
        P
      </button>
    </Tooltip>
  );
}

const stage = { paddingBlock: '120px', paddingInline: '160px' } as const;
const parts = (container: HTMLElement) => ({
  button: container.querySelector<HTMLButtonElement>('button[aria-label="Skriv ut"]')!,
  tooltip: container.querySelector<HTMLElement>('[role="tooltip"]')!,
});
const shown = (tooltip: HTMLElement) => tooltip.matches(':popover-open');

describe('Tooltip in Chromium', () => {
  it('a resting pointer shows it after the delay; the pointer can move onto it; leaving hides it', async () => {
    const container = await mount(
      <div style={stage}>
        <Print delay={1500} />
        <p>Annat innehåll</p>
      </div>,
    );
    const { button, tooltip } = parts(container);
    // A long delay here, so a slow round trip to the browser on a busy machine cannot pass it.
    await userEvent.hover(button);
    expect(shown(tooltip)).toBe(false);
    await wait(1700);
    expect(shown(tooltip)).toBe(true);
    // Hoverable: onto the tooltip itself (across the gap), and it stays.
    await userEvent.hover(tooltip);
    await wait(400);
    expect(shown(tooltip)).toBe(true);
    // Persistent until the pointer leaves both.
    await userEvent.hover(container.querySelector('p')!);
    await wait(300);
    expect(shown(tooltip)).toBe(false);
  });

  it('keyboard focus shows it at once; Escape hides it and focus stays on the control', async () => {
    const container = await mount(
      <div style={stage}>
        <button type="button">Före</button>
        <Print />
      </div>,
    );
    const { button, tooltip } = parts(container);
    container.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    await wait(0);
    expect(document.activeElement).toBe(button);
    expect(shown(tooltip)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await wait(0);
    expect(shown(tooltip)).toBe(false);
    expect(document.activeElement).toBe(button);
    // Tab away hides nothing more and brings nothing back; Shift+Tab back shows it again.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard('{Tab}');
    await wait(0);
    expect(shown(tooltip)).toBe(true);
  });

  it('Escape inside a modal dialog hides the tooltip only; the dialog stays open', async () => {
    const container = await mount(
      <Dialog heading="Beslut" defaultOpen closeButton={false} footer={<span />}>
        <Print />
      </Dialog>,
    );
    await wait(50);
    const dialog = container.querySelector('dialog')!;
    expect(dialog.matches(':modal')).toBe(true);
    const { button, tooltip } = parts(dialog);
    // showModal() focused the first focusable element, the control: keyboard-style focus.
    act(() => button.focus());
    await wait(0);
    expect(document.activeElement).toBe(button);
    expect(shown(tooltip)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await wait(50);
    expect(shown(tooltip)).toBe(false);
    expect(dialog.open).toBe(true);
    // A second Escape, with no tooltip showing, closes the dialog as usual.
    await userEvent.keyboard('{Escape}');
    await wait(50);
    expect(dialog.open).toBe(false);
  });

  it('is in the top layer, centred above the control with a small gap', async () => {
    const container = await mount(
      <div style={{ ...stage, position: 'relative', overflow: 'hidden', blockSize: '200px' }}>
        <Print />
        <div style={{ position: 'fixed', inset: 0, zIndex: 2147483647, pointerEvents: 'none' }} />
      </div>,
    );
    const { button, tooltip } = parts(container);
    act(() => button.focus());
    await wait(0);
    const b = button.getBoundingClientRect();
    const t = tooltip.getBoundingClientRect();
    expect(b.top - t.bottom).toBeCloseTo(4, 0);
    expect((t.left + t.right) / 2).toBeCloseTo((b.left + b.right) / 2, 0);
    // Not clipped by the overflow: hidden ancestor, and above the highest z-index.
    expect(tooltip.matches(':popover-open')).toBe(true);
    expect(tooltip.contains(document.elementFromPoint((t.left + t.right) / 2, (t.top + t.bottom) / 2))).toBe(true);
  });

  it('flips below the control at the top of the viewport', async () => {
    const container = await mount(
      <div style={{ position: 'fixed', insetBlockStart: 0, insetInlineStart: '160px' }}>
        <Print />
      </div>,
    );
    const { button, tooltip } = parts(container);
    act(() => button.focus());
    await wait(0);
    expect(tooltip.getBoundingClientRect().top).toBeGreaterThanOrEqual(button.getBoundingClientRect().bottom);
  });

  it('a mouse click focuses the control without showing a tooltip for keyboard focus', async () => {
    const container = await mount(
      <div style={stage}>
        <Print delay={5000} />
      </div>,
    );
    const { button, tooltip } = parts(container);
    await userEvent.click(button);
    await wait(50);
    expect(document.activeElement).toBe(button);
    // The pointer rests on it, but the long delay has not passed, and the click's focus is not :focus-visible.
    expect(shown(tooltip)).toBe(false);
  });

  it('controlled open: shown in the top layer and placed above the control without pointer or focus', async () => {
    const container = await mount(
      <div style={stage}>
        <Print open onOpenChange={() => {}} />
      </div>,
    );
    await wait(0);
    const { button, tooltip } = parts(container);
    expect(document.activeElement).not.toBe(button);
    expect(shown(tooltip)).toBe(true);
    const b = button.getBoundingClientRect();
    const t = tooltip.getBoundingClientRect();
    expect(t.height).toBeGreaterThan(0);
    expect(b.top - t.bottom).toBeCloseTo(4, 0);
    expect((t.left + t.right) / 2).toBeCloseTo((b.left + b.right) / 2, 0);
  });

  it('controlled closed: a resting pointer and keyboard focus do not show it', async () => {
    const container = await mount(
      <div style={stage}>
        <button type="button">Före</button>
        <Print open={false} onOpenChange={() => {}} delay={0} />
      </div>,
    );
    const { button, tooltip } = parts(container);
    await userEvent.hover(button);
    container.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    await wait(50);
    expect(document.activeElement).toBe(button);
    expect(shown(tooltip)).toBe(false);
  });

  it('open on the server: hidden in the server HTML, shown after hydration without a mismatch', async () => {
    for (const props of [{ defaultOpen: true }, { open: true, onOpenChange: () => {} }]) {
      const node = (
        <div style={stage}>
          <Print id="hjalp" {...props} />
        </div>
      );
      const container = mountServerHtml(node);
      const { tooltip: before } = parts(container);
      // Before JavaScript: a popover that is not shown takes no room.
      expect(shown(before)).toBe(false);
      expect(before.getBoundingClientRect().height).toBe(0);
      const recoverable = await hydrate(container, node);
      expect(recoverable.map(String)).toEqual([]);
      const { button, tooltip } = parts(container);
      expect(tooltip).toBe(before);
      expect(shown(tooltip)).toBe(true);
      expect(button.getBoundingClientRect().top - tooltip.getBoundingClientRect().bottom).toBeCloseTo(4, 0);
      container.remove();
    }
  });
});
