'use client';
import {
  forwardRef,
  useEffect,
  useRef,
  type ComponentPropsWithoutRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { ErrorIcon } from '@goteborgsstad/icons';
import { useSectionStrings } from '../../provider/hooks.js';
import { errorSummaryStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './ErrorSummary.css.js';

/** One error: the id of the field it belongs to and the same message the field shows. */
export interface ErrorSummaryItem {
  /**
   * The `id` of the field's control (the input, or the first checkbox/radio of a group). The
   * link points to `#id` and moves keyboard focus there.
   * @sv Id för fältets kontroll; länken pekar dit och flyttar fokus.
   */
  id: string;
  /**
   * The error message, word for word as it appears at the field.
   * @sv Felmeddelandet, ord för ord som vid fältet.
   */
  message: ReactNode;
}

export type ErrorSummaryHeadingLevel = 2 | 3 | 4;

interface ErrorSummaryOwnProps {
  /**
   * Every error in the form, in the order the fields appear. When the list is empty nothing
   * is rendered.
   * @sv Alla fel i formuläret, i fältens ordning. En tom lista renderar ingenting.
   */
  errors: ReadonlyArray<ErrorSummaryItem>;
  /**
   * Heading of the summary.
   * @sv Sammanfattningens rubrik.
   * @default "Det finns fel i formuläret" / "There is a problem" (from the dictionaries)
   */
  heading?: ReactNode;
  /**
   * Heading level; match the page outline (usually 2, under the page's h1).
   * @sv Rubriknivå (2, 3 eller 4) som passar sidans rubrikstruktur, oftast 2.
   * @default 2
   */
  headingLevel?: ErrorSummaryHeadingLevel;
  /**
   * Optional text between the heading and the list (e.g. what happens to the entered data).
   * @sv Valfri text mellan rubriken och listan.
   */
  description?: ReactNode;
  /**
   * Move keyboard focus to the summary when it appears (on mount with errors, and whenever the
   * errors go from none to some). Leave it on: people using a screen reader or keyboard must
   * learn that the form was not sent. Turn it off only when the page itself moves focus.
   * @sv Flyttar tangentbordsfokus till sammanfattningen när den visas. Låt det vara på.
   * @default true
   */
  autoFocus?: boolean;
  /**
   * How many times the form has been sent. When it changes while errors are shown, focus moves
   * to the summary again: a second failed submit in a client-side form is announced like the
   * first. Not needed when the server renders a new page for each submit.
   * @sv Hur många gånger formuläret har skickats. När värdet ändras medan fel visas flyttas fokus
   * till sammanfattningen igen, så att ett andra misslyckat försök märks lika tydligt som det första.
   */
  submitCount?: number;
}

export type ErrorSummaryProps = ErrorSummaryOwnProps &
  Omit<ComponentPropsWithoutRef<'section'>, keyof ErrorSummaryOwnProps | 'children'>;

const HEADING_LEVELS: readonly unknown[] = [2, 3, 4];

function isErrorItem(item: unknown): item is ErrorSummaryItem {
  return typeof item === 'object' && item !== null && 'message' in item;
}

const CSS_ESCAPE = typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape : (value: string) => value.replace(/["\\]/g, '\\$&');

/**
 * What to scroll into view for a field: the legend of its fieldset (the question, for radios
 * and checkboxes), else its label, else the field itself. Focus alone would scroll the input
 * to the screen edge and hide its question.
 */
function scrollTargetFor(field: HTMLElement): HTMLElement {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) return legend;
  const label = field.ownerDocument.querySelector<HTMLElement>(`label[for="${CSS_ESCAPE(field.id)}"]`);
  return label ?? field;
}

/**
 * Lists every error in a form after a failed submit, with links that move focus to each
 * field. Put it at the top of the form's column, above the form, and show the same messages at
 * the fields.
 *
 * Accessibility choice: the summary is a labelled region that takes focus when it appears
 * (tabIndex -1), not a `role="alert"`. Moving focus already makes screen readers read it; an
 * alert on top would be read twice, and alerts are not announced on a page loaded after a
 * server-side validation, while focus works in both cases. Its list is linked as the region's
 * description so the errors are read together with the heading.
 *
 * Usage rule: one ErrorSummary per form, only after submit (never while typing).
 */
export const ErrorSummary = forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, heading, headingLevel = 2, description, autoFocus = true, submitCount, className, ...rest },
  forwardedRef,
) {
  const strings = { errorSummary: useSectionStrings(errorSummaryStrings) };
  const ref = useRef<HTMLElement>(null);
  const setRef = useMergedRefs(ref, forwardedRef);
  const baseId = useSafeId(undefined, 'gbg-error-summary');
  const headingId = `${baseId}-heading`;
  const listId = `${baseId}-list`;

  // Entries that are not { id, message } objects (null, a string…) cannot be linked: drop them
  // (with a warning below) instead of rendering an empty link.
  const given: readonly unknown[] = Array.isArray(errors) ? errors : [];
  const list = given.filter(isErrorItem);
  const hasErrors = list.length > 0;
  const hadErrors = useRef(false);

  const lastSubmit = useRef(submitCount);
  useEffect(() => {
    const resubmitted = submitCount !== lastSubmit.current;
    lastSubmit.current = submitCount;
    if (hasErrors && (!hadErrors.current || resubmitted) && autoFocus) ref.current?.focus();
    hadErrors.current = hasErrors;
  }, [hasErrors, autoFocus, submitCount]);

  // Links to fields that do not exist cannot move focus: name the missing ids in development.
  const idsKey = list.map((error) => error.id).join('\n');
  useEffect(() => {
    for (const id of idsKey ? idsKey.split('\n') : []) {
      if (!id) {
        if (process.env.NODE_ENV !== 'production') warnOnce('ErrorSummary', 'an error has no `id`; give each error the id of its field so the link can move focus there.');
      } else if (!document.getElementById(id)) {
        if (process.env.NODE_ENV !== 'production') warnOnce('ErrorSummary', `no element with id "${id}" is on the page; set that id on the field (e.g. <TextField id="${id}" …>) so the link can move focus to it.`);
      }
    }
  }, [idsKey]);

  if (!Array.isArray(errors)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('ErrorSummary', '`errors` must be an array of { id, message }; nothing was rendered.');
  } else if (list.length < given.length) {
    if (process.env.NODE_ENV !== 'production') warnOnce(
      'ErrorSummary',
      `\`errors\` has ${given.length - list.length} entr${given.length - list.length === 1 ? 'y' : 'ies'} that ${given.length - list.length === 1 ? 'is' : 'are'} not { id, message } (null, undefined or another value); they were left out. Filter the list before passing it, e.g. errors.filter(Boolean).`,
    );
  }
  const levelOk = HEADING_LEVELS.includes(headingLevel);
  if (!levelOk) {
    if (process.env.NODE_ENV !== 'production') warnOnce(
      'ErrorSummary',
      `\`headingLevel\` must be 2, 3 or 4 (got ${String(headingLevel)}); an h2 was rendered. Pick the level that fits under the page's headings, usually 2.`,
    );
  }
  if (!hasErrors) return null;

  const Heading = `h${levelOk ? headingLevel : 2}` as 'h2' | 'h3' | 'h4';

  const moveFocus = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = id ? document.getElementById(id) : null;
    // Without a target, let the browser follow the link as usual.
    if (!field) return;
    event.preventDefault();
    const target = scrollTargetFor(field);
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  };

  return (
    <section
      ref={setRef}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-describedby={listId}
      className={cx(styles.root, className)}
      {...rest}
    >
      <ErrorIcon className={styles.icon} />
      <div className={styles.body}>
        <Heading id={headingId} className={styles.heading}>
          {heading ?? strings.errorSummary.heading}
        </Heading>
        {description != null && description !== false && <div className={styles.description}>{description}</div>}
        <ul id={listId} className={styles.list}>
          {list.map((error, index) => (
            <li key={`${error.id ?? ''}-${index}`}>
              <a className={styles.link} href={`#${error.id ?? ''}`} onClick={(event) => moveFocus(event, error.id ?? '')}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
});
ErrorSummary.displayName = 'ErrorSummary';
