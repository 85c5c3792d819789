'use client';
import {
  forwardRef,
  useEffect,
  useState,
  type ChangeEvent,
  type ComponentPropsWithoutRef,
} from 'react';
import { useStrings } from '../../provider/hooks.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { Field, joinIds, type FieldLabelProps } from '../Field/Field.js';
import * as control from '../Field/control.css.js';
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
   */
  maxCount?: number;
  /**
   * Hard limit (native). Also shows the counter. Prefer `maxCount` unless the backend cannot
   * store more.
   */
  maxLength?: number;
  /**
   * Whether people can resize the box. `vertical` keeps the layout intact.
   * @default 'vertical'
   */
  resize?: 'vertical' | 'none';
  /** Visible lines of text. Size it for the expected answer. @default 4 */
  rows?: number;
}

export type TextareaProps = TextareaOwnProps &
  FieldLabelProps &
  Omit<
    ComponentPropsWithoutRef<'textarea'>,
    keyof TextareaOwnProps | keyof FieldLabelProps | 'required' | 'children'
  >;

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
  const {
    label,
    hideLabel,
    description,
    error,
    required,
    optional,
    id,
    disabled,
    readOnly,
    maxCount,
    maxLength,
    resize = 'vertical',
    rows = 4,
    className,
    style,
    onChange,
    value,
    defaultValue,
    'aria-describedby': ariaDescribedBy,
    ...textareaProps
  } = props;

  const strings = useStrings();
  const limit = maxCount ?? maxLength;
  const hasLimit = typeof limit === 'number' && Number.isFinite(limit) && limit > 0;
  if (limit !== undefined && !hasLimit) {
    warnOnce('Textarea', `\`maxCount\`/\`maxLength\` must be a positive number; got ${String(limit)}. The counter is hidden.`);
  }

  const controlled = value !== undefined;
  const [uncontrolledLength, setUncontrolledLength] = useState(() => lengthOf(defaultValue));
  const length = controlled ? lengthOf(value) : uncontrolledLength;
  const remaining = hasLimit ? limit - length : 0;
  const over = hasLimit && remaining < 0;
  const counterText = hasLimit
    ? over
      ? strings.textarea.charactersOver(-remaining)
      : strings.textarea.charactersLeft(remaining)
    : undefined;

  // What the live region says. Empty until the user types, so nothing is read on page load;
  // updated only after typing pauses, so the count does not chatter on every key.
  const [announcement, setAnnouncement] = useState('');
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!typed || counterText === undefined) return undefined;
    const timer = setTimeout(() => setAnnouncement(counterText), TEXTAREA_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, counterText]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (!controlled) setUncontrolledLength(event.target.value.length);
    setTyped(true);
    onChange?.(event);
  };

  const necessity = required ? ({ required: true } as const) : ({ optional } as const);

  return (
    <Field
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      {...necessity}
      id={id}
      disabled={disabled}
      readOnly={readOnly}
      className={className}
      style={style}
      componentName="Textarea"
      counter={
        counterText === undefined ? undefined : (
          <span className={cx(styles.counter, over && styles.counterOver)} data-over={over || undefined}>
            {over && (
              <svg className={styles.counterIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M12 3 2 21h20L12 3Z" fill="currentColor" />
                <path d="M12 10v5M12 18v.01" fill="none" strokeWidth="2.4" strokeLinecap="round" className={styles.counterIconMark} />
              </svg>
            )}
            {counterText}
          </span>
        )
      }
    >
      {(field) => (
        <>
          <div
            className={control.controlBox}
            data-invalid={field['aria-invalid'] ?? (over || undefined)}
            data-disabled={disabled || undefined}
            data-readonly={readOnly || undefined}
          >
            <textarea
              ref={ref}
              rows={rows}
              maxLength={maxCount === undefined ? maxLength : undefined}
              data-gbg-control=""
              {...textareaProps}
              {...(controlled ? { value } : { defaultValue })}
              {...field}
              aria-describedby={joinIds(field['aria-describedby'], ariaDescribedBy)}
              onChange={handleChange}
              className={cx(control.control, styles.textarea, resize === 'none' && styles.noResize)}
            />
          </div>
          {hasLimit && (
            <div className={styles.liveRegion} aria-live="polite" aria-atomic="true">
              {announcement}
            </div>
          )}
        </>
      )}
    </Field>
  );
});
