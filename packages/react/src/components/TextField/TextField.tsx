'use client';
import { forwardRef, useState, type ReactNode } from 'react';
import { useSectionStrings } from '../../provider/hooks.js';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { textFieldStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import * as control from '../../form/control.css.js';
import { Field, type FieldComponentProps, type FieldLabelProps } from '../Field/Field.js';
import * as styles from './TextField.css.js';

/** Input types TextField supports. Dates, files, checkboxes and radios have their own components. */
export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'number' | 'password';

/** Visual width of the box, as a hint of the expected answer's length. */
export type TextFieldWidth = 'full' | 'lg' | 'md' | 'sm' | 'xs';

interface TextFieldOwnProps {
  /**
   * Input type. Use `email`, `tel` and `url` so phones show the right keyboard; for numbers that
   * are identifiers (postcode, personnummer) prefer `text` with `inputMode="numeric"`.
   * @sv Typ av inmatning. Använd `email`, `tel` och `url` så att mobilen visar rätt tangentbord.
   * @default 'text'
   */
  type?: TextFieldType;
  /**
   * Text or element before the value (e.g. "https://"). Placed at the inline start, so it moves
   * to the right in right-to-left pages. Linked to the input with `aria-describedby`.
   * @sv Text eller element före värdet (t.ex. "https://"), kopplat med `aria-describedby`.
   */
  prefix?: ReactNode;
  /**
   * Text or element after the value (e.g. "kr", "m²"). Linked with `aria-describedby`.
   * @sv Text eller element efter värdet (t.ex. "kr", "m²"), kopplat med `aria-describedby`.
   */
  suffix?: ReactNode;
  /**
   * Width of the box. Match it to the expected answer (a postcode field should look short).
   * @sv Rutans bredd. Anpassa den till det väntade svaret.
   * @default 'full'
   */
  width?: TextFieldWidth;
  /**
   * For `type="password"`: show a "Visa lösenord" toggle button so people can check what they
   * typed.
   * @sv För `type="password"`: visar knappen "Visa lösenord".
   * @default true
   */
  passwordToggle?: boolean;
}

export type TextFieldProps = FieldComponentProps<TextFieldOwnProps, 'input', 'children'>;

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
  const { type = 'text', prefix, suffix, width = 'full', passwordToggle = true, ...others } = props;
  const [field, inputProps] = splitFieldProps(others);

  const strings = { textField: useSectionStrings(textFieldStrings) };
  const [revealed, setRevealed] = useState(false);
  const announce = useAnnounce();
  // The button's name stays "Visa lösenord" and aria-pressed carries the state (APG toggle
  // button); the state is also said in words, since focus stays on the button while the input
  // beside it changes.
  const toggleRevealed = () => {
    const next = !revealed;
    setRevealed(next);
    announce(next ? strings.textField.passwordShown : strings.textField.passwordHidden);
  };
  const isPassword = type === 'password';
  const showToggle = isPassword && passwordToggle;
  const effectiveType = isPassword && revealed ? 'text' : type;
  const hasPrefix = prefix != null;
  const hasSuffix = suffix != null;
  // Only a control with parts beside it needs the wrapper box; alone, the input is the box.
  const boxed = hasPrefix || hasSuffix || showToggle;

  return (
    <Field {...(field as FieldLabelProps)} parts={[hasPrefix && 'prefix', hasSuffix && 'suffix']} componentName="TextField">
      {(wiring) => {
        const input = (
          <input
            ref={ref}
            type={effectiveType}
            data-gbg-control=""
            {...inputProps}
            {...wiring}
            className={boxed ? control.control : cx(control.controlSolo, control.controlWidth[width])}
          />
        );
        if (!boxed) return input;
        return (
          <div
            className={cx(control.controlBox, control.controlWidth[width])}
            data-invalid={wiring['aria-invalid']}
            data-disabled={wiring.disabled}
            data-readonly={wiring.readOnly}
          >
            {hasPrefix && (
              <span id={`${wiring.id}-prefix`} className={control.affix}>
                {/* bdi: "https://" keeps its own direction inside a right-to-left page */}
                <bdi>{prefix}</bdi>
              </span>
            )}
            {input}
            {hasSuffix && (
              <span id={`${wiring.id}-suffix`} className={control.affix}>
                <bdi>{suffix}</bdi>
              </span>
            )}
            {showToggle && (
              <button
                type="button"
                className={styles.toggle}
                aria-pressed={revealed}
                aria-controls={wiring.id}
                disabled={wiring.disabled}
                onClick={toggleRevealed}
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
