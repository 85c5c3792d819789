import { createContext, useContext } from 'react';

/**
 * What a group (`Fieldset`, and so `CheckboxGroup` and `RadioGroup`) tells every control inside
 * it. `useFormField` reads it, so a group error reaches each control the same way: the control
 * gets `aria-invalid` and the group's error id in its `aria-describedby`.
 */
export interface FieldGroupContextValue {
  /** Id of the group's error message, or undefined when there is no error. */
  errorId: string | undefined;
  /** `true` while the group shows an error. */
  invalid: boolean;
  /** `true` when the whole group is disabled. */
  disabled: boolean;
}

// Pure: a bundle that imports only one of the two contexts drops the other.
export const FieldGroupContext = /* @__PURE__ */ createContext<FieldGroupContextValue | null>(null);

/** The nearest group's error and disabled state, or `null` outside one. */
export function useFieldGroup(): FieldGroupContextValue | null {
  return useContext(FieldGroupContext);
}

/** What a `CheckboxGroup` tells the checkboxes inside it (their shared value). */
export interface CheckboxGroupContextValue {
  name: string | undefined;
  /** Values of the checked boxes. */
  value: readonly string[];
  /** Checks or unchecks one value. */
  toggle: (value: string, checked: boolean) => void;
}

export const CheckboxGroupContext = /* @__PURE__ */ createContext<CheckboxGroupContextValue | null>(null);

/** The enclosing `CheckboxGroup`, or `null`. */
export function useCheckboxGroup(): CheckboxGroupContextValue | null {
  return useContext(CheckboxGroupContext);
}
