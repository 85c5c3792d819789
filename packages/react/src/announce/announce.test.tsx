import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GbgProvider } from '../provider/GbgProvider.js';
import { ANNOUNCE_DELAY_MS, REGION_ATTRIBUTE } from './announcer.js';
import { useAnnounce, type AnnouncePoliteness } from './index.js';

function Speaker({ message, politeness }: { message: string; politeness?: AnnouncePoliteness }) {
  const announce = useAnnounce();
  useEffect(() => announce(message, politeness), [announce, message, politeness]);
  return null;
}

const regions = () => document.querySelectorAll(`[${REGION_ATTRIBUTE}]`);
const flush = () => act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 1));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  // On-demand regions live outside React's containers; remove them between tests.
  for (const region of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) region.remove();
});

describe('useAnnounce', () => {
  it('the outermost provider renders one polite and one assertive region, nested providers none', () => {
    render(
      <GbgProvider data-testid="outer">
        <GbgProvider theme="dark">
          <GbgProvider locale="en">x</GbgProvider>
        </GbgProvider>
      </GbgProvider>,
    );
    expect(regions()).toHaveLength(2);
    const outer = screen.getByTestId('outer');
    expect(outer.querySelector(`:scope > [${REGION_ATTRIBUTE}="polite"]`)).toHaveAttribute('role', 'status');
    expect(outer.querySelector(`:scope > [${REGION_ATTRIBUTE}="assertive"]`)).toHaveAttribute('aria-live', 'assertive');
  });

  it('speaks through the provider regions, from a nested provider too', async () => {
    render(
      <GbgProvider>
        <GbgProvider theme="dark">
          <Speaker message="Laddar…" />
          <Speaker message="Något gick fel" politeness="assertive" />
        </GbgProvider>
      </GbgProvider>,
    );
    flush();
    expect(screen.getByRole('status')).toHaveTextContent('Laddar…');
    expect(document.querySelector(`[${REGION_ATTRIBUTE}="assertive"]`)).toHaveTextContent('Något gick fel');
    expect(regions()).toHaveLength(2);
  });

  it('without a provider, creates the regions in document.body on first use and reuses them', () => {
    const { rerender } = render(<div />);
    expect(regions()).toHaveLength(0);
    rerender(<Speaker message="Sparat" />);
    flush();
    const polite = document.body.querySelector(`:scope > [${REGION_ATTRIBUTE}="polite"]`);
    expect(polite).toHaveTextContent('Sparat');
    expect(polite).toHaveAttribute('aria-live', 'polite');
    rerender(<Speaker message="Sparat igen" />);
    flush();
    expect(document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}="polite"]`)).toHaveLength(1);
    expect(polite).toHaveTextContent('Sparat igen');
  });

  it('clears the region first, so the same message is read again', () => {
    let speak: ((m: string) => void) | undefined;
    function Capture() {
      const announce = useAnnounce();
      speak = announce;
      return null;
    }
    render(
      <GbgProvider>
        <Capture />
      </GbgProvider>,
    );
    act(() => speak?.('Laddar…'));
    flush();
    expect(screen.getByRole('status')).toHaveTextContent('Laddar…');
    act(() => speak?.('Laddar…'));
    expect(screen.getByRole('status')).toHaveTextContent('');
    flush();
    expect(screen.getByRole('status')).toHaveTextContent('Laddar…');
  });

  it('ignores empty messages', () => {
    render(<Speaker message="  " />);
    flush();
    expect(regions()).toHaveLength(0);
  });
});
