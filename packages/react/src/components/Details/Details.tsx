'use client';
import {
  forwardRef,
  useEffect,
  useReducer,
  useRef,
  type ComponentPropsWithoutRef,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './Details.css.js';
import { useRevealHashTarget } from './revealHashTarget.js';

export type DetailsHeadingLevel = 2 | 3 | 4 | 5 | 6;

interface DetailsOwnProps {
  /**
   * The always-visible line that opens and closes the section: a short phrase that says what is
   * inside ("Vem kan få bostadsanpassning?"). Text only — no links or buttons: the whole line is
   * the trigger.
   * @sv Raden som alltid syns och öppnar och stänger avsnittet: en kort fras som säger vad som finns inuti. Bara text, inga länkar eller knappar.
   */
  summary: ReactNode;
  /**
   * The content shown when the section is open. It is in the page from the start (server HTML,
   * in-page search), only hidden.
   * @sv Innehållet som visas när avsnittet är öppet. Det finns i sidan från början, bara dolt.
   */
  children?: ReactNode;
  /**
   * Controlled open state. Pair with `onOpenChange`; leave out to let the section keep its own.
   * @sv Styrt öppet läge. Använd tillsammans med `onOpenChange`; utelämna för att låta avsnittet sköta det själv.
   */
  open?: boolean;
  /**
   * Open state on the first render when uncontrolled. Keep sections closed unless most people
   * need the content.
   * @sv Öppet läge vid första visningen när läget inte är styrt. Låt avsnitt vara stängda om inte de flesta behöver innehållet.
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called with the new state whenever the section opens or closes — by a click, the keyboard,
   * in-page search, a `#fragment` link, an exclusive group or "Visa alla".
   * @sv Anropas med det nya läget när avsnittet öppnas eller stängs, oavsett hur.
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * Wraps the summary text in a heading of this level so the section is part of the page's
   * outline. Leave out for a small "more about this" disclosure inside running text; set it when
   * the summary works as a section title (Accordion sets it for its items).
   * @sv Lägger sammanfattningen i en rubrik på den här nivån så att avsnittet syns i sidans rubrikstruktur. Utelämna för en liten "läs mer"-ruta i löptext.
   */
  headingLevel?: DetailsHeadingLevel;
  /**
   * Native exclusive group: sections with the same `name` close each other, so only one is open
   * at a time. Use sparingly — people often want to compare sections.
   * @sv Inbyggd grupp: avsnitt med samma `name` stänger varandra så att bara ett är öppet åt gången. Använd sparsamt.
   */
  name?: string;
}

export type DetailsProps = DetailsOwnProps &
  Omit<ComponentPropsWithoutRef<'details'>, keyof DetailsOwnProps | 'onToggle'> & {
    /**
     * The native `toggle` event, after the section opened or closed. Prefer `onOpenChange`.
     * @sv Den inbyggda `toggle`-händelsen när avsnittet öppnats eller stängts. Använd hellre `onOpenChange`.
     */
    onToggle?: (event: SyntheticEvent<HTMLDetailsElement>) => void;
  };

const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

/**
 * One expandable section on the native `<details>` and `<summary>` elements: works without
 * JavaScript, opens on Enter and Space, is found by the browser's in-page search and opens for a
 * `#fragment` link to something inside it.
 *
 * Usage rule: hide only what most people do not need ("Så räknar vi avgiften"). Never hide what
 * everyone must read, and never put the only way forward inside a closed section. For several
 * sections in a row use `Accordion`.
 */
export const Details = forwardRef<HTMLDetailsElement, DetailsProps>(function Details(
  { summary, children, open: openProp, defaultOpen = false, onOpenChange, headingLevel, name, onToggle, className, ...rest },
  ref,
) {
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const controlled = openProp !== undefined;
  const elementRef = useRef<HTMLDetailsElement>(null);
  const mergedRef = useMergedRefs(ref, elementRef);
  const openRef = useRef(open);
  openRef.current = open;
  // A controlled section the parent kept closed (or open) after a toggle must be put back; a
  // re-render lets the effect below compare the element with the value.
  const [, recheck] = useReducer((n: number) => n + 1, 0);
  const mustMatch = useRef(false);

  if (process.env.NODE_ENV !== 'production') {
    if (summary == null || summary === false || summary === '') {
      warnOnce('Details', 'has no `summary`; give it a short text that says what the section holds, or the trigger has no name.');
    }
    if (headingLevel !== undefined && !LEVELS.includes(headingLevel)) {
      warnOnce('Details', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); an h2 was rendered. Pick the level that fits the page's headings.`);
    }
  }

  useRevealHashTarget();

  // The browser may have opened the section before hydration (a click, in-page search, a
  // fragment link); adopt what the element shows rather than closing it again.
  useEffect(() => {
    const element = elementRef.current;
    if (element && element.open !== openRef.current) setOpen(element.open);
  }, [setOpen]);

  useEffect(() => {
    if (!mustMatch.current) return;
    mustMatch.current = false;
    const element = elementRef.current;
    if (element && element.open !== open) element.open = open;
  });

  const handleToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    onToggle?.(event);
    const next = event.currentTarget.open;
    // The echo of a change React made (the `open` prop) needs no report.
    if (next === openRef.current) return;
    setOpen(next);
    if (controlled) {
      mustMatch.current = true;
      recheck();
    }
  };

  const Heading = headingLevel === undefined ? null : (`h${LEVELS.includes(headingLevel) ? headingLevel : 2}` as 'h2');

  return (
    <details ref={mergedRef} className={cx(styles.root, className)} open={open} name={name} onToggle={handleToggle} {...rest}>
      <summary className={styles.summary}>
        {Heading ? <Heading className={styles.summaryText}>{summary}</Heading> : <span className={styles.summaryText}>{summary}</span>}
      </summary>
      <div className={styles.content}>{children}</div>
    </details>
  );
});
Details.displayName = 'Details';
