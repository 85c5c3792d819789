'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { processStepsStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './ProcessSteps.css.js';

/** Heading levels a step can take; the page's h1 is never a step. */
export type ProcessStepsHeadingLevel = 2 | 3 | 4 | 5 | 6;

/** One step of a service. */
export interface ProcessStep {
  /**
   * What happens in this step, starting with a verb where the person acts ("Ansök i e-tjänsten",
   * "Vi handlägger din ansökan").
   * @sv Vad som händer i steget, gärna med ett verb först ("Ansök i e-tjänsten").
   */
  heading: ReactNode;
  /**
   * A sentence or two about the step. A string becomes a paragraph; elements are used as they are.
   * @sv En eller två meningar om steget. En sträng blir ett stycke; element används som de är.
   */
  text?: ReactNode;
  /**
   * Extra content under the text: usually a link to the e-service or to more information.
   * @sv Extra innehåll under texten, oftast en länk till e-tjänsten eller till mer information.
   */
  content?: ReactNode;
  /**
   * A stable key and the `id` of the step's list item (for links to a step).
   * @sv Stabil nyckel och listpunktens `id` (för länkar till ett steg).
   */
  id?: string;
}

interface ProcessStepsOwnProps {
  /**
   * The steps in the order they happen. Three to seven steps read best.
   * @sv Stegen i den ordning de sker. Tre till sju steg är lagom.
   */
  steps: readonly ProcessStep[];
  /**
   * Level of each step's heading. Steps under a "Så går det till" h2 take 3.
   * @sv Rubriknivå för varje steg. Steg under en h2 "Så går det till" får nivå 3.
   * @default 3
   */
  headingLevel?: ProcessStepsHeadingLevel;
}

export type ProcessStepsProps = ProcessStepsOwnProps &
  Omit<ComponentPropsWithoutRef<'ol'>, keyof ProcessStepsOwnProps | 'children'>;

const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

const present = (node: ReactNode) => node !== undefined && node !== null && node !== false && node !== '';

/**
 * "Så går det till": the steps of a service as an ordered list, each with a number, a heading
 * and a short text, drawn as numbered markers joined by a line. Each heading starts with
 * hidden words ("Steg 2"), so a screen-reader user moving by headings hears where they are.
 *
 * Usage rule: ProcessSteps explains a service before someone starts; it shows no progress.
 * To show where a person is in a form with several pages, use a step indicator; to track the
 * parts of a long application, use `TaskList`; for what has happened in a case, `Timeline`.
 */
export const ProcessSteps = forwardRef<HTMLOListElement, ProcessStepsProps>(function ProcessSteps(
  { steps, headingLevel = 3, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(processStepsStrings);
  const list = Array.isArray(steps) ? steps : [];
  const levelOk = LEVELS.includes(headingLevel);
  if (process.env.NODE_ENV !== 'production') {
    if (list.length === 0) {
      warnOnce('ProcessSteps', 'has no `steps`; pass the steps of the service as an array, e.g. steps={[{ heading: "Ansök i e-tjänsten" }]}.');
    } else if (list.some((step) => !step || !present(step.heading))) {
      warnOnce('ProcessSteps', 'has a step without a `heading`; every step needs a short heading that says what happens in it.');
    }
    if (!levelOk) {
      warnOnce('ProcessSteps', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); h3 was rendered. Pick the level under the section's heading.`);
    }
  }
  if (list.length === 0) return null;
  const Heading = `h${levelOk ? headingLevel : 3}` as 'h3';
  return (
    <ol ref={ref} className={cx(styles.root, className)} {...rest}>
      {list.map((step, index) => (
        <li key={step?.id ?? index} id={step?.id} className={styles.step}>
          <Heading className={styles.heading}>
            {/* The drawn number is for the eye; the hidden words say it in full ("Steg 2"). */}
            <span className={styles.number} aria-hidden="true">
              {index + 1}
            </span>
            <span className={visuallyHidden}>{strings.step(index + 1)}:</span>{' '}
            <span className={styles.headingText}>{step?.heading}</span>
          </Heading>
          {present(step?.text) && (typeof step.text === 'string' ? <p className={styles.text}>{step.text}</p> : <div className={styles.text}>{step.text}</div>)}
          {present(step?.content) && <div className={styles.content}>{step.content}</div>}
        </li>
      ))}
    </ol>
  );
});
ProcessSteps.displayName = 'ProcessSteps';
