'use client';
import { forwardRef, useEffect, useState, type ChangeEvent } from 'react';
import { WarningIcon } from '@goteborgsstad/icons';
import { useAnnounce } from '../../announce/index.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { textareaStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { warnOnce } from '../../internal/warn.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import * as control from '../../form/control.css.js';
import { Field, type FieldComponentProps, type FieldLabelProps } from '../Field/Field.js';
import * as styles from './Textarea.css.js';

/**
 * How long typing must pause before the remaining count is read out. Long enough that a screen
 * reader does not read a number after every key, short enough to arrive while the user listens.
 */
export const TEXTAREA_ANNOUNCE_DELAY_MS = 1000;

interface TextareaOwnProps {
  /**
   * Soft limit: shows "X tecken kvar", lets people type past it and then shows "X tecken för
   * mycket" (nothing they wrote is cut off). Validate the length when the form is sent.
   * Prefer it to `maxLength`, which silently stops typing and truncates pasted text.
   * @sv Mjuk gräns: visar "X tecken kvar" och låter en skriva förbi den; över gränsen blir fältet felaktigt.
   */
  maxCount?: number;
  /**
   * Hard limit (native). Also shows the counter. Prefer `maxCount` unless the backend cannot
   * store more.
   * @sv Hård gräns (inbyggd). Visar också räknaren. Välj hellre `maxCount`.
   */
  maxLength?: number;
  /**
   * Whether people can resize the box. `vertical` keeps the layout intact.
   * @sv Om rutans storlek kan ändras. `vertical` håller layouten hel.
   * @default 'vertical'
   */
  resize?: 'vertical' | 'none';
  /**
   * Visible lines of text. Size it for the expected answer.
   * @sv Synliga textrader. Anpassa till det väntade svaret.
   * @default 4
   */
  rows?: number;
}

export type TextareaProps = FieldComponentProps<TextareaOwnProps, 'textarea', 'children'>;

function lengthOf(value: unknown): number {
  if (value === undefined || value === null) return 0;
  return String(value).length;
}

/**
 * A multi-line text field with label, description, error and an optional character counter.
 * The counter is linked with `aria-describedby` and read out politely (debounced) while typing.
 *
 * `ref` goes to the `<textarea>`; `className` and `style` go to the outer wrapper.
 *
 * Usage rule: use it for free text that may span lines ("Beskriv ditt ärende"); for one line use
 * `TextField`. Give a limit only when there is a real one, and say it in the description.
 */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(props, ref) {
  const { maxCount, maxLength, resize = 'vertical', rows = 4, onChange, value, defaultValue, ...others } = props;
  const [field, textareaProps] = splitFieldProps(others);

  const strings = { textarea: useSectionStrings(textareaStrings) };
  const announce = useAnnounce();
  const limit = maxCount ?? maxLength;
  const hasLimit = typeof limit === 'number' && Number.isFinite(limit) && limit > 0;
  if (limit !== undefined && !hasLimit) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Textarea', `\`maxCount\`/\`maxLength\` must be a positive number; got ${String(limit)}. The counter is hidden.`);
  }

  // Only the length is tracked (for the counter); the text itself stays in the DOM when uncontrolled.
  const [length, setLength] = useControllableState({
    value: value === undefined ? undefined : lengthOf(value),
    defaultValue: lengthOf(defaultValue),
  });
  const remaining = hasLimit ? limit - length : 0;
  const over = hasLimit && remaining < 0;
  const counterText = hasLimit
    ? over
      ? strings.textarea.charactersOver(-remaining)
      : strings.textarea.charactersLeft(remaining)
    : undefined;

  // Read out through the shared announcer, only after the user typed (nothing on page load) and
  // only once typing pauses, so the count does not chatter on every key.
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!typed || counterText === undefined) return undefined;
    const timer = setTimeout(() => announce(counterText), TEXTAREA_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, counterText, announce]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setLength(event.target.value.length);
    setTyped(true);
    onChange?.(event);
  };

  return (
    <Field
      {...(field as FieldLabelProps)}
      componentName="Textarea"
      // Over the limit the field is invalid: the counter says so in words, the control says so
      // to assistive technology.
      invalid={over}
      counter={
        counterText === undefined ? undefined : (
          <span className={cx(styles.counter, over && styles.counterOver)} data-over={over || undefined}>
            {over && <WarningIcon className={styles.counterIcon} />}
            {counterText}
          </span>
        )
      }
    >
      {(wiring) => (
        <textarea
          ref={ref}
          rows={rows}
          maxLength={maxCount === undefined ? maxLength : undefined}
          data-gbg-control=""
          {...textareaProps}
          {...(value !== undefined ? { value } : { defaultValue })}
          {...wiring}
          onChange={handleChange}
          className={cx(control.controlSolo, styles.textarea, resize === 'none' && styles.noResize)}
        />
      )}
    </Field>
  );
});
