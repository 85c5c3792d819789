import { composeStories } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS, REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { AnnounceContext } from '../../announce/context.js';
import { GbgProvider } from '../../provider/index.js';
import { Skeleton, type SkeletonVariant } from './Skeleton.js';
import { SkeletonRegion } from './SkeletonRegion.js';
import * as stories from './Skeleton.stories.js';

const { LoadingList, LoadsThenShows, English } = composeStories(stories);
const warnings = captureWarnings();
const polite = () => document.querySelector(`[${REGION_ATTRIBUTE}="polite"]`);

afterEach(() => {
  vi.useRealTimers();
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

describe('Skeleton', () => {
  it('is hidden from assistive technology in every shape', () => {
    for (const variant of ['text', 'block', 'circle'] as const) {
      const { container, unmount } = render(<Skeleton variant={variant} />);
      expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
      expect(container.firstElementChild).toHaveAttribute('data-variant', variant);
      unmount();
    }
  });

  it('draws one bar per text line', () => {
    const { container } = render(<Skeleton lines={3} />);
    expect(container.querySelectorAll('.gbg-skeleton-line')).toHaveLength(3);
  });

  it('sizes blocks and circles from the props (a circle is square)', () => {
    const { container } = render(
      <>
        <Skeleton variant="block" blockSize="10rem" inlineSize="50%" />
        <Skeleton variant="circle" inlineSize="4rem" />
      </>,
    );
    const [block, circle] = container.children;
    expect(block).toHaveStyle({ blockSize: '10rem', inlineSize: '50%' });
    expect(circle).toHaveStyle({ blockSize: '4rem', inlineSize: '4rem' });
  });

  it('forwards the ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Skeleton ref={ref} className="egen" style={{ marginBlock: '1rem' }} data-testid="s" />);
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(ref.current).toHaveClass('gbg-skeleton', 'egen');
    expect(ref.current).toHaveStyle({ marginBlock: '1rem' });
  });
});

describe('SkeletonRegion', () => {
  it('is busy while loading, carries the loading text and hides the skeletons', () => {
    const { container } = render(<LoadingList />);
    const region = container.querySelector('.gbg-skeleton-region')!;
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Laddar dina ärenden…')).toHaveClass('gbg-visually-hidden');
    for (const skeleton of region.querySelectorAll('.gbg-skeleton')) expect(skeleton).toHaveAttribute('aria-hidden', 'true');
  });

  it('says the loading text once, also in Strict Mode, and doneLabel once when loading ends', () => {
    const speak = vi.fn();
    const view = (loading: boolean) => (
      <StrictMode>
        <AnnounceContext.Provider value={speak}>
          <SkeletonRegion loading={loading} label="Laddar dina ärenden…" doneLabel="2 ärenden har laddats">
            <Skeleton />
          </SkeletonRegion>
        </AnnounceContext.Provider>
      </StrictMode>
    );
    const { rerender } = render(view(true));
    expect(speak.mock.calls).toEqual([['Laddar dina ärenden…']]);
    rerender(view(true));
    rerender(view(false));
    rerender(view(false));
    expect(speak.mock.calls).toEqual([['Laddar dina ärenden…'], ['2 ärenden har laddats']]);
  });

  it('speaks through the shared live region', () => {
    vi.useFakeTimers();
    render(<SkeletonRegion loading label="Laddar kartan…" />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 1));
    expect(polite()).toHaveTextContent('Laddar kartan…');
  });

  it('is not busy and says doneLabel once when loading ends (keyboard on the story button)', async () => {
    const user = userEvent.setup();
    const { container } = render(<LoadsThenShows />);
    const region = container.querySelector('.gbg-skeleton-region')!;
    expect(region).toHaveAttribute('aria-busy', 'true');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(region).not.toHaveAttribute('aria-busy');
    expect(screen.queryByText('Laddar dina ärenden…')).toBeNull();
    expect(screen.getByText('Bygglov för altan')).toBeInTheDocument();
    await vi.waitFor(() => expect(polite()).toHaveTextContent('2 ärenden har laddats'));
  });

  it('uses "Laddar innehåll…" without a label, and English text under the English locale', () => {
    const { unmount } = render(<SkeletonRegion loading />);
    expect(screen.getByText('Laddar innehåll…')).toBeInTheDocument();
    unmount();
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByText('Loading your cases…')).toBeInTheDocument();
  });

  it('says nothing while not loading', () => {
    vi.useFakeTimers();
    render(<SkeletonRegion loading={false} doneLabel="Klart">Innehåll</SkeletonRegion>);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 1));
    expect(polite()?.textContent ?? '').toBe('');
  });
});

describe('Skeleton bad input', () => {
  it('an unknown variant draws text with a warning naming the component', () => {
    render(<Skeleton variant={'square' as SkeletonVariant} data-testid="s" />);
    expect(screen.getByTestId('s')).toHaveAttribute('data-variant', 'text');
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Skeleton: `variant` must be/);
  });

  it('lines that are not a whole number from 1 draw one line with a warning', () => {
    const { container } = render(<Skeleton lines={0} />);
    expect(container.querySelectorAll('.gbg-skeleton-line')).toHaveLength(1);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Skeleton: `lines` must be a whole number/);
  });

  it('an empty region label falls back to the dictionary with a warning', () => {
    render(<SkeletonRegion loading label=" " />);
    expect(screen.getByText('Laddar innehåll…')).toBeInTheDocument();
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] SkeletonRegion: `label` is empty/);
  });

  it('gives no warnings for good input', () => {
    render(<LoadingList />);
    render(<LoadsThenShows />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
