'use client';
import { forwardRef, useEffect, type ComponentPropsWithoutRef } from 'react';
import { useAnnounce } from '../../announce/index.js';
import { commonStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './Spinner.css.js';

export type SpinnerSize = 'sm' | 'md' | 'lg';

interface SpinnerOwnProps {
  /**
   * What is loading, in words: "Laddar dina ärenden…". Always present — a spinner without words
   * says nothing to a screen reader. Plain text, so it can also be spoken.
   * @sv Vad som laddas, i ord. Finns alltid; utan text säger snurran ingenting till en skärmläsare.
   * @default "Laddar…" / "Loading…" (from the dictionaries)
   */
  label?: string;
  /**
   * Show the label beside the spinner. Hidden, it is still read by screen readers.
   * @sv Visa texten bredvid snurran. Dold läses den ändå upp av skärmläsare.
   * @default false
   */
  showLabel?: boolean;
  /**
   * Size of the ring: `sm` inside text and buttons, `md` in a section, `lg` for a whole page area.
   * @sv Ringens storlek: sm i text, md i ett avsnitt, lg för en hel sidyta.
   * @default 'md'
   */
  size?: SpinnerSize;
  /**
   * Speak the label through the page's live region when the spinner appears (or its label
   * changes) on the client. Use it when loading starts after an action and nothing else tells
   * screen reader users; leave it off for spinners present as the page loads.
   * @sv Läs upp texten när snurran visas efter en handling. Av för snurror som finns när sidan laddas.
   * @default false
   */
  announce?: boolean;
}

export type SpinnerProps = SpinnerOwnProps &
  Omit<ComponentPropsWithoutRef<'span'>, keyof SpinnerOwnProps | 'children' | 'aria-label' | 'aria-labelledby' | 'aria-hidden'>;

const SIZES: readonly unknown[] = ['sm', 'md', 'lg'];

/**
 * Shows that something is loading, with the loading text in words. Honours reduced motion: the
 * ring stops turning and pulses its opacity instead, so it still looks busy.
 *
 * Accessibility choice: the label is real text in the element (visually hidden unless
 * `showLabel`), so it is found when reading the page; `announce` speaks it through the shared
 * live region (`useAnnounce`) instead of a live region of the spinner's own, which screen
 * readers often ignore when it is inserted with its text already in it.
 *
 * Usage rule: only for waits longer than about a second; for content with a known shape use a
 * skeleton, for a known amount of work a progress bar. In a button use Button's `loading`.
 */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { label, showLabel = false, size = 'md', announce = false, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(commonStrings);
  const speak = useAnnounce();
  const given = typeof label === 'string' ? label.trim() : '';
  const text = given || strings.loading;
  const sizeOk = SIZES.includes(size);

  if (process.env.NODE_ENV !== 'production') {
    if (label !== undefined && !given) {
      warnOnce('Spinner', `\`label\` is ${typeof label === 'string' ? 'empty' : `a ${typeof label}, not text`}; "${strings.loading}" was used. Say what is loading, e.g. label="Laddar dina ärenden…".`);
    }
    if (!sizeOk) warnOnce('Spinner', `\`size\` must be "sm", "md" or "lg" (got ${JSON.stringify(size)}); "md" was used.`);
  }

  useEffect(() => {
    if (announce) speak(text);
  }, [announce, text, speak]);

  return (
    <span ref={ref} className={cx(styles.root, className)} data-size={sizeOk ? size : 'md'} {...rest}>
      <span className={styles.ring} aria-hidden="true" />
      <span className={showLabel ? styles.label : visuallyHidden}>{text}</span>
    </span>
  );
});
Spinner.displayName = 'Spinner';
