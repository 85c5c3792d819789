'use client';
import { forwardRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import * as control from '../../form/control.css.js';
import { Field, type FieldComponentProps, type FieldLabelProps } from '../Field/Field.js';
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
   * @sv Valen. Alternativt `<option>`-element som barn (inte båda).
   */
  options?: readonly SelectOption[];
  /**
   * `<option>`/`<optgroup>` elements, when `options` is not enough.
   * @sv `<option>`/`<optgroup>`-element när `options` inte räcker.
   */
  children?: ReactNode;
  /**
   * Text of a first, empty choice ("Välj stadsdel"), for when there is no sensible default.
   * Its value is `''`, so a required check can tell that nothing was chosen.
   * @sv Text för ett första, tomt val ("Välj stadsdel") när inget val är ett rimligt förval.
   */
  placeholder?: string;
  /**
   * Width of the box, matched to the longest choice.
   * @sv Rutans bredd, anpassad till det längsta valet.
   * @default 'full'
   */
  width?: 'full' | 'lg' | 'md' | 'sm' | 'xs';
}

export type SelectProps = FieldComponentProps<SelectOwnProps, 'select', 'multiple'>;

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
  const { options, children, placeholder, width = 'full', ...others } = props;
  const [field, selectProps] = splitFieldProps(others);
  const { readOnly } = field;

  if (options && children) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Select', 'pass the choices either as `options` or as `<option>` children, not both; `options` is used.');
  }
  if (options && !Array.isArray(options)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Select', '`options` must be an array of { value, label }; no choices were rendered.');
  } else if (options && options.length === 0 && placeholder === undefined) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Select', '`options` is empty, so there is nothing to choose; pass at least one { value, label }, or show the field only when there are choices.');
  } else if (options && options.length === 0) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Select', '`options` is empty: only the placeholder can be chosen; pass at least one { value, label }, or show the field only when there are choices.');
  }
  if (!options && !children) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Select', 'has no choices; pass `options` or `<option>` children.');
  }
  if (readOnly) {
    // A native select cannot be read-only; it would still open. Disabling it would drop the value
    // from the form, so we block changes and keep the value.
    if (process.env.NODE_ENV !== 'production') warnOnce('Select', '`readOnly` is emulated (changes are blocked); consider showing the value as text.');
  }
  const list = Array.isArray(options) ? options : undefined;
  // An empty list still renders one empty choice, so the select is not a blank, zero-width box.
  const showPlaceholder = placeholder !== undefined || (list !== undefined && list.length === 0);

  return (
    <Field {...(field as FieldLabelProps)} readOnly={undefined} componentName="Select">
      {(wiring) => (
        <div
          className={cx(control.controlBox, control.controlWidth[width], styles.box)}
          data-invalid={wiring['aria-invalid']}
          data-disabled={wiring.disabled}
          data-readonly={readOnly || undefined}
        >
          <select
            ref={ref}
            data-gbg-control=""
            {...selectProps}
            {...wiring}
            aria-readonly={readOnly || undefined}
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
            {showPlaceholder && <option value="">{placeholder ?? ''}</option>}
            {list
              ? list.map((option) => (
                  <option key={option.value} value={option.value} disabled={option.disabled}>
                    {option.label}
                  </option>
                ))
              : options
                ? null
                : children}
          </select>
        </div>
      )}
    </Field>
  );
});
