import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GbgProvider } from '../../provider/GbgProvider.js';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS } from '../../announce/announcer.js';
import { Textarea, TEXTAREA_ANNOUNCE_DELAY_MS } from './Textarea.js';
import * as stories from './Textarea.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();
afterEach(() => {
  vi.useRealTimers();
});

/** The shared polite live region (created in body on demand when there is no provider). */
function liveRegion() {
  return document.body.querySelector<HTMLElement>('[data-gbg-announcer="polite"]');
}

describe('Textarea', () => {
  it('is a multi-line textbox named by its label', () => {
    render(<s.Standard />);
    const box = screen.getByRole('textbox', { name: 'Beskriv ditt ärende' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAttribute('rows', '4');
  });

  it('shows the remaining count and links it with aria-describedby', () => {
    render(<s.WithCounter />);
    const box = screen.getByRole('textbox');
    const left = 200 - 'Gatlampan utanför Kungsgatan 12 är trasig sedan en vecka.'.length;
    expect(box).toHaveAccessibleDescription(`Högst 200 tecken. ${left} tecken kvar`);
  });

  it('updates the count as the user types (uncontrolled)', async () => {
    const user = userEvent.setup();
    render(<Textarea label="Meddelande" maxCount={10} />);
    await user.type(screen.getByRole('textbox'), 'Hej');
    expect(screen.getByText('7 tecken kvar')).toBeInTheDocument();
  });

  it('lets people type past a soft limit and says how many too many', async () => {
    const user = userEvent.setup();
    render(<Textarea label="Meddelande" maxCount={3} />);
    const box = screen.getByRole('textbox');
    await user.type(box, 'Hejsan');
    expect(box).toHaveValue('Hejsan');
    expect(box).not.toHaveAttribute('maxlength');
    expect(screen.getByText('3 tecken för mycket')).toBeInTheDocument();
  });

  it('uses the native maxLength as a hard limit', () => {
    render(<s.WithMaxLength />);
    expect(screen.getByRole('textbox')).toHaveAttribute('maxlength', '100');
    expect(screen.getByText('100 tecken kvar')).toBeInTheDocument();
  });

  it('announces the count politely through the shared announcer, only after typing pauses', () => {
    vi.useFakeTimers();
    liveRegion()?.replaceChildren();
    const { container } = render(<Textarea label="Meddelande" maxCount={10} />);
    // No live region of its own, and nothing is read on page load.
    expect(container.querySelector('[aria-live]')).toBeNull();
    expect(liveRegion()?.textContent ?? '').toBe('');
    const box = screen.getByRole('textbox');
    fireEvent.change(box, { target: { value: 'a' } });
    act(() => vi.advanceTimersByTime(TEXTAREA_ANNOUNCE_DELAY_MS / 2));
    fireEvent.change(box, { target: { value: 'ab' } });
    act(() => vi.advanceTimersByTime(TEXTAREA_ANNOUNCE_DELAY_MS / 2));
    // Still typing: no announcement yet, and no announcement for the intermediate "9".
    expect(liveRegion()?.textContent ?? '').toBe('');
    act(() => vi.advanceTimersByTime(TEXTAREA_ANNOUNCE_DELAY_MS + ANNOUNCE_DELAY_MS));
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite');
    expect(liveRegion()).toHaveTextContent('8 tecken kvar');
  });

  it('is invalid to assistive technology while over its limit (issue 13)', () => {
    render(<Textarea label="Meddelande" maxCount={3} defaultValue="abcdef" />);
    const box = screen.getByRole('textbox', { name: 'Meddelande' });
    expect(box).toBeInvalid();
    expect(box).toHaveAccessibleDescription('3 tecken för mycket');
    fireEvent.change(box, { target: { value: 'ab' } });
    expect(box).not.toBeInvalid();
  });

  it('counts a controlled value', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState('abc');
      return <Textarea label="Meddelande" maxCount={5} value={value} onChange={(e) => setValue(e.target.value)} />;
    }
    render(<Controlled />);
    expect(screen.getByText('2 tecken kvar')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox'), 'd');
    expect(screen.getByText('1 tecken kvar')).toBeInTheDocument();
  });

  it('calls the caller’s onChange', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Textarea label="Meddelande" onChange={onChange} />);
    await user.type(screen.getByRole('textbox'), 'x');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('uses English strings under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <Textarea label="Message" maxCount={1} />
        <Textarea label="Summary" maxCount={3} defaultValue="abcde" />
      </GbgProvider>,
    );
    expect(screen.getByText('1 character left')).toBeInTheDocument();
    expect(screen.getByText('2 characters too many')).toBeInTheDocument();
  });

  it('shows errors, disabled and read-only states', () => {
    render(
      <>
        <s.WithError />
        <s.Disabled />
        <s.ReadOnly />
      </>,
    );
    const invalid = screen.getByRole('textbox', { name: 'Beskriv ditt ärende (obligatoriskt)' });
    expect(invalid).toBeInvalid();
    expect(invalid).toHaveAccessibleDescription(/^Fel: Beskriv ditt ärende/);
    expect(screen.getByRole('textbox', { name: 'Beskriv ditt ärende' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Ditt tidigare meddelande' })).toHaveAttribute('readonly');
  });

  it('warns about a nonsense limit and about a missing label', () => {
    render(<Textarea label="" maxCount={-4} />);
    const messages = warnings.spy.mock.calls.map((call: unknown[]) => String(call[0]));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Textarea: `maxCount`/));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Textarea: add a `label`/));
    expect(screen.queryByText(/tecken/)).toBeNull();
  });

  it('forwards the ref and passes className to the wrapper', () => {
    const ref = createRef<HTMLTextAreaElement>();
    const { container } = render(<Textarea label="Meddelande" ref={ref} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(container.firstElementChild).toHaveClass('mine');
  });

  it('renders on the server without touching window', () => {
    const html = renderToString(<s.OverLimit />);
    expect(html).toContain('tecken för mycket');
  });
});
