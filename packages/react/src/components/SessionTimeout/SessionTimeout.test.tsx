import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { SessionTimeout, type SessionTimeoutProps } from './SessionTimeout.js';

const warnings = captureWarnings();
const START = new Date('2026-03-09T10:00:00Z').getTime();

// Testing Library settles user events with a setTimeout(0) that it advances only through Jest's
// fake-timer API; this points that API at Vitest's clock.
const globals = globalThis as { jest?: { advanceTimersByTime: (ms: number) => void } };
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(START);
  globals.jest = { advanceTimersByTime: (ms) => vi.advanceTimersByTime(ms) };
});
afterEach(() => {
  delete globals.jest;
  vi.useRealTimers();
});

/** An app session: extending moves the end 20 minutes from now, as the server would. */
function Session({ minutes = 20, ...props }: Partial<SessionTimeoutProps> & { minutes?: number }) {
  const [expiresAt, setExpiresAt] = useState(START + minutes * 60_000);
  return (
    <GbgProvider>
      <button type="button">Nästa steg</button>
      <SessionTimeout
        expiresAt={expiresAt}
        {...props}
        onExtend={async () => {
          await props.onExtend?.();
          setExpiresAt(Date.now() + 20 * 60_000);
        }}
      />
    </GbgProvider>
  );
}

const advance = (ms: number) => act(async () => vi.advanceTimersByTime(ms));
const liveText = () => [...document.querySelectorAll('[aria-live]')].map((region) => region.textContent).join(' ');

describe('SessionTimeout', () => {
  it('stays closed until two minutes before the end, then opens a modal alert dialog with the time left', async () => {
    render(<Session />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(17 * 60_000 + 59_000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(1000);
    const dialog = screen.getByRole('alertdialog', { name: 'Du loggas snart ut' });
    expect(dialog).toHaveAccessibleDescription(/loggas du ut om 2 minuter om du inte fortsätter/);
    // "Fortsätt vara inloggad" has focus: one key press keeps the session.
    expect(within(dialog).getByRole('button', { name: 'Fortsätt vara inloggad' })).toHaveFocus();
  });

  it('counts down from the clock: after 30 s it says "1 minut och 30 sekunder"', async () => {
    render(<Session minutes={2} />);
    await advance(30_000);
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(/1 minut och 30 sekunder/);
  });

  it('speaks the time left at each whole minute and at 30 seconds, not every second', async () => {
    render(<Session minutes={3} />);
    await advance(60_000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await advance(5_000);
    expect(liveText()).not.toMatch(/kvar innan du loggas ut/);
    // (The announcer writes after a short pause, so readers notice the change.)
    await advance(55_000);
    await advance(500);
    expect(liveText()).toMatch(/1 minut kvar innan du loggas ut/);
    await advance(29_500);
    await advance(500);
    expect(liveText()).toMatch(/30 sekunder kvar innan du loggas ut/);
  });

  it('"Fortsätt vara inloggad" extends the session: the dialog closes and "Du är fortfarande inloggad" is spoken', async () => {
    const onExtend = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(<Session minutes={2} onExtend={onExtend} />);
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Fortsätt vara inloggad' }));
    // The extension settles after the click; then the announcer's short pause.
    await advance(0);
    await advance(500);
    expect(onExtend).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(liveText()).toMatch(/Du är fortfarande inloggad/);
    // The new session warns again two minutes before its own end.
    await advance(18 * 60_000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('Escape extends the session too (keyboard)', async () => {
    const onExtend = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(<Session minutes={2} onExtend={onExtend} />);
    await user.keyboard('{Escape}');
    await advance(0);
    expect(onExtend).toHaveBeenCalledTimes(1);
  });

  it('"Logga ut" signs out when the app gives onSignOut; without it there is no such button', async () => {
    const onSignOut = vi.fn();
    const user = userEvent.setup({ delay: null });
    const { unmount } = render(<Session minutes={2} onSignOut={onSignOut} />);
    await user.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    unmount();
    render(<Session minutes={2} />);
    expect(screen.queryByRole('button', { name: 'Logga ut' })).toBeNull();
  });

  it('when time runs out, calls onExpire once and says so, with "Logga in igen"', async () => {
    const onExpire = vi.fn();
    render(<Session minutes={2} onExpire={onExpire} signInHref="/logga-in" />);
    await advance(2 * 60_000);
    const dialog = screen.getByRole('alertdialog', { name: 'Du har loggats ut' });
    expect(within(dialog).getByRole('link', { name: 'Logga in igen' })).toHaveAttribute('href', '/logga-in');
    await advance(10_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('speaks English under an English provider', async () => {
    render(
      <GbgProvider locale="en">
        <SessionTimeout expiresAt={START + 90_000} onExtend={() => {}} />
      </GbgProvider>,
    );
    await advance(0);
    expect(screen.getByRole('alertdialog', { name: 'You will be signed out soon' })).toHaveAccessibleDescription(/1 minute and 30 seconds/);
  });

  it('renders nothing open on the server, and warns about a warning shorter than 20 s or a bad time', async () => {
    expect(renderToString(<SessionTimeout expiresAt={START + 10_000} onExtend={() => {}} />)).not.toContain(' open');
    render(<SessionTimeout expiresAt={START + 60_000} warnBefore={5} onExtend={() => {}} />);
    render(<SessionTimeout expiresAt={Number.NaN} onExtend={() => {}} />);
    const messages = warnings.messages().join('\n');
    expect(messages).toMatch(/SessionTimeout: warnBefore=\{5\} gives less than the 20 seconds WCAG 2.2.1 requires/);
    expect(messages).toMatch(/SessionTimeout: expiresAt is not a time/);
    // Raised to 20 s: not open 30 s before the end, open 20 s before.
    await advance(30_000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(10_000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });
});
