'use client';
import {
  forwardRef,
  useEffect,
  useRef,
  useSyncExternalStore,
  type ComponentPropsWithoutRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { CloseIcon, ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from '@goteborgsstad/icons';
import { useAnnounce } from '../../announce/index.js';
import { alertStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './Alert.css.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';
export type AlertHeadingLevel = 2 | 3 | 4 | 5 | 6;

interface AlertOwnProps {
  /**
   * What kind of message this is. The tone is shown by icon, border and background and read out
   * in words ("Fel:", "Varning:" …) — never by text colour, which stays black or white.
   * Use `error` only for something that stopped the person, `warning` for something they must
   * know before going on.
   * @sv Typ av meddelande: info, success (klart), warning (varning) eller error (fel). Visas med ikon, ram och bakgrund och läses upp i ord.
   * @default 'info'
   */
  tone?: AlertTone;
  /**
   * Short heading that says what happened ("Ansökan är skickad"). Optional; without it, the text
   * stands alone.
   * @sv Kort rubrik som säger vad som hänt. Valfri.
   */
  heading?: ReactNode;
  /**
   * Level of the heading element; match the page outline.
   * @sv Rubriknivå (2–6) som passar sidans rubrikstruktur.
   * @default 2
   */
  headingLevel?: AlertHeadingLevel;
  /**
   * The message: one or two sentences, and a link to what to do next if there is something.
   * @sv Meddelandet: en eller två meningar, gärna med en länk till nästa steg.
   */
  children?: ReactNode;
  /**
   * Speak the alert through the page's live region when it appears or its text changes on the
   * client (after an action: "Sparat", "Det gick inte att skicka"). Never spoken for an alert
   * that was rendered on the server and is part of the page as it loads. `error` is spoken
   * assertively, other tones politely.
   * @sv Läs upp meddelandet när det dyker upp eller ändras efter att sidan laddats (inte för meddelanden som fanns när sidan laddades).
   * @default false
   */
  announce?: boolean;
  /**
   * Shows a close button and is called when it is pressed. Remove the alert in the handler and
   * move focus to a sensible place (the heading of the section, or the control that follows).
   * Never make errors the person must act on dismissible.
   * @sv Visar en stängknapp och anropas när den trycks. Ta bort meddelandet och flytta fokus till en rimlig plats.
   */
  onDismiss?: (event: MouseEvent<HTMLButtonElement>) => void;
  /**
   * Accessible name of the close button.
   * @sv Stängknappens tillgängliga namn.
   * @default "Stäng" / "Close" (from the dictionaries)
   */
  dismissLabel?: string;
}

export type AlertProps = AlertOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof AlertOwnProps | 'role'>;

const ICONS = { info: InfoIcon, success: SuccessIcon, warning: WarningIcon, error: ErrorIcon } as const;
const TONES: readonly unknown[] = ['info', 'success', 'warning', 'error'];
const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

const subscribeNothing = () => () => {};
/**
 * False while React renders the server HTML or hydrates it, true for a render that starts on
 * the client. An alert that was hydrated is part of the loaded page and is not spoken.
 */
function useRenderedOnClient(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/**
 * A message about the page or about what the person just did: info, success, warning or error.
 * Icon, heading and text; the tone is carried by icon, border, background and a visually
 * hidden word, never by text colour.
 *
 * Accessibility choice: no `role="alert"` on the element. An alert present when the page loads
 * is read with the page; one that appears later is spoken through the shared live region
 * (`announce`), so it is read once, on React 18 and 19, and never on hydration.
 *
 * Usage rule: one alert per message, near what it is about; errors in a form go to
 * ErrorSummary and the fields, not to an Alert.
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { tone = 'info', heading, headingLevel = 2, children, announce = false, onDismiss, dismissLabel, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(alertStrings);
  const speak = useAnnounce();
  const contentRef = useRef<HTMLDivElement>(null);
  const headingTextId = useSafeId(undefined, 'gbg-alert-heading');
  const dismissId = useSafeId(undefined, 'gbg-alert-dismiss');
  const onClient = useRenderedOnClient();
  // Captured on the first render: was this alert hydrated from server HTML?
  const hydrated = useRef(!onClient);
  const lastSpoken = useRef<string | null>(null);

  const toneOk = TONES.includes(tone);
  const safeTone: AlertTone = toneOk ? tone : 'info';
  const levelOk = LEVELS.includes(headingLevel);
  const hasHeading = heading != null && heading !== false && heading !== '';
  const hasText = children != null && children !== false && children !== '';

  if (process.env.NODE_ENV !== 'production') {
    if (!toneOk) {
      warnOnce('Alert', `\`tone\` must be "info", "success", "warning" or "error" (got ${JSON.stringify(tone)}); showing "info". Pick the tone that says what happened.`);
    }
    if (!levelOk) {
      warnOnce('Alert', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); an h2 was rendered. Pick the level that fits the page's headings.`);
    }
    if (!hasHeading && !hasText) {
      warnOnce('Alert', 'has neither `heading` nor text; give it a heading or children so it says something.');
    }
  }

  // Speak after mount and whenever the text changes, reading the rendered text (tone word
  // included) so what is heard matches what is shown. Runs after every render: comparing with
  // the last spoken text is cheaper than deriving a key from arbitrary children.
  useEffect(() => {
    // Heading and text are separate blocks; join them with a space so the words do not run together.
    const parts = Array.from(contentRef.current?.children ?? [], (part) => part.textContent ?? '');
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (!announce) {
      lastSpoken.current = null;
      return;
    }
    if (text === lastSpoken.current) return;
    const first = lastSpoken.current === null;
    lastSpoken.current = text;
    if (first && hydrated.current) return;
    speak(text, safeTone === 'error' ? 'assertive' : 'polite');
  });
  // After the first commit, later mounts of this instance are not hydration any more.
  useEffect(() => {
    hydrated.current = false;
  }, []);

  const Icon = ICONS[safeTone];
  const Heading = `h${levelOk ? headingLevel : 2}` as 'h2';
  // The space sits outside the hidden span: accessible-name computation trims inside it.
  const toneWord = (
    <>
      <span className={visuallyHidden}>{strings[safeTone]}</span>{' '}
    </>
  );

  return (
    <div ref={ref} className={cx(styles.root, className)} data-tone={safeTone} {...rest}>
      <Icon className={styles.icon} />
      <div ref={contentRef} className={styles.body}>
        {hasHeading ? (
          <Heading className={styles.heading}>
            {toneWord}
            <span id={headingTextId}>{heading}</span>
          </Heading>
        ) : null}
        {hasText && (
          <div className={styles.text}>
            {!hasHeading && toneWord}
            {children}
          </div>
        )}
      </div>
      {onDismiss && (
        <button
          type="button"
          className={styles.dismiss}
          // Named "Stäng" + the heading's words (not its hidden tone word: "Stäng Fel: …" would
          // sound like "close the error"), so several dismissible alerts on a page are told apart.
          aria-labelledby={hasHeading ? `${dismissId} ${headingTextId}` : dismissId}
          onClick={onDismiss}
        >
          <span id={dismissId} hidden>
            {dismissLabel ?? strings.dismiss}
          </span>
          <CloseIcon className={styles.dismissIcon} />
        </button>
      )}
    </div>
  );
});
Alert.displayName = 'Alert';
