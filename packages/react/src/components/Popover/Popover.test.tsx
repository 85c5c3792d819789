// Roles, names, state and bad input in jsdom. jsdom has no Popover API, so the component runs
// its fallback there (the `hidden` attribute, the trigger's click toggling the state); the
// browser's own behaviour (popovertarget, top layer, light dismiss, Escape, anchor positioning)
// is tested in Chromium: Popover.browser.test.tsx and the stories' play functions.
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { Popover } from './Popover.js';
import * as stories from './Popover.stories.js';
import preview from '../../../../../.storybook/preview.js';

const { Standard, English } = composeStories(stories, preview);
const warnings = captureWarnings();

function Fee(props: Partial<React.ComponentProps<typeof Popover>>) {
  return (
    <Popover heading="Avgift för boendeparkering" trigger={<button type="button">Vad kostar det?</button>} {...props}>
      <p>800 kronor i månaden.</p>
    </Popover>
  );
}

describe('Popover', () => {
  it('renders the trigger with popovertarget pointing at a popover dialog named by its heading', () => {
    render(<Fee id="avgift" />);
    const trigger = screen.getByRole('button', { name: 'Vad kostar det?' });
    expect(trigger).toHaveAttribute('popovertarget', 'avgift');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    const popover = screen.getByRole('dialog', { hidden: true });
    expect(popover).toHaveAttribute('id', 'avgift');
    // jsdom has no Popover API: the element is a plain disclosure there (server HTML has
    // popover="auto", tested below).
    expect(popover).toHaveAttribute('hidden');
    const heading = within(popover).getByRole('heading', { level: 3, hidden: true });
    expect(heading).toHaveTextContent('Avgift för boendeparkering');
    expect(popover).toHaveAttribute('aria-labelledby', heading.id);
  });

  it('server HTML carries popovertarget, popover and the anchor names, closed and without hidden', () => {
    const html = renderToString(<Fee id="avgift" />);
    expect(html).toMatch(/<button[^>]*popovertarget="avgift"/i);
    expect(html).toMatch(/<button[^>]*anchor-name:--gbg-anchor-avgift/);
    expect(html).toMatch(/<div[^>]*popover="auto"/);
    expect(html).toMatch(/position-anchor:--gbg-anchor-avgift/);
    // Browsers with the Popover API hide it by themselves; `hidden` would stop popovertarget.
    expect(html).not.toMatch(/<div[^>]*\shidden/);
    expect(html).toMatch(/popovertargetaction="hide"/i);
  });

  it('opens and closes from the trigger, reflecting the state in aria-expanded', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Fee onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole('button', { name: 'Vad kostar det?' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(trigger);
    expect(screen.getByRole('dialog', { name: 'Avgift för boendeparkering' })).toBeVisible();
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    await user.click(trigger);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('the close button is named from the dictionary and closes it, focus back on the trigger', async () => {
    const user = userEvent.setup();
    render(
      <GbgProvider locale="en">
        <Fee defaultOpen />
      </GbgProvider>,
    );
    const dialog = screen.getByRole('dialog');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    await user.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Vad kostar det?' })).toHaveFocus();
  });

  it('Escape inside closes it (fallback without the Popover API)', async () => {
    const user = userEvent.setup();
    render(<Fee defaultOpen />);
    screen.getByRole('dialog').focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('controlled: follows `open` and reports changes', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <Fee open={open} onOpenChange={setOpen} />
          <output>{open ? 'öppen' : 'stängd'}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('dialog')).toBeVisible();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Stäng' }));
    expect(screen.getByRole('status')).toHaveTextContent('stängd');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('passes className, style, data attributes and the ref to the popover element', () => {
    const ref = createRef<HTMLDivElement>();
    // Straight on Popover: React 18 passes no `ref` through a plain function component like Fee.
    render(
      <Popover
        ref={ref}
        heading="Avgift"
        trigger={<button type="button">Vad kostar det?</button>}
        className="egen"
        style={{ inlineSize: '20rem' }}
        data-test="x"
        placement="inline-end"
      />,
    );
    const popover = screen.getByRole('dialog', { hidden: true });
    expect(ref.current).toBe(popover);
    expect(popover).toHaveClass('gbg-popover', 'egen');
    expect(popover).toHaveAttribute('data-test', 'x');
    expect(popover).toHaveAttribute('data-placement', 'inline-end');
    expect(popover.style.inlineSize).toBe('20rem');
  });

  it('keeps the trigger’s own onClick and style', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Fee trigger={<button type="button" onClick={onClick} style={{ color: 'black' }}>Vad kostar det?</button>} />);
    const trigger = screen.getByRole('button', { name: 'Vad kostar det?' });
    expect(trigger.style.color).toBe('black');
    await user.click(trigger);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('warns without a heading, with a non-element trigger and with `open` but no `onOpenChange`', () => {
    render(<Popover heading="" trigger={'Vad kostar det?' as never} open={false} />);
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/\[gbg\] Popover: has no `heading`/);
    expect(text).toMatch(/\[gbg\] Popover: `trigger` must be a button element/);
    expect(text).toMatch(/\[gbg\] Popover: `open` is set without `onOpenChange`/);
    // Still a working button: the host page does not crash.
    expect(screen.getByRole('button', { name: 'Vad kostar det?' })).toHaveAttribute('popovertarget');
  });

  it('gives no warnings for a complete popover', () => {
    render(<Fee />);
    expect(warnings.messages()).toEqual([]);
  });

  it('stories: Swedish by default, English in the English locale', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Standard />);
    expect(screen.getByRole('button', { name: 'Vad kostar det?' })).toBeInTheDocument();
    unmount();
    render(<English />);
    await user.click(screen.getByRole('button', { name: 'What does it cost?' }));
    expect(screen.getByRole('dialog', { name: 'Resident parking fee' })).toBeVisible();
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });
});
