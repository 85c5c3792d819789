import { composeStories } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS, REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { Spinner, type SpinnerSize } from './Spinner.js';
import * as stories from './Spinner.stories.js';

const { Standard, English, AnnouncedAfterAction } = composeStories(stories);
const warnings = captureWarnings();
const polite = () => document.querySelector(`[${REGION_ATTRIBUTE}="polite"]`);

afterEach(() => {
  vi.useRealTimers();
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

describe('Spinner', () => {
  it('carries its label as text, visually hidden by default, with the ring hidden from assistive technology', () => {
    const { container } = render(<Standard />);
    const text = screen.getByText('Laddar dina ärenden…');
    expect(text).toHaveClass('gbg-visually-hidden');
    expect(container.querySelector('.gbg-spinner-ring')).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows the label when asked', () => {
    render(<Spinner showLabel label="Söker adresser…" />);
    expect(screen.getByText('Söker adresser…')).toHaveClass('gbg-spinner-label');
  });

  it('uses "Laddar…" and, in English, "Loading…" when no label is given', () => {
    const { unmount } = render(<Spinner />);
    expect(screen.getByText('Laddar…')).toBeInTheDocument();
    unmount();
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
  });

  it('has no live region or status role of its own', () => {
    const { container } = render(<Spinner announce label="Laddar…" />);
    expect(container.querySelector('[role], [aria-live]')).toBeNull();
  });

  it('speaks its label through the shared live region only with `announce`', () => {
    vi.useFakeTimers();
    const { rerender } = render(<Spinner label="Laddar kartan…" />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 1));
    expect(polite()?.textContent ?? '').toBe('');
    rerender(<Spinner announce label="Laddar kartan…" />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 1));
    expect(polite()).toHaveTextContent('Laddar kartan…');
  });

  it('the story speaks after the button press (keyboard)', async () => {
    const user = userEvent.setup();
    render(<AnnouncedAfterAction />);
    await user.tab();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(polite()).toHaveTextContent('Laddar fler ärenden…'));
  });

  it('sets the size, forwards the ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<Spinner ref={ref} size="lg" className="egen" style={{ marginInline: '1rem' }} data-testid="s" />);
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(ref.current).toHaveAttribute('data-size', 'lg');
    expect(ref.current).toHaveClass('gbg-spinner', 'egen');
    expect(ref.current).toHaveStyle({ marginInline: '1rem' });
  });
});

describe('Spinner bad input', () => {
  it('an empty label falls back to the dictionary with a warning naming the component', () => {
    render(<Spinner label="  " />);
    expect(screen.getByText('Laddar…')).toBeInTheDocument();
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Spinner: `label` is empty/);
  });

  it('a label that is not text falls back with a warning', () => {
    render(<Spinner label={42 as unknown as string} />);
    expect(screen.getByText('Laddar…')).toBeInTheDocument();
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Spinner: `label` is a number, not text/);
  });

  it('an unknown size falls back to md with a warning', () => {
    render(<Spinner size={'xl' as SpinnerSize} data-testid="s" />);
    expect(screen.getByTestId('s')).toHaveAttribute('data-size', 'md');
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Spinner: `size` must be/);
  });

  it('gives no warnings for good input', () => {
    render(<Standard />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
