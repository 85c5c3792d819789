'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { stepIndicatorStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import * as styles from './StepIndicator.css.js';

/** One page of a form with several pages. */
export interface StepIndicatorStep {
  /**
   * The step's name, the same words as the heading of its page ("Fastigheten").
   * @sv Stegets namn, samma ord som rubriken på stegets sida ("Fastigheten").
   */
  label: string;
  /**
   * Address of a completed step, so the person can go back and change it. Ignored on the
   * current step and on steps not reached yet: a form is filled in order.
   * @sv Adress till ett klart steg, så att personen kan gå tillbaka och ändra. Används inte för
   * det aktuella steget eller steg som inte nåtts än.
   */
  href?: string;
}

interface StepIndicatorOwnProps {
  /**
   * The form's steps in order, as names or `{ label, href }`. Three to six steps read best; put
   * the check-answers page in the count, not the receipt.
   * @sv Formulärets steg i ordning, som namn eller `{ label, href }`. Tre till sex steg är lagom;
   * räkna med sidan "Kontrollera dina svar" men inte kvittot.
   */
  steps: ReadonlyArray<string | StepIndicatorStep>;
  /**
   * The step the person is on, counted from 1.
   * @sv Steget personen är på, räknat från 1.
   */
  current: number;
  /**
   * Also list every step by name under a "Visa alla steg" toggle (native `<details>`), with
   * links back to completed steps that have an `href`.
   * @sv Visa också alla steg med namn under "Visa alla steg" (inbyggd `<details>`), med länkar
   * tillbaka till klara steg som har `href`.
   * @default false
   */
  showSteps?: boolean;
}

export type StepIndicatorProps = StepIndicatorOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof StepIndicatorOwnProps | 'children'>;

type StepState = 'done' | 'current' | 'upcoming';

const normalise = (step: string | StepIndicatorStep): StepIndicatorStep =>
  typeof step === 'string' ? { label: step } : step && typeof step === 'object' ? step : { label: '' };

/**
 * "Steg 2 av 4: Fastigheten" above the heading of each page of a form with several pages (an
 * e-service), with a bar of one segment per step. It shows where the person is and how much is
 * left; it is not navigation. Put it first in `main`, before the page's h1.
 *
 * Usage rule: for forms of three to six pages that are filled in order. Not for one-page forms
 * (nothing to show), not for long applications whose parts can be done in any order (use
 * `TaskList`), and not to explain a service before someone starts (use `ProcessSteps`).
 */
export const StepIndicator = forwardRef<HTMLDivElement, StepIndicatorProps>(function StepIndicator(
  { steps, current, showSteps = false, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(stepIndicatorStrings);
  const list = (Array.isArray(steps) ? steps : []).map(normalise);
  const total = list.length;
  const valid = Number.isInteger(current) && current >= 1 && current <= total;
  // Development-only checks: production bundles drop them and their text.
  if (process.env.NODE_ENV !== 'production') {
    if (total === 0) {
      warnOnce('StepIndicator', 'has no `steps`, so nothing is shown. Pass the names of the form\'s pages: steps={["Om dig", "Fastigheten", "Bilagor", "Kontrollera"]}.');
    } else if (!valid) {
      warnOnce('StepIndicator', `current={${String(current)}} is not a step from 1 to ${total}. Pass the number of the page the person is on, counted from 1; showing step ${Math.min(Math.max(Math.round(Number(current)) || 1, 1), total)}.`);
    }
    if (list.some((step) => !step.label)) {
      warnOnce('StepIndicator', 'has a step without a `label`; every step needs the name of its page.');
    }
  }
  if (total === 0) return null;
  const at = valid ? current : Math.min(Math.max(Math.round(Number(current)) || 1, 1), total);
  const stateOf = (index: number): StepState => (index + 1 < at ? 'done' : index + 1 === at ? 'current' : 'upcoming');
  const currentLabel = list[at - 1]!.label;

  return (
    <div ref={ref} {...rest} className={cx(styles.root, className)}>
      <p className={styles.status}>
        <span className={styles.count}>{strings.status(at, total)}</span>
        {currentLabel ? <span>{`: ${currentLabel}`}</span> : null}
      </p>
      <div className={styles.bar} aria-hidden="true">
        {list.map((step, index) => (
          <span key={index} className={styles.segment} data-state={stateOf(index)} />
        ))}
      </div>
      {showSteps ? (
        <details className={styles.details}>
          <summary className={styles.summary}>{strings.showAll}</summary>
          <ol className={styles.list} aria-label={strings.label}>
            {list.map((step, index) => {
              const state = stateOf(index);
              return (
                <li key={index} className={styles.item} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
                  {state === 'done' && step.href ? (
                    <NavAnchor component="StepIndicator" href={step.href} className={styles.link}>
                      {step.label}
                    </NavAnchor>
                  ) : (
                    step.label
                  )}
                  {state === 'done' ? <span className={styles.itemState}>{` (${strings.done})`}</span> : null}
                  {/* aria-current already tells screen readers; the words are for the eye. */}
                  {state === 'current' ? (
                    <span className={styles.itemState} aria-hidden="true">{` (${strings.here})`}</span>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </details>
      ) : null}
    </div>
  );
});
StepIndicator.displayName = 'StepIndicator';
