import type { CSSProperties, ReactNode } from 'react';

/** The props of a field component that belong to its `Field` (label, help, error, state, box). */
export interface SplitFieldProps {
  label: ReactNode;
  hideLabel?: boolean | undefined;
  description?: ReactNode;
  error?: ReactNode;
  id?: string | undefined;
  disabled?: boolean | undefined;
  readOnly?: boolean | undefined;
  required?: boolean | undefined;
  optional?: boolean | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
  'aria-describedby'?: string | undefined;
}

type FieldKey = keyof SplitFieldProps;

// One string rather than an array literal: it is in every field's bundle.
const FIELD_KEYS = 'label hideLabel description error id disabled readOnly required optional className style aria-describedby'.split(' ');

/**
 * Splits a field component's props in two: what goes to its `Field` (label, description, error,
 * id, required/optional, disabled, read-only, the wrapper's className/style and the consumer's
 * `aria-describedby`) and the rest, which goes to the native control. One list, so no component
 * re-destructures and re-passes the field props by hand.
 */
export function splitFieldProps<P extends object>(props: P): [SplitFieldProps, Omit<P, FieldKey>] {
  const field: Record<string, unknown> = {};
  const rest: Record<string, unknown> = { ...(props as Record<string, unknown>) };
  for (const key of FIELD_KEYS) {
    if (key in rest) {
      field[key] = rest[key];
      delete rest[key];
    }
  }
  return [field as unknown as SplitFieldProps, rest as Omit<P, FieldKey>];
}
