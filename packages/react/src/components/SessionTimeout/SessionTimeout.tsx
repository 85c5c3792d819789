'use client';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { sessionTimeoutStrings } from '../../i18n/sections.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { Button } from '../Button/Button.js';
import { Dialog, type DialogProps } from '../Dialog/Dialog.js';

/** WCAG 2.2.1 asks for at least 20 seconds to extend; less is raised to this. */
const MIN_WARNING_SECONDS = 20;
/** setTimeout's longest delay; a session further away is checked again after it. */
const MAX_DELAY = 2 ** 31 - 1;

interface SessionTimeoutOwnProps {
  /**
   * When the session ends: a time in milliseconds since 1970 (`Date.now() + 20 * 60_000`) or a
   * Date. Move it forward whenever the server extends the session (also after `onExtend`).
   * @sv När sessionen tar slut: millisekunder sedan 1970 eller ett Date. Flytta fram den varje
   * gång servern förlänger sessionen (också efter `onExtend`).
   */
  expiresAt: number | Date;
  /**
   * Seconds before the end when the warning opens. At least 20 (WCAG 2.2.1); two minutes gives
   * people who need more time a fair chance.
   * @sv Sekunder före slutet då varningen öppnas. Minst 20 (WCAG 2.2.1); två minuter ger den som
   * behöver mer tid en rimlig chans.
   * @default 120
   */
  warnBefore?: number;
  /**
   * Extends the session on the server ("Fortsätt vara inloggad" or Escape).
   * May return a promise; the button shows that it is working until it settles.
   * @sv Förlänger sessionen på servern ("Fortsätt vara inloggad" eller Escape).
   * Får returnera ett promise; knappen visar att den arbetar tills det är klart.
   */
  onExtend: () => void | Promise<void>;
  /**
   * Signs out now. With it, the warning has a "Logga ut" button.
   * @sv Loggar ut direkt. Med den får varningen knappen "Logga ut".
   */
  onSignOut?: () => void;
  /**
   * Called once when the time has run out, e.g. to clear the page or go to a signed-out page.
   * The dialog then says that the person was signed out.
   * @sv Anropas en gång när tiden har gått ut, t.ex. för att tömma sidan eller gå till en
   * utloggad sida. Dialogen säger då att personen har loggats ut.
   */
  onExpire?: () => void;
  /**
   * Where "Logga in igen" leads after the session has ended. Without it the dialog offers
   * only to close.
   * @sv Vart "Logga in igen" leder när sessionen har tagit slut. Utan den kan dialogen bara stängas.
   */
  signInHref?: string;
}

export type SessionTimeoutProps = SessionTimeoutOwnProps &
  Omit<DialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'heading' | 'description' | 'children' | 'footer' | 'role' | 'modal' | 'initialFocusRef' | 'closeButton'>;

type Phase = 'idle' | 'warning' | 'expired';

/**
 * Warns before an e-service session ends and lets the person extend it (WCAG 2.2.1 Timing
 * Adjustable): a modal alert dialog with the time left, "Fortsätt vara inloggad" (focused) and
 * "Logga ut". The time is counted from the clock, not from ticks, so a tab in the background
 * shows the right time when it comes back; the time left is spoken at the start, at each whole
 * minute and at 30 seconds, not every second. When time runs out it says so and offers to sign
 * in again.
 *
 * Usage rule: on every page of a signed-in e-service whose session ends after inactivity.
 * Extending must not lose what the person has filled in.
 */
export const SessionTimeout = forwardRef<HTMLDialogElement, SessionTimeoutProps>(function SessionTimeout(
  { expiresAt, warnBefore = 120, onExtend, onSignOut, onExpire, signInHref, ...rest },
  ref,
) {
  const strings = useSectionStrings(sessionTimeoutStrings);
  const announce = useAnnounce();
  const end = expiresAt instanceof Date ? expiresAt.getTime() : Number(expiresAt);
  const warnSeconds = Math.max(Number.isFinite(warnBefore) ? warnBefore : 120, MIN_WARNING_SECONDS);
  if (process.env.NODE_ENV !== 'production') {
    if (!Number.isFinite(end)) {
      warnOnce('SessionTimeout', `expiresAt is not a time (got ${String(expiresAt)}), so no warning can be shown. Pass Date.now() + the session length in ms, or a Date.`);
    }
    if (warnBefore < MIN_WARNING_SECONDS) {
      warnOnce('SessionTimeout', `warnBefore={${warnBefore}} gives less than the 20 seconds WCAG 2.2.1 requires; warning ${MIN_WARNING_SECONDS} seconds before instead. Two minutes (the default) is kinder.`);
    }
  }
  // Null on the server and in the first client render: nothing reads the clock while rendering.
  const [now, setNow] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  // The session end whose warning was answered ("continue" pending the app's new expiresAt), and
  // the one whose "signed out" notice was closed.
  const [answered, setAnswered] = useState<number | null>(null);
  const [dismissedExpired, setDismissedExpired] = useState<number | null>(null);
  const expiredFor = useRef<number | null>(null);
  const spoken = useRef<string | null>(null);
  const extendRef = useRef<HTMLButtonElement>(null);
  const callbacks = useRef({ onExpire });
  callbacks.current = { onExpire };

  // One timer at a time: sleep until the warning is due, then tick on each whole second.
  useEffect(() => {
    if (!Number.isFinite(end)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      const left = end - t;
      if (left <= 0) return;
      const untilWarning = left - warnSeconds * 1000;
      timer = setTimeout(tick, untilWarning > 0 ? Math.min(untilWarning, MAX_DELAY) : left % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [end, warnSeconds]);

  const left = now === null ? Infinity : end - now;
  const phase: Phase = left <= 0 ? 'expired' : left <= warnSeconds * 1000 && answered !== end ? 'warning' : 'idle';
  const seconds = Math.max(0, Math.ceil(left / 1000));
  const time = strings.duration(Math.floor(seconds / 60), seconds % 60);

  useEffect(() => {
    if (phase === 'expired' && expiredFor.current !== end) {
      expiredFor.current = end;
      callbacks.current.onExpire?.();
    }
  }, [phase, end]);

  // Spoken inside the dialog (the page behind is inert). Its own text is read when it opens;
  // after that the time left is spoken at each whole minute and at 30 seconds, not every second.
  useEffect(() => {
    if (phase !== 'warning') {
      spoken.current = null;
      return;
    }
    const key = `${end}:${seconds}`;
    if (spoken.current === null) {
      spoken.current = key;
    } else if ((seconds % 60 === 0 || seconds === 30) && spoken.current !== key) {
      spoken.current = key;
      announce(strings.remaining(time));
    }
  }, [phase, seconds, end, time, announce, strings]);

  // "Du är fortfarande inloggad" is spoken once the dialog has closed, in the page again. Counted,
  // because the app's new expiresAt may close the dialog before onExtend's promise settles.
  const [extensions, setExtensions] = useState(0);
  const spokenExtensions = useRef(0);
  const extend = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onExtend();
      setAnswered(end);
      setExtensions((count) => count + 1);
    } finally {
      setBusy(false);
    }
  };

  const open = phase === 'warning' || (phase === 'expired' && dismissedExpired !== end);
  useEffect(() => {
    if (!open && extensions > spokenExtensions.current) {
      spokenExtensions.current = extensions;
      announce(strings.extended);
    }
  }, [open, extensions, announce, strings]);
  const handleOpenChange = (next: boolean) => {
    if (next) return;
    if (phase === 'warning') void extend();
    else setDismissedExpired(end);
  };

  const expired = phase === 'expired';
  return (
    <Dialog
      ref={ref}
      {...rest}
      role="alertdialog"
      size="sm"
      // No "Stäng" cross: it would be unclear whether closing keeps the session. Escape keeps it.
      closeButton={false}
      open={open}
      onOpenChange={handleOpenChange}
      heading={expired ? strings.expiredHeading : strings.heading}
      description={expired ? strings.expiredText : strings.text(time)}
      initialFocusRef={expired ? undefined : extendRef}
      footer={
        expired ? (
          signInHref ? (
            <Button href={signInHref}>{strings.signInAgain}</Button>
          ) : (
            <Button onClick={() => setDismissedExpired(end)}>{strings.close}</Button>
          )
        ) : (
          <>
            <Button ref={extendRef} loading={busy} onClick={() => void extend()}>
              {strings.extend}
            </Button>
            {onSignOut ? (
              <Button variant="secondary" onClick={onSignOut}>
                {strings.signOut}
              </Button>
            ) : null}
          </>
        )
      }
    />
  );
});
SessionTimeout.displayName = 'SessionTimeout';
