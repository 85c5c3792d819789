'use client';
import { forwardRef, useCallback, useMemo, useState, type ReactNode } from 'react';
import { Fieldset, type FieldsetProps } from '../Fieldset/Fieldset.js';
import { CheckboxGroupContext, type CheckboxGroupContextValue } from '../Checkbox/groupContext.js';
import type { DistributiveOmit } from '../../internal/types.js';

interface CheckboxGroupOwnProps {
  /** `name` given to every checkbox in the group (each submits its own `value`). */
  name?: string;
  /** Checked values (controlled). Pair with `onChange`. */
  value?: readonly string[];
  /** Checked values at first render (uncontrolled). @default [] */
  defaultValue?: readonly string[];
  /** Called with the new list of checked values, in the order the boxes were checked. */
  onChange?: (value: string[]) => void;
  /** Disables every checkbox in the group. @default false */
  disabled?: boolean;
  /** `Checkbox` elements, each with a `value`. */
  children?: ReactNode;
}

export type CheckboxGroupProps = CheckboxGroupOwnProps &
  DistributiveOmit<FieldsetProps, keyof CheckboxGroupOwnProps | 'componentName' | 'defaultChecked'>;

/**
 * A group of checkboxes under one question: `<fieldset>` + `<legend>`, description and error
 * wired to the group. Controlled (`value` + `onChange`) or uncontrolled (`defaultValue`).
 *
 * `ref` goes to the `<fieldset>`.
 *
 * Usage rule: for "choose any that apply"; say so in the legend or description ("Välj alla som
 * stämmer"). For exactly one choice, use `RadioGroup`.
 */
export const CheckboxGroup = forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(function CheckboxGroup(
  props,
  ref,
) {
  const { name, value, defaultValue, onChange, disabled = false, children, error, ...fieldsetProps } = props;

  const controlled = value !== undefined;
  const [uncontrolled, setUncontrolled] = useState<readonly string[]>(defaultValue ?? []);
  const current = controlled ? value : uncontrolled;

  const toggle = useCallback(
    (item: string, checked: boolean) => {
      const next = checked
        ? current.includes(item)
          ? [...current]
          : [...current, item]
        : current.filter((existing) => existing !== item);
      if (!controlled) setUncontrolled(next);
      onChange?.(next);
    },
    [controlled, current, onChange],
  );

  const invalid = error !== undefined && error !== null && error !== false && error !== '';
  const context = useMemo<CheckboxGroupContextValue>(
    () => ({ name, value: current, toggle, invalid, errorId: undefined, disabled }),
    [name, current, toggle, invalid, disabled],
  );

  return (
    <Fieldset ref={ref} error={error} disabled={disabled || undefined} componentName="CheckboxGroup" {...fieldsetProps}>
      <CheckboxGroupContext.Provider value={context}>{children}</CheckboxGroupContext.Provider>
    </Fieldset>
  );
});
