// What jsdom cannot show, in real Chromium (vitest project `browser`): popovertarget opening the
// popover from the server HTML before hydration, the top layer, light dismiss, Escape with focus
// going back, focus moving in, and CSS anchor positioning next to the trigger with its flips at
// the viewport's edges (rects measured), and the centred layout where anchor positioning is missing.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { hydrate, mount, mountServerHtml } from '../../../test/browserMount.js';
import { Popover, type PopoverProps } from './Popover.js';

const settle = () => act(async () => {});
const click = async (element: Element) => {
  await userEvent.click(element);
  await settle();
};
const press = async (keys: string) => {
  await userEvent.keyboard(keys);
  await settle();
};

function Fee({ triggerStyle, ...props }: Partial<PopoverProps> & { triggerStyle?: React.CSSProperties }) {
  return (
    <Popover
      heading="Avgift för boendeparkering"
      trigger={
        <button type="button" style={{ inlineSize: '10rem', blockSize: '44px', ...triggerStyle }}>
          Vad kostar det?
        </button>
      }
      {...props}
    >
      <p>Ett tillstånd kostar 800 kronor i månaden i zon A och 500 kronor i zon B.</p>
      <a href="#avgifter">Alla avgifter</a>
    </Popover>
  );
}

const parts = (container: HTMLElement) => ({
  trigger: container.querySelector<HTMLButtonElement>('button[popovertarget]:not(.gbg-popover-close)')!,
  popover: container.querySelector<HTMLElement>('.gbg-popover')!,
});

describe('Popover in Chromium', () => {
  it('opens from the server HTML before hydration (popovertarget), stays open through hydration', async () => {
    const html = mountServerHtml(<Fee id="fore-hydrering" />);
    const { trigger, popover } = parts(html);
    expect(popover.matches(':popover-open')).toBe(false);
    // Invisible when closed: the browser hides [popover] itself.
    expect(popover.getBoundingClientRect().height).toBe(0);
    await userEvent.click(trigger);
    expect(popover.matches(':popover-open')).toBe(true);
    const errors = await hydrate(html, <Fee id="fore-hydrering" />);
    expect(errors).toEqual([]);
    await settle();
    expect(popover.matches(':popover-open')).toBe(true);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
  });

  it('is in the top layer: above an element with the highest z-index', async () => {
    const container = await mount(
      <>
        <Fee />
        <div style={{ position: 'fixed', inset: 0, zIndex: 2147483647, pointerEvents: 'auto' }} data-cover />
      </>,
    );
    const { trigger, popover } = parts(container);
    trigger.click();
    await settle();
    const r = popover.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(popover.contains(hit)).toBe(true);
  });

  it('keyboard: Enter opens with focus moved in, Tab reaches its controls, Escape closes and focus goes back', async () => {
    const container = await mount(<Fee />);
    const { trigger, popover } = parts(container);
    trigger.focus();
    await press('{Enter}');
    expect(popover.matches(':popover-open')).toBe(true);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(document.activeElement).toBe(popover);
    await press('{Tab}');
    expect(document.activeElement).toBe(popover.querySelector('.gbg-popover-close'));
    await press('{Tab}');
    expect(document.activeElement).toBe(popover.querySelector('a'));
    await press('{Escape}');
    expect(popover.matches(':popover-open')).toBe(false);
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(trigger);
  });

  it('light dismiss: a click outside closes it and updates the state', async () => {
    let reported: boolean[] = [];
    const container = await mount(
      <>
        <Fee onOpenChange={(open) => reported.push(open)} />
        <p style={{ marginBlockStart: '24rem' }}>Annat innehåll på sidan</p>
      </>,
    );
    const { trigger, popover } = parts(container);
    await click(trigger);
    expect(popover.matches(':popover-open')).toBe(true);
    await click(container.querySelector('p:last-child')!);
    expect(popover.matches(':popover-open')).toBe(false);
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(reported).toEqual([true, false]);
    reported = [];
  });

  it('the close button closes it (popovertargetaction="hide") and focus goes back to the trigger', async () => {
    const container = await mount(<Fee />);
    const { trigger, popover } = parts(container);
    await click(trigger);
    await click(popover.querySelector('.gbg-popover-close')!);
    expect(popover.matches(':popover-open')).toBe(false);
    expect(document.activeElement).toBe(trigger);
  });

  it('controlled: the app opens and closes it; a refused close is put back', async () => {
    function App({ follow }: { follow: boolean }) {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen((o) => !o)}>
            App
          </button>
          <Fee open={open} onOpenChange={(next) => follow && setOpen(next)} />
        </>
      );
    }
    const container = await mount(<App follow={false} />);
    const { popover } = parts(container);
    await click(container.querySelector('button')!);
    expect(popover.matches(':popover-open')).toBe(true);
    // The owner does not follow the Escape: the popover stays as the state says.
    popover.focus();
    await press('{Escape}');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(popover.matches(':popover-open')).toBe(true);
  });

  it('is placed just below the trigger, starting at its inline start (LTR) and its right edge (RTL)', async () => {
    const container = await mount(
      <div style={{ paddingBlockStart: '40px', paddingInlineStart: '100px' }}>
        <Fee style={{ maxInlineSize: '14rem' }} />
      </div>,
    );
    const { trigger, popover } = parts(container);
    await click(trigger);
    const t = trigger.getBoundingClientRect();
    const p = popover.getBoundingClientRect();
    expect(p.top - t.bottom).toBeCloseTo(8, 0);
    expect(p.left).toBeCloseTo(t.left, 0);

    popover.hidePopover();
    const rtl = await mount(
      <div dir="rtl" style={{ paddingBlockStart: '40px', paddingInlineStart: '100px' }}>
        <Fee id="rtl" style={{ maxInlineSize: '14rem' }} />
      </div>,
    );
    const mirrored = parts(rtl);
    await click(mirrored.trigger);
    expect(mirrored.popover.getBoundingClientRect().right).toBeCloseTo(mirrored.trigger.getBoundingClientRect().right, 0);
  });

  it('flips above the trigger at the bottom of the viewport, and towards the start at its inline end', async () => {
    const container = await mount(<Fee triggerStyle={{ position: 'fixed', insetBlockEnd: '8px', insetInlineEnd: '8px' }} />);
    const { trigger, popover } = parts(container);
    await click(trigger);
    const t = trigger.getBoundingClientRect();
    const p = popover.getBoundingClientRect();
    // No room below: above it instead.
    expect(p.bottom).toBeLessThanOrEqual(t.top);
    // No room towards the inline end: it ends at the trigger's end edge and stays on screen.
    expect(p.right).toBeCloseTo(t.right, 0);
    expect(p.left).toBeGreaterThanOrEqual(0);
  });

  it('opens above with placement="block-start" when there is room', async () => {
    const container = await mount(
      <div style={{ paddingBlockStart: '320px' }}>
        <Fee placement="block-start" />
      </div>,
    );
    const { trigger, popover } = parts(container);
    await click(trigger);
    expect(trigger.getBoundingClientRect().top - popover.getBoundingClientRect().bottom).toBeCloseTo(8, 0);
  });

  it('without anchor positioning (older browsers) it is centred on the screen, whole and readable', async () => {
    // What a browser without CSS anchor positioning applies: the page's stylesheets minus every
    // `@supports (anchor-name: …)` block (put back afterwards, for the tests that follow).
    const removed: Array<{ sheet: CSSStyleSheet | CSSGroupingRule; index: number; text: string }> = [];
    const strip = (list: CSSStyleSheet | CSSGroupingRule) => {
      for (let index = list.cssRules.length - 1; index >= 0; index -= 1) {
        const rule = list.cssRules[index]!;
        if (rule instanceof CSSSupportsRule && rule.conditionText.includes('anchor-name')) {
          removed.push({ sheet: list, index, text: rule.cssText });
          list.deleteRule(index);
        } else if (rule instanceof CSSGroupingRule) strip(rule);
      }
    };
    const container = await mount(
      <div style={{ paddingBlockStart: '40px', paddingInlineStart: '100px' }}>
        <Fee id="utan-ankare" />
      </div>,
    );
    for (const sheet of document.styleSheets) strip(sheet);
    try {
      expect(removed.length).toBeGreaterThan(0);
      const { trigger, popover } = parts(container);
      await click(trigger);
      expect(popover.matches(':popover-open')).toBe(true);
      const p = popover.getBoundingClientRect();
      // The browser's own popover style: centred both ways, inside the viewport's edges.
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.right).toBeLessThanOrEqual(window.innerWidth);
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.bottom).toBeLessThanOrEqual(window.innerHeight);
      expect(p.left + p.width / 2).toBeCloseTo(window.innerWidth / 2, 0);
      expect(p.top + p.height / 2).toBeCloseTo(window.innerHeight / 2, 0);
      // Not the anchored place below the trigger: this really is the fallback layout.
      expect(Math.abs(p.top - trigger.getBoundingClientRect().bottom - 8)).toBeGreaterThan(1);
      // Escape still closes it and gives focus back.
      await press('{Escape}');
      expect(popover.matches(':popover-open')).toBe(false);
    } finally {
      for (const { sheet, index, text } of removed.reverse()) sheet.insertRule(text, index);
    }
  });
});
