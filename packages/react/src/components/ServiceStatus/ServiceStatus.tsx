'use client';
import { forwardRef, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Alert, type AlertHeadingLevel, type AlertProps } from '../Alert/Alert.js';
import { cx } from '../../internal/cx.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './ServiceStatus.css.js';

export type ServiceStatusTone = 'info' | 'warning' | 'error';

interface ServiceStatusOwnProps {
  /**
   * A stable id for this message ("e-tjanster-2026-12-06"). A dismissal is remembered per id,
   * so give a new message a new id — a changed text under the same id stays hidden for those
   * who dismissed the old one.
   * @sv Ett fast id för meddelandet. Att någon stängt det sparas per id, så ett nytt meddelande behöver ett nytt id.
   */
  messageId: string;
  /**
   * How serious it is: `error` when a service does not work ("driftstörning"), `warning` for
   * planned maintenance or slowness, `info` for other site-wide news.
   * @sv Hur allvarligt det är: error när en tjänst inte fungerar (driftstörning), warning för planerat underhåll, info för annat.
   * @default 'error'
   */
  tone?: ServiceStatusTone;
  /**
   * What is wrong, in a few words: "Driftstörning i e-tjänsterna".
   * @sv Vad som är fel, med få ord: "Driftstörning i e-tjänsterna".
   */
  heading: ReactNode;
  /**
   * Level of the heading; the banner usually comes before the page's h1, so 2.
   * @sv Rubriknivå; bannern kommer oftast före sidans h1, alltså 2.
   * @default 2
   */
  headingLevel?: AlertHeadingLevel;
  /**
   * What it means for people and when it is expected to work again; a link to more.
   * @sv Vad det betyder för besökaren och när det väntas fungera igen, gärna med en länk.
   */
  children?: ReactNode;
  /**
   * Let people close the banner; the choice is remembered in this browser (localStorage) for
   * this `messageId`. Keep it off for a disruption everyone must see on every page.
   * @sv Låt besökare stänga bannern; valet sparas i webbläsaren (localStorage) för detta messageId.
   * @default true
   */
  dismissible?: boolean;
  /**
   * Called after the banner was closed and the choice stored.
   * @sv Anropas när bannern har stängts och valet sparats.
   */
  onDismiss?: (event: MouseEvent<HTMLButtonElement>) => void;
}

export type ServiceStatusProps = ServiceStatusOwnProps &
  Omit<AlertProps, keyof ServiceStatusOwnProps | 'tone' | 'announce' | 'dismissLabel'>;

/** The localStorage key of a dismissed message. */
export const serviceStatusStorageKey = (messageId: string) => `gbg-service-status:${messageId}`;

function readDismissed(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === 'dismissed';
  } catch {
    // Storage blocked (privacy settings, sandboxed frames): show the banner.
    return false;
  }
}

function storeDismissed(key: string): void {
  try {
    window.localStorage.setItem(key, 'dismissed');
  } catch {
    // Not stored: the banner is closed for this page view only.
  }
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first focusable element after `element` in document order (where focus goes on close). */
function nextFocusable(element: HTMLElement): HTMLElement | null {
  for (const candidate of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (element.contains(candidate)) continue;
    if (element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) return candidate;
  }
  return null;
}

/**
 * The site-wide banner for a disruption ("driftstörning") or planned maintenance: an Alert in a
 * full-width band at the top of the page. It renders on the server for everyone, so people who
 * never closed it see no flash. Closing is remembered per `messageId` in localStorage and read
 * after hydration — the trade-off: someone who closed it sees it for a moment on the next page
 * load, until the script has run.
 *
 * Usage rule: one banner at a time, only for something that affects many people now or soon;
 * take it away when the disruption is over.
 */
export const ServiceStatus = forwardRef<HTMLDivElement, ServiceStatusProps>(function ServiceStatus(
  { messageId, tone = 'error', heading, headingLevel = 2, children, dismissible = true, onDismiss, className, style, ...rest },
  ref,
) {
  const [dismissed, setDismissed] = useState(false);
  const own = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRefs(ref, own);
  const idOk = typeof messageId === 'string' && messageId.trim() !== '';
  const key = serviceStatusStorageKey(idOk ? messageId : '');

  if (process.env.NODE_ENV !== 'production' && !idOk) {
    warnOnce('ServiceStatus', 'needs a `messageId` (a stable id per message, e.g. messageId="e-tjanster-2026-12-06"); without it closing is not remembered.');
  }

  // After hydration only: the server and the first client render both show the banner.
  useEffect(() => {
    if (idOk && dismissible && readDismissed(key)) setDismissed(true);
  }, [idOk, dismissible, key]);

  if (dismissed) return null;

  const handleDismiss = (event: MouseEvent<HTMLButtonElement>) => {
    if (idOk) storeDismissed(key);
    // Focus would be lost with the banner: continue with what comes after it.
    const next = own.current ? nextFocusable(own.current) : null;
    setDismissed(true);
    next?.focus();
    onDismiss?.(event);
  };

  return (
    <div ref={mergedRef} className={cx(styles.root, className)} style={style} data-tone={tone} data-message-id={idOk ? messageId : undefined}>
      <Alert
        className={styles.alert}
        tone={tone}
        heading={heading}
        headingLevel={headingLevel}
        onDismiss={dismissible ? handleDismiss : undefined}
        {...rest}
      >
        {children}
      </Alert>
    </div>
  );
});
ServiceStatus.displayName = 'ServiceStatus';
