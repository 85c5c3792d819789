'use client';
import {
  createContext,
  forwardRef,
  useContext,
  useId,
  useMemo,
  useState,
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { isEmptyLabel, joinIds } from '../Field/Field.js';
import { Fieldset, type FieldsetProps } from '../Fieldset/Fieldset.js';
import * as styles from '../Checkbox/choice.css.js';

interface RadioGroupContextValue {
  name: string;
  value: string | undefined;
  select: (value: string) => void;
  invalid: boolean;
  disabled: boolean;
  required: boolean;
}

const RadioGroupContext = createContext<RadioGroupContextValue | null>(null);

interface RadioGroupOwnProps {
  /** `name` shared by the radios. Defaults to a generated one (still unique per group). */
  name?: string;
  /** Selected value (controlled). Pair with `onChange`. */
  value?: string;
  /** Selected value at first render (uncontrolled). Leave empty unless one answer is the safe default. */
  defaultValue?: string;
  /** Called with the newly selected value. */
  onChange?: (value: string) => void;
  /** Disables every radio in the group. @default false */
  disabled?: boolean;
  /** `Radio` elements. */
  children?: ReactNode;
}

export type RadioGroupProps = RadioGroupOwnProps &
  DistributiveOmit<FieldsetProps, keyof RadioGroupOwnProps | 'componentName' | 'defaultChecked'>;

/**
 * A group of native radio buttons under one question: `<fieldset>` + `<legend>`, description and
 * error wired to the group. Arrow keys move between the choices (native behaviour); Tab enters
 * and leaves the group. Controlled (`value` + `onChange`) or uncontrolled (`defaultValue`).
 *
 * `ref` goes to the `<fieldset>`.
 *
 * Usage rule: exactly one answer among 2–6 visible choices. Many choices: `Select`; a yes/no that
 * applies at once: `Switch`; any number of choices: `CheckboxGroup`.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(props, ref) {
  const { name, value, defaultValue, onChange, disabled = false, children, error, ...fieldsetProps } = props;
  const autoName = useId();
  const groupName = name ?? `gbg-radio-${autoName.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const controlled = value !== undefined;
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const current = controlled ? value : uncontrolled;
  const invalid = !isEmptyLabel(error);
  const required = Boolean((fieldsetProps as { required?: boolean }).required);

  const context = useMemo<RadioGroupContextValue>(
    () => ({
      name: groupName,
      value: current,
      select: (next) => {
        if (!controlled) setUncontrolled(next);
        onChange?.(next);
      },
      invalid,
      disabled,
      required,
    }),
    [groupName, current, controlled, onChange, invalid, disabled, required],
  );

  return (
    <Fieldset
      ref={ref}
      // A fieldset may carry the radiogroup role; unlike a plain group it can say required and
      // invalid to assistive technology.
      role="radiogroup"
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      error={error}
      disabled={disabled || undefined}
      componentName="RadioGroup"
      {...fieldsetProps}
    >
      <RadioGroupContext.Provider value={context}>{children}</RadioGroupContext.Provider>
    </Fieldset>
  );
});

interface RadioOwnProps {
  /** The visible label next to the circle. Required. */
  label: ReactNode;
  /** Help text under the label, linked with `aria-describedby`. */
  description?: ReactNode;
  /** The value the group gets when this radio is chosen. */
  value: string;
}

export type RadioProps = RadioOwnProps &
  Omit<
    ComponentPropsWithoutRef<'input'>,
    keyof RadioOwnProps | 'type' | 'children' | 'name' | 'checked' | 'defaultChecked'
  >;

/**
 * One choice in a `RadioGroup`: a native `<input type="radio">` with a custom-drawn circle.
 *
 * `ref` goes to the `<input>`; `className` and `style` go to the outer wrapper.
 */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(props, ref) {
  const { label, description, value, id, className, style, disabled, onChange, 'aria-describedby': ariaDescribedBy, ...inputProps } =
    props;
  const group = useContext(RadioGroupContext);
  const autoId = useId();
  const inputId = id ?? `gbg-radio-${autoId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const hasDescription = !isEmptyLabel(description);
  const descriptionId = hasDescription ? `${inputId}-description` : undefined;

  if (!group) {
    warnOnce('Radio', 'place every Radio inside a RadioGroup (it gives the radios their shared name and legend).');
  }
  if (isEmptyLabel(label)) {
    warnOnce('Radio', 'add a `label`: the text next to the circle is the choice.');
  }

  const isDisabled = Boolean(disabled) || Boolean(group?.disabled);
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.checked) group?.select(value);
    onChange?.(event);
  };

  return (
    <div className={cx(styles.root, className)} style={style} data-disabled={isDisabled || undefined}>
      <span className={styles.control}>
        <input
          ref={ref}
          type="radio"
          id={inputId}
          name={group?.name}
          value={value}
          className={styles.radioInput}
          {...(group ? { checked: group.value === value } : {})}
          disabled={isDisabled || undefined}
          data-invalid={group?.invalid || undefined}
          aria-describedby={joinIds(descriptionId, ariaDescribedBy)}
          onChange={handleChange}
          {...inputProps}
        />
        <svg className={styles.mark} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle className={styles.markCheck} cx="12" cy="12" r="6" fill="currentColor" />
        </svg>
      </span>
      <label htmlFor={inputId} className={styles.label}>
        <span>{label}</span>
      </label>
      {hasDescription && (
        <div id={descriptionId} className={styles.description}>
          {description}
        </div>
      )}
    </div>
  );
});
