import { createContext, useContext } from 'react';

/** What a `CheckboxGroup` tells the checkboxes inside it. */
export interface CheckboxGroupContextValue {
  name: string | undefined;
  /** Values of the checked boxes. */
  value: readonly string[];
  /** Checks or unchecks one value. */
  toggle: (value: string, checked: boolean) => void;
  invalid: boolean;
  /** Id of the group's error message, so each box can point at it. */
  errorId: string | undefined;
  disabled: boolean;
}

export const CheckboxGroupContext = createContext<CheckboxGroupContextValue | null>(null);

/** The enclosing `CheckboxGroup`, or `null`. */
export function useCheckboxGroup(): CheckboxGroupContextValue | null {
  return useContext(CheckboxGroupContext);
}
