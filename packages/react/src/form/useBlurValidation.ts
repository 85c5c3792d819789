'use client';
import { useState, type ChangeEvent, type FocusEvent } from 'react';

/** The shape every pure parse function of the library answers with (`parsePersonnummer` and the others). */
export interface ParseOutcome<Code extends string> {
  ok: boolean;
  error?: Code | undefined;
  normalized?: string | undefined;
}

export interface BlurValidationOptions<Code extends string, Result extends ParseOutcome<Code>> {
  /** The pure parser; called with the input's text. */
  parse: (text: string) => Result;
  /** Called with the full result on every blur. */
  onValidate?: ((result: Result) => void) | undefined;
  /** Rewrite a valid value on blur (uncontrolled inputs only), as `display(result)`. */
  normalizeOnBlur?: boolean | undefined;
  /** The text a valid value is rewritten to. @default result.normalized */
  display?: ((result: Result) => string | undefined) | undefined;
  /** The controlled value, if any: then the input is never rewritten here. */
  value?: unknown;
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  onChange?: ((event: ChangeEvent<HTMLInputElement>) => void) | undefined;
}

/**
 * Validation timing shared by the fields built on a pure parse function (personnummer,
 * organisation number, phone number, postcode): check on blur, never while typing; an empty field
 * is no error on blur (required is checked on submit); once an error shows, clear it as soon as
 * the value is right ("reward early, punish late"). Returns the current error code and the two
 * handlers. DatePicker and the part groups (DateInput, TimeInput) keep the same timing in their
 * own state, because they also validate on a pick or across several inputs.
 */
export function useBlurValidation<Code extends string, Result extends ParseOutcome<Code>>(
  options: BlurValidationOptions<Code, Result>,
) {
  const { parse, onValidate, normalizeOnBlur, display, value, onBlur, onChange } = options;
  const [errorCode, setErrorCode] = useState<Code | null>(null);

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const result = parse(input.value);
    setErrorCode(result.ok || result.error === 'empty' ? null : (result.error ?? null));
    const text = result.ok ? (display ? display(result) : result.normalized) : undefined;
    if (normalizeOnBlur && value === undefined && text !== undefined) input.value = text;
    onValidate?.(result);
    onBlur?.(event);
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (errorCode !== null && parse(event.currentTarget.value).ok) setErrorCode(null);
    onChange?.(event);
  };

  return { errorCode, handleBlur, handleChange };
}
