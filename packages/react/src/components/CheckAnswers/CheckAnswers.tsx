'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { checkAnswersStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './CheckAnswers.css.js';

/** One answer to check. */
export interface CheckAnswersItem {
  /**
   * The question as the person saw it, shortened if long ("Fastighetsbeteckning").
   * @sv Frågan som personen såg den, gärna förkortad ("Fastighetsbeteckning").
   */
  question: ReactNode;
  /**
   * The answer as the person gave it. An array is shown one line each (an address, files).
   * Empty shows "Inget svar".
   * @sv Svaret som personen gav det. En lista visas en rad per värde (en adress, filer). Tomt
   * visar "Inget svar".
   */
  answer?: ReactNode | readonly ReactNode[];
  /**
   * Where the answer is changed: the step's page, ideally with the field's id
   * ("/ansok/steg-2#fastighet"). Without it the answer cannot be changed here.
   * @sv Var svaret ändras: stegets sida, gärna med fältets id ("/ansok/steg-2#fastighet"). Utan
   * den går svaret inte att ändra härifrån.
   */
  href?: string;
  /**
   * Hidden words after "Ändra" that say what is changed, for screen readers and voice control
   * ("Ändra fastighetsbeteckning"). Defaults to the question when it is text.
   * @sv Dolda ord efter "Ändra" som säger vad som ändras. Standard är frågan när den är text.
   */
  changeLabel?: string;
}

interface CheckAnswersOwnProps {
  /**
   * The answers, in the order of the form.
   * @sv Svaren, i formulärets ordning.
   */
  items: readonly CheckAnswersItem[];
}

export type CheckAnswersProps = CheckAnswersOwnProps & Omit<ComponentPropsWithoutRef<'dl'>, keyof CheckAnswersOwnProps | 'children'>;

const present = (node: ReactNode) => node !== undefined && node !== null && node !== false && node !== '';

/**
 * "Kontrollera dina svar": the person's answers as question–answer pairs with an "Ändra" link
 * per answer, on the last page before an application is sent. A description list (`<dl>`);
 * each link's name says what it changes ("Ändra fastighetsbeteckning").
 *
 * Usage rule: once, on the check page of a form with several pages, grouped under h2 headings
 * by step when there are many answers. For facts that cannot be changed use `DescriptionList`.
 */
export const CheckAnswers = forwardRef<HTMLDListElement, CheckAnswersProps>(function CheckAnswers(
  { items, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(checkAnswersStrings);
  const list = Array.isArray(items) ? items : [];
  // Development-only checks: production bundles drop them and their text.
  if (process.env.NODE_ENV !== 'production') {
    if (list.length === 0) {
      warnOnce('CheckAnswers', 'has no `items`, so there is nothing to check. Pass the answers: items={[{ question: "Namn", answer: "Anna Lindqvist", href: "/steg-1#namn" }]}.');
    }
    list.forEach((item) => {
      if (!item || !present(item.question)) warnOnce('CheckAnswers', 'has an answer without a `question`; every answer needs the question it answers.');
      else if (item.href && !item.changeLabel && typeof item.question !== 'string') {
        warnOnce('CheckAnswers', 'an answer whose `question` is not text has no `changeLabel`, so its link is only named "Ändra". Pass changeLabel="fastighetsbeteckning".');
      }
    });
  }
  return (
    <dl ref={ref} {...rest} className={cx(styles.root, className)}>
      {list.map((item, index) => {
        const lines = (Array.isArray(item?.answer) ? (item.answer as readonly ReactNode[]) : [item?.answer as ReactNode]).filter(present);
        const what = item?.changeLabel ?? (typeof item?.question === 'string' ? item.question : undefined);
        return (
          <div key={index} className={styles.row}>
            <dt className={styles.question}>{item?.question}</dt>
            <dd className={styles.answer}>
              {lines.length === 0
                ? strings.missing
                : lines.length === 1
                  ? lines[0]
                  : lines.map((line, lineIndex) => (
                      <span key={lineIndex} className={styles.answerLine}>
                        {line}
                      </span>
                    ))}
            </dd>
            {item?.href ? (
              <dd className={styles.action}>
                <NavAnchor component="CheckAnswers" href={item.href} className={styles.link}>
                  {strings.change}
                  {/* The space stays outside the hidden span: name computation drops it inside. */}
                  {what ? (
                    <>
                      {' '}
                      <span className={visuallyHidden}>{what}</span>
                    </>
                  ) : null}
                </NavAnchor>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
});
CheckAnswers.displayName = 'CheckAnswers';
