'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { Field, joinIds, type FieldLabelProps } from '../Field/Field.js';
import * as control from '../Field/control.css.js';
import * as styles from './Select.css.js';

/** One choice in a `Select`. */
export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

interface SelectOwnProps {
  /**
   * The choices. Alternatively pass `<option>`/`<optgroup>` elements as children (not both).
   * More than about 15 choices? Consider a searchable field; fewer than 5? Use `RadioGroup`.
   */
  options?: readonly SelectOption[];
  /** `<option>`/`<optgroup>` elements, when `options` is not enough. */
  children?: ReactNode;
  /**
   * Text of a first, empty choice ("Välj stadsdel"), for when there is no sensible default.
   * Its value is `''`, so a required check can tell that nothing was chosen.
   */
  placeholder?: string;
  /**
   * Width of the box, matched to the longest choice.
   * @default 'full'
   */
  width?: 'full' | 'lg' | 'md' | 'sm' | 'xs';
}

export type SelectProps = SelectOwnProps &
  FieldLabelProps &
  Omit<
    ComponentPropsWithoutRef<'select'>,
    keyof SelectOwnProps | keyof FieldLabelProps | 'required' | 'multiple'
  >;

/**
 * A native `<select>` (keyboard, screen readers and mobile pickers work as users expect), styled,
 * with label, description and error wired by `Field`.
 *
 * `ref` goes to the `<select>`; `className` and `style` go to the outer wrapper.
 *
 * Usage rule: 5–15 choices where only one can be chosen. Fewer: `RadioGroup` (all choices
 * visible). Several may be chosen: `CheckboxGroup`.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(props, ref) {
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
    options,
    children,
    placeholder,
    width = 'full',
    className,
    style,
    'aria-describedby': ariaDescribedBy,
    ...selectProps
  } = props;

  if (options && children) {
    warnOnce('Select', 'pass the choices either as `options` or as `<option>` children, not both; `options` is used.');
  }
  if (!options && !children) {
    warnOnce('Select', 'has no choices; pass `options` or `<option>` children.');
  }
  if (readOnly) {
    // A native select cannot be read-only; it would still open. Disabling it would drop the value
    // from the form, so we block changes and keep the value.
    warnOnce('Select', '`readOnly` is emulated (changes are blocked); consider showing the value as text.');
  }

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
      className={className}
      style={style}
      componentName="Select"
    >
      {(field) => (
        <div
          className={cx(control.controlBox, control.controlWidth[width], styles.box)}
          data-invalid={field['aria-invalid']}
          data-disabled={disabled || undefined}
          data-readonly={readOnly || undefined}
        >
          <select
            ref={ref}
            data-gbg-control=""
            {...selectProps}
            {...field}
            aria-readonly={readOnly || undefined}
            aria-describedby={joinIds(field['aria-describedby'], ariaDescribedBy)}
            className={cx(control.control, styles.select)}
            onChange={
              readOnly
                ? (event) => {
                    event.preventDefault();
                  }
                : selectProps.onChange
            }
            onKeyDown={
              readOnly
                ? (event) => {
                    // Keep Tab for moving on; block keys that would change the choice.
                    if (event.key !== 'Tab') event.preventDefault();
                    selectProps.onKeyDown?.(event);
                  }
                : selectProps.onKeyDown
            }
            onMouseDown={
              readOnly
                ? (event) => {
                    event.preventDefault();
                    selectProps.onMouseDown?.(event);
                  }
                : selectProps.onMouseDown
            }
          >
            {placeholder !== undefined && <option value="">{placeholder}</option>}
            {options
              ? options.map((option) => (
                  <option key={option.value} value={option.value} disabled={option.disabled}>
                    {option.label}
                  </option>
                ))
              : children}
          </select>
          <svg className={styles.chevron} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </div>
      )}
    </Field>
  );
});
