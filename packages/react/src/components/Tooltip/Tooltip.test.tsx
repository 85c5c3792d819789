// Roles, descriptions, timing and bad input in jsdom (no Popover API there: the tooltip is shown
// and hidden with `hidden`). Top layer, anchor positioning, real hover and the pointer moving
// onto the tooltip are tested in Chromium: Tooltip.browser.test.tsx and the stories.
import { composeStories } from '@storybook/react-vite';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Tooltip } from './Tooltip.js';
import * as stories from './Tooltip.stories.js';
import preview from '../../../../../.storybook/preview.js';

const { Standard, English, Toolbar, Styrd } = composeStories(stories, preview);
const warnings = captureWarnings();

// jsdom's :focus-visible follows a heuristic that carries over from test to test; the tests set
// the answer instead (keyboard focus or not). Chromium's own heuristic is tested in
// Tooltip.browser.test.tsx (a mouse click's focus shows nothing).
const nativeMatches = Element.prototype.matches;
const keyboardFocus = (visible: boolean) =>
  vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
    return selector === ':focus-visible' ? visible : nativeMatches.call(this, selector);
  });

beforeEach(() => {
  vi.useFakeTimers();
  keyboardFocus(true);
});
afterEach(() => {
  vi.useRealTimers();
  vi.mocked(Element.prototype.matches).mockRestore?.();
});

function Print(props: Partial<React.ComponentProps<typeof Tooltip>>) {
  return (
    <Tooltip content="Skriv ut sidan" {...props}>
      <button type="button" aria-label="Skriv ut">
        <svg aria-hidden="true" />
      </button>
    </Tooltip>
  );
}

const mouse = { pointerType: 'mouse' } as const;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('Tooltip', () => {
  it('keyboard: Tab to the control shows it, Escape hides it with focus kept', async () => {
    // Focus shows it without a timer: real timers for user-event's own pauses.
    vi.useRealTimers();
    const user = userEvent.setup();
    render(<Print />);
    await user.tab();
    const button = screen.getByRole('button');
    expect(button).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('describes the trigger (aria-describedby) without changing its name', () => {
    render(<Print />);
    const button = screen.getByRole('button');
    expect(button).toHaveAccessibleName('Skriv ut');
    expect(button).toHaveAccessibleDescription('Skriv ut sidan');
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    expect(button.getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(tooltip).not.toBeVisible();
  });

  it('keeps the trigger’s own description first', () => {
    render(
      <>
        <p id="egen">Öppnar utskriftsdialogen</p>
        <Tooltip content="Skriv ut sidan">
          <button type="button" aria-label="Skriv ut" aria-describedby="egen" />
        </Tooltip>
      </>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleDescription('Öppnar utskriftsdialogen Skriv ut sidan');
  });

  it('shows after the delay on hover, not before', () => {
    render(<Print delay={300} />);
    fireEvent.pointerEnter(screen.getByRole('button'), mouse);
    advance(299);
    expect(screen.queryByRole('tooltip')).toBeNull();
    advance(1);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Skriv ut sidan');
  });

  it('a pointer passing by (leaving before the delay) shows nothing', () => {
    render(<Print />);
    const button = screen.getByRole('button');
    fireEvent.pointerEnter(button, mouse);
    advance(100);
    fireEvent.pointerLeave(button, mouse);
    advance(1000);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('touch does not show it', () => {
    render(<Print />);
    fireEvent.pointerEnter(screen.getByRole('button'), { pointerType: 'touch' });
    advance(1000);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('is hoverable: the pointer can move from the trigger onto the tooltip', () => {
    render(<Print />);
    const button = screen.getByRole('button');
    fireEvent.pointerEnter(button, mouse);
    advance(300);
    fireEvent.pointerLeave(button, mouse);
    advance(50);
    fireEvent.pointerEnter(screen.getByRole('tooltip'), mouse);
    advance(1000);
    expect(screen.getByRole('tooltip')).toBeVisible();
    fireEvent.pointerLeave(screen.getByRole('tooltip'), mouse);
    advance(200);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows at once on keyboard focus and hides when focus moves on', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    render(
      <>
        <Print />
        <button type="button">Nästa</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('Escape hides it without moving focus, is handled, and stays hidden until focus comes back', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    render(
      <>
        <Print delay={0} />
        <button type="button">Nästa</button>
      </>,
    );
    await user.tab();
    const button = screen.getByRole('button', { name: 'Skriv ut' });
    expect(screen.getByRole('tooltip')).toBeVisible();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      button.dispatchEvent(escape);
    });
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(button).toHaveFocus();
    // Handled: a dialog around the control does not close as well.
    expect(escape.defaultPrevented).toBe(true);
    // The pointer arriving while it is dismissed does not bring it back (delay 0)...
    fireEvent.pointerEnter(button, mouse);
    expect(screen.queryByRole('tooltip')).toBeNull();
    // ...focus leaving and coming back does.
    await user.tab();
    await user.tab({ shift: true });
    expect(button).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeVisible();
  });

  it('focus that is not keyboard focus (a click or tap) shows nothing', () => {
    keyboardFocus(false);
    render(<Print />);
    act(() => screen.getByRole('button').focus());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('server HTML: hidden manual popover, described trigger with its anchor', () => {
    const html = renderToString(<Print id="utskrift" />);
    expect(html).toMatch(/aria-describedby="utskrift"/);
    expect(html).toMatch(/anchor-name:--gbg-anchor-utskrift/);
    expect(html).toMatch(/<div[^>]*role="tooltip"[^>]*popover="manual"[^>]*hidden/);
  });

  it('passes className, style, data attributes and the ref to the tooltip element', () => {
    const ref = createRef<HTMLDivElement>();
    // Straight on Tooltip: React 18 passes no `ref` through a plain function component like Print.
    render(
      <Tooltip ref={ref} content="Skriv ut sidan" className="egen" data-test="x" placement="block-end">
        <button type="button" aria-label="Skriv ut" />
      </Tooltip>,
    );
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    expect(ref.current).toBe(tooltip);
    expect(tooltip).toHaveClass('gbg-tooltip', 'egen');
    expect(tooltip).toHaveAttribute('data-placement', 'block-end');
    expect(tooltip).toHaveAttribute('data-test', 'x');
  });

  it('keeps the trigger’s own handlers', () => {
    const onFocus = vi.fn();
    const onPointerEnter = vi.fn();
    render(
      <Tooltip content="Skriv ut sidan">
        <button type="button" aria-label="Skriv ut" onFocus={onFocus} onPointerEnter={onPointerEnter} />
      </Tooltip>,
    );
    const button = screen.getByRole('button');
    fireEvent.pointerEnter(button, mouse);
    act(() => button.focus());
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
    expect(onFocus).toHaveBeenCalledTimes(1);
  });

  it('warns when the trigger has no name of its own (the tooltip would be its only label)', () => {
    render(
      <Tooltip content="Skriv ut sidan">
        <button type="button">
          <svg aria-hidden="true" />
        </button>
      </Tooltip>,
    );
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Tooltip: its trigger has no accessible name of its own/);
  });

  it('warns when the trigger cannot get focus, without content and with a non-element child', () => {
    render(
      <>
        <Tooltip content="Mer om avgiften">
          <span>Avgift</span>
        </Tooltip>
        <Tooltip content="">
          <button type="button">Skriv ut</button>
        </Tooltip>
        <Tooltip content="Text">{'bara text' as never}</Tooltip>
      </>,
    );
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/\[gbg\] Tooltip: its trigger cannot get keyboard focus/);
    expect(text).toMatch(/\[gbg\] Tooltip: has no `content`/);
    expect(text).toMatch(/\[gbg\] Tooltip: `children` must be one element/);
  });

  it('gives no warnings for a named, focusable trigger', () => {
    render(<Print />);
    expect(warnings.messages()).toEqual([]);
  });

  describe('open state', () => {
    const hoverAndLeave = (button: HTMLElement) => {
      fireEvent.pointerEnter(button, mouse);
      advance(300);
      fireEvent.pointerLeave(button, mouse);
      advance(200);
    };

    it('reports every change by pointer, focus, blur and Escape with onOpenChange (uncontrolled)', () => {
      const onOpenChange = vi.fn();
      render(<Print onOpenChange={onOpenChange} />);
      const button = screen.getByRole('button');
      hoverAndLeave(button);
      expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
      onOpenChange.mockClear();
      act(() => button.focus());
      expect(screen.getByRole('tooltip')).toBeVisible();
      act(() => button.blur());
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
      onOpenChange.mockClear();
      act(() => button.focus());
      act(() => {
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      });
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
      // Blur with nothing shown reports nothing.
      onOpenChange.mockClear();
      act(() => button.blur());
      expect(onOpenChange).not.toHaveBeenCalled();
    });

    it('controlled closed: stays closed on hover and focus, only asks with onOpenChange(true)', () => {
      const onOpenChange = vi.fn();
      render(<Print open={false} onOpenChange={onOpenChange} />);
      const button = screen.getByRole('button');
      fireEvent.pointerEnter(button, mouse);
      advance(1000);
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(onOpenChange.mock.calls).toEqual([[true]]);
      onOpenChange.mockClear();
      act(() => button.focus());
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(onOpenChange.mock.calls).toEqual([[true]]);
    });

    it('controlled open: shown at once, stays on leave, blur and Escape, only asks with onOpenChange(false)', () => {
      const onOpenChange = vi.fn();
      const { rerender } = render(<Print open onOpenChange={onOpenChange} />);
      const button = screen.getByRole('button');
      expect(screen.getByRole('tooltip')).toHaveTextContent('Skriv ut sidan');
      fireEvent.pointerEnter(button, mouse);
      fireEvent.pointerLeave(button, mouse);
      advance(1000);
      expect(screen.getByRole('tooltip')).toBeVisible();
      expect(onOpenChange.mock.calls).toEqual([[false]]);
      onOpenChange.mockClear();
      act(() => button.focus());
      act(() => button.blur());
      expect(onOpenChange.mock.calls).toEqual([[false]]);
      onOpenChange.mockClear();
      const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      act(() => {
        document.body.dispatchEvent(escape);
      });
      expect(screen.getByRole('tooltip')).toBeVisible();
      expect(onOpenChange.mock.calls).toEqual([[false]]);
      // The app decides: now it hides, and onOpenChange is not called for the app's own change.
      onOpenChange.mockClear();
      rerender(<Print open={false} onOpenChange={onOpenChange} />);
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(onOpenChange).not.toHaveBeenCalled();
    });

    it('defaultOpen: shown from the start, then the person hides it', () => {
      const onOpenChange = vi.fn();
      render(<Print defaultOpen onOpenChange={onOpenChange} />);
      const button = screen.getByRole('button');
      expect(screen.getByRole('tooltip')).toBeVisible();
      fireEvent.pointerEnter(button, mouse);
      fireEvent.pointerLeave(button, mouse);
      advance(200);
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(onOpenChange.mock.calls).toEqual([[false]]);
    });

    it('never shows an empty bubble, even when open', () => {
      render(<Print open content=" " onOpenChange={() => {}} />);
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('server HTML with open: a hidden-until-shown manual popover, without `hidden`', () => {
      for (const props of [{ open: true, onOpenChange: () => {} }, { defaultOpen: true }]) {
        const html = renderToString(<Print id="utskrift" {...props} />);
        const tooltip = /<div[^>]*role="tooltip"[^>]*>/.exec(html)![0];
        expect(tooltip).toMatch(/popover="manual"/);
        expect(tooltip).not.toMatch(/hidden/);
      }
    });

    it('warns when `open` comes without `onOpenChange`', () => {
      render(<Print open />);
      expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Tooltip: `open` is set without `onOpenChange`/);
    });
  });

  it('stories: named and described in Swedish and English', () => {
    const { unmount } = render(<Standard />);
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toHaveAccessibleDescription('Skriv ut sidan');
    unmount();
    const second = render(<English />);
    expect(screen.getByRole('button', { name: 'Print' })).toHaveAccessibleDescription('Print this page');
    second.unmount();
    render(<Toolbar />);
    expect(screen.getByRole('toolbar', { name: 'Dokumentet' })).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-describedby'))).toHaveLength(3);
  });

  it('story Styrd: the "Visa hjälp" toggle shows and hides the controlled tooltip', () => {
    render(<Styrd />);
    const toggle = screen.getByRole('button', { name: 'Visa hjälp' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Skriv ut sidan');
    fireEvent.click(toggle);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
