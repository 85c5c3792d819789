'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { progressBarStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './ProgressBar.css.js';

interface ProgressBarOwnProps {
  /**
   * What is in progress: "Laddar upp bilagor". Required — it names the progress bar for screen
   * readers.
   * @sv Vad som pågår, till exempel "Laddar upp bilagor". Krävs: det är förloppsindikatorns namn.
   */
  label: ReactNode;
  /**
   * How far it has come, from 0 to `max`. Leave it out while the amount is unknown: the bar is
   * then indeterminate (a moving segment, or a still striped bar with reduced motion).
   * @sv Hur långt det har kommit, 0 till max. Utelämna det när mängden är okänd: då visas ett obestämt förlopp.
   */
  value?: number;
  /**
   * The value that means done.
   * @sv Värdet som betyder klart.
   * @default 100
   */
  max?: number;
  /**
   * The value in words, shown beside the label and read by screen readers: "3 av 5 filer". Say
   * it in the units people count in.
   * @sv Värdet i ord, visas bredvid etiketten och läses upp: "3 av 5 filer".
   * @default the percentage, "60 %" (from the dictionaries); nothing when indeterminate
   */
  valueText?: string;
  /**
   * Hide the label and value visually; they are still read by screen readers. Only where the
   * surrounding text already says what is in progress.
   * @sv Dölj etikett och värde visuellt; de läses ändå upp. Bara där texten runt omkring redan säger vad som pågår.
   * @default false
   */
  hideLabel?: boolean;
}

export type ProgressBarProps = ProgressBarOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof ProgressBarOwnProps | 'children' | 'role'>;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * How far a known amount of work has come ("3 av 5 filer"), or — without `value` — that work
 * is going on (indeterminate). Always labelled.
 *
 * Accessibility choice: `role="progressbar"` on the track with `aria-valuenow`/`min`/`max` and
 * `aria-valuetext` (the words shown), named by the label; indeterminate bars have no value.
 * It is not a live region: say when the work is done (Alert with `announce`, or focus the result).
 * Reduced motion stops the indeterminate movement.
 *
 * Usage rule: for waits over a few seconds with a known amount (uploads, steps of a batch); for a
 * short unknown wait use Spinner, for content loading use Skeleton; for the steps of a form use
 * a step indicator, not a progress bar.
 */
export const ProgressBar = forwardRef<HTMLDivElement, ProgressBarProps>(function ProgressBar(
  { label, value, max = 100, valueText, hideLabel = false, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(progressBarStrings);
  const labelId = useSafeId(undefined, 'gbg-progress-label');
  const maxOk = isNumber(max) && max > 0;
  const safeMax = maxOk ? max : 100;
  const hasValue = value !== undefined && value !== null;
  const valueOk = !hasValue || isNumber(value);
  const determinate = hasValue && valueOk;
  const now = determinate ? Math.min(Math.max(value, 0), safeMax) : undefined;
  const percent = now === undefined ? undefined : Math.round((now / safeMax) * 100);
  const givenText = typeof valueText === 'string' ? valueText.trim() : '';
  const text = givenText || (percent === undefined ? '' : strings.percent(percent));
  const hasLabel = label != null && label !== false && label !== '';

  if (process.env.NODE_ENV !== 'production') {
    if (!hasLabel) warnOnce('ProgressBar', 'has no `label`. Say what is in progress, e.g. label="Laddar upp bilagor".');
    if (!maxOk) warnOnce('ProgressBar', `\`max\` must be a number above 0 (got ${JSON.stringify(max)}); 100 was used.`);
    if (!valueOk) {
      warnOnce('ProgressBar', `\`value\` must be a number (got ${JSON.stringify(value)}); the bar is shown as indeterminate. Leave \`value\` out on purpose for an unknown amount.`);
    } else if (determinate && (value < 0 || value > safeMax)) {
      warnOnce('ProgressBar', `\`value\` ${value} is outside 0–${safeMax}; it was clamped. Pass a value between 0 and \`max\`.`);
    }
  }

  return (
    <div ref={ref} className={cx(styles.root, className)} data-indeterminate={determinate ? undefined : ''} {...rest}>
      <div className={hideLabel ? visuallyHidden : styles.header}>
        <span id={labelId} className={styles.label}>
          {label}
        </span>
        {/* Shown for the eye; screen readers get the same words from aria-valuetext. */}
        {text && (
          <span className={styles.value} aria-hidden="true">
            {text}
          </span>
        )}
      </div>
      <div
        role="progressbar"
        className={styles.track}
        aria-labelledby={labelId}
        aria-valuemin={determinate ? 0 : undefined}
        aria-valuemax={determinate ? safeMax : undefined}
        aria-valuenow={now}
        aria-valuetext={text || undefined}
      >
        <div className={styles.fill} style={percent === undefined ? undefined : { inlineSize: `${percent}%` }} />
      </div>
    </div>
  );
});
ProgressBar.displayName = 'ProgressBar';
