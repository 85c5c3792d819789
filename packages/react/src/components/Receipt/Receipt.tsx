'use client';
import { SuccessIcon } from '@goteborgsstad/icons';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react';
import { receiptStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { Heading } from '../Heading/Heading.js';
import * as styles from './Receipt.css.js';

/** The receipt's heading level: the page's h1 on a receipt page, lower inside a page section. */
export type ReceiptHeadingLevel = 1 | 2 | 3 | 4 | 5;

interface ReceiptOwnProps {
  /**
   * What was done, in the past tense: "Vi har tagit emot din ansökan".
   * @sv Vad som har hänt, i dåtid: "Vi har tagit emot din ansökan".
   */
  heading: ReactNode;
  /**
   * Level of the heading. On a receipt page it is the page's h1; "Det här händer nu" takes the
   * next level.
   * @sv Rubrikens nivå. På en kvittenssida är den sidans h1; "Det här händer nu" får nivån under.
   * @default 1
   */
  headingLevel?: ReceiptHeadingLevel;
  /**
   * A ref to the heading, for an app that shows the receipt without a page load: it moves focus
   * to the heading so a screen reader starts there. Given a ref, the heading can take focus from
   * a script (`tabindex="-1"`) but stays out of the tab order.
   * @sv En ref till rubriken, för en app som visar kvittot utan sidladdning: den flyttar fokus
   * till rubriken så att en skärmläsare börjar där. Med en ref kan rubriken få fokus från ett
   * skript (`tabindex="-1"`) men hamnar inte i tabbordningen.
   */
  headingRef?: Ref<HTMLHeadingElement>;
  /**
   * The case number the person gives when they contact the city ("BYGG-2026-01234"). Shown
   * large, in bold, selected whole with one click.
   * @sv Ärendenumret som personen anger när hen kontaktar staden. Visas stort och fetstilt och
   * markeras helt med ett klick.
   */
  caseNumber?: string;
  /**
   * What happens now, in order, under "Det här händer nu": who does what and when, and when the
   * person hears from the city.
   * @sv Vad som händer nu, i ordning, under "Det här händer nu": vem som gör vad och när, och när
   * personen hör av staden.
   */
  nextSteps?: readonly ReactNode[];
  /**
   * More in the panel under the case number, e.g. "Vi har skickat en bekräftelse till …".
   * @sv Mer i panelen under ärendenumret, t.ex. "Vi har skickat en bekräftelse till …".
   */
  children?: ReactNode;
}

export type ReceiptProps = ReceiptOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof ReceiptOwnProps>;

const present = (node: ReactNode) => node !== undefined && node !== null && node !== false && node !== '';

/**
 * The confirmation after an e-service has sent something: a panel with what was done (the
 * page's h1), the case number and a line or two, then "Det här händer nu" as numbered steps.
 * Not a landmark of its own (it is the page's main content) and not announced: it is a new page.
 *
 * Usage rule: once, on the page after the last step. No BackLink on that page: what was sent
 * cannot be unsent. For a short confirmation inside a page (a saved change) use `Alert`.
 */
export const Receipt = forwardRef<HTMLDivElement, ReceiptProps>(function Receipt(
  { heading, headingLevel = 1, headingRef, caseNumber, nextSteps, children, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(receiptStrings);
  const level = ([1, 2, 3, 4, 5] as unknown[]).includes(headingLevel) ? headingLevel : 1;
  const steps = (Array.isArray(nextSteps) ? nextSteps : []).filter(present);
  // Development-only checks: production bundles drop them and their text.
  if (process.env.NODE_ENV !== 'production') {
    if (!present(heading)) warnOnce('Receipt', 'has no `heading`; say what was done: heading="Vi har tagit emot din ansökan".');
    if (level !== headingLevel) warnOnce('Receipt', `headingLevel ${String(headingLevel)} is not 1–5; using 1. A receipt page's heading is its h1.`);
  }
  return (
    <div ref={ref} {...rest} className={cx(styles.root, className)}>
      <div className={styles.panel}>
        <div className={styles.headingRow}>
          <SuccessIcon className={styles.icon} aria-hidden="true" focusable="false" />
          <Heading ref={headingRef} tabIndex={headingRef ? -1 : undefined} level={level} className={styles.heading}>
            {heading}
          </Heading>
        </div>
        {caseNumber ? (
          <p className={styles.caseNumber}>
            {strings.caseNumber} <span className={styles.caseNumberValue}>{caseNumber}</span>
          </p>
        ) : null}
        {children}
      </div>
      {steps.length > 0 ? (
        <div className={styles.next}>
          <Heading level={(level + 1) as ReceiptHeadingLevel}>{strings.nextSteps}</Heading>
          <ol className={styles.nextList}>
            {steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
});
Receipt.displayName = 'Receipt';
