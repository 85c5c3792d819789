'use client';
import { forwardRef, useMemo, type ReactNode } from 'react';
import { Fieldset, type FieldsetProps } from '../Fieldset/Fieldset.js';
import { CheckboxGroupContext, type CheckboxGroupContextValue } from '../../form/groupContext.js';
import { useControllableState } from '../../internal/useControllableState.js';
import type { DistributiveOmit } from '../../internal/types.js';

interface CheckboxGroupOwnProps {
  /**
   * `name` given to every checkbox in the group (each submits its own `value`).
   * @sv `name` för varje kryssruta i gruppen.
   */
  name?: string;
  /**
   * Checked values (controlled). Pair with `onChange`.
   * @sv Valda värden (kontrollerat). Använd med `onChange`.
   */
  value?: readonly string[];
  /**
   * Checked values at first render (uncontrolled).
   * @sv Valda värden vid första renderingen (okontrollerat).
   * @default []
   */
  defaultValue?: readonly string[];
  /**
   * Called with the new list of checked values, in the order the boxes were checked.
   * @sv Anropas med den nya listan av valda värden.
   */
  onChange?: (value: string[]) => void;
  /**
   * Disables every checkbox in the group.
   * @sv Inaktiverar alla kryssrutor i gruppen.
   * @default false
   */
  disabled?: boolean;
  /**
   * `Checkbox` elements, each with a `value`.
   * @sv `Checkbox`-element, var och en med ett `value`.
   */
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
  const { name, value, defaultValue, onChange, disabled = false, children, ...fieldsetProps } = props;

  const [current, setCurrent] = useControllableState<readonly string[]>({
    value,
    defaultValue: defaultValue ?? [],
    onChange: onChange as ((next: readonly string[]) => void) | undefined,
  });

  // Error, disabled and the group's error id reach every box through the Fieldset's group
  // context (useFormField); this context only carries the shared value.
  const context = useMemo<CheckboxGroupContextValue>(
    () => ({
      name,
      value: current,
      toggle: (item, checked) =>
        setCurrent((list) =>
          checked ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((existing) => existing !== item),
        ),
    }),
    [name, current, setCurrent],
  );

  return (
    <Fieldset ref={ref} disabled={disabled || undefined} componentName="CheckboxGroup" {...fieldsetProps}>
      <CheckboxGroupContext.Provider value={context}>{children}</CheckboxGroupContext.Provider>
    </Fieldset>
  );
});
