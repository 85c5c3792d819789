'use client';
import { forwardRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useStrings } from '../../provider/hooks.js';
import { cx } from '../../internal/cx.js';
import { Field, joinIds, type FieldLabelProps } from '../Field/Field.js';
import * as control from '../Field/control.css.js';
import * as styles from './TextField.css.js';

/** Input types TextField supports. Dates, files, checkboxes and radios have their own components. */
export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'number' | 'password';

/** Visual width of the box, as a hint of the expected answer's length. */
export type TextFieldWidth = 'full' | 'lg' | 'md' | 'sm' | 'xs';

interface TextFieldOwnProps {
  /**
   * Input type. Use `email`, `tel` and `url` so phones show the right keyboard; for numbers that
   * are identifiers (postcode, personnummer) prefer `text` with `inputMode="numeric"`.
   * @default 'text'
   */
  type?: TextFieldType;
  /**
   * Text or element before the value (e.g. "https://"). Placed at the inline start, so it moves
   * to the right in right-to-left pages. Linked to the input with `aria-describedby`.
   */
  prefix?: ReactNode;
  /** Text or element after the value (e.g. "kr", "m²"). Linked with `aria-describedby`. */
  suffix?: ReactNode;
  /**
   * Width of the box. Match it to the expected answer (a postcode field should look short).
   * @default 'full'
   */
  width?: TextFieldWidth;
  /**
   * For `type="password"`: show a "Visa lösenord" toggle button so people can check what they
   * typed.
   * @default true
   */
  passwordToggle?: boolean;
}

export type TextFieldProps = TextFieldOwnProps &
  FieldLabelProps &
  Omit<
    ComponentPropsWithoutRef<'input'>,
    keyof TextFieldOwnProps | keyof FieldLabelProps | 'required' | 'children'
  >;

/**
 * A single-line text input with label, description, error and prefix/suffix, wired by `Field`.
 *
 * `ref` goes to the `<input>`; `className` and `style` go to the outer wrapper so layout can be
 * set from outside. Every other prop (`name`, `value`, `autoComplete`, `inputMode`…) goes to the
 * `<input>`.
 *
 * Usage rule: one question per field, a visible label that says what to enter, and
 * `autoComplete` set for personal data (`given-name`, `email`, `tel`, `postal-code`…).
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(props, ref) {
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
    type = 'text',
    prefix,
    suffix,
    width = 'full',
    passwordToggle = true,
    className,
    style,
    'aria-describedby': ariaDescribedBy,
    ...inputProps
  } = props;

  const strings = useStrings();
  const [revealed, setRevealed] = useState(false);
  const isPassword = type === 'password';
  const showToggle = isPassword && passwordToggle;
  const effectiveType = isPassword && revealed ? 'text' : type;

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
      componentName="TextField"
    >
      {(field) => {
        const prefixId = prefix != null ? `${field.id}-prefix` : undefined;
        const suffixId = suffix != null ? `${field.id}-suffix` : undefined;
        return (
          <div
            className={cx(control.controlBox, control.controlWidth[width])}
            data-invalid={field['aria-invalid']}
            data-disabled={disabled || undefined}
            data-readonly={readOnly || undefined}
          >
            {prefix != null && (
              <span id={prefixId} className={control.affix}>
                {/* bdi: "https://" keeps its own direction inside a right-to-left page */}
                <bdi>{prefix}</bdi>
              </span>
            )}
            <input
              ref={ref}
              type={effectiveType}
              data-gbg-control=""
              {...inputProps}
              {...field}
              aria-describedby={joinIds(field['aria-describedby'], prefixId, suffixId, ariaDescribedBy)}
              className={control.control}
            />
            {suffix != null && (
              <span id={suffixId} className={control.affix}>
                {/* bdi: "https://" keeps its own direction inside a right-to-left page */}
                <bdi>{suffix}</bdi>
              </span>
            )}
            {showToggle && (
              <button
                type="button"
                className={styles.toggle}
                aria-pressed={revealed}
                aria-controls={field.id}
                disabled={disabled}
                onClick={() => setRevealed((value) => !value)}
              >
                {strings.textField.showPassword}
              </button>
            )}
          </div>
        );
      }}
    </Field>
  );
});
