'use client';
import { useState, type FocusEvent, type ReactNode, type Ref } from 'react';
import { Fieldset, type FieldsetProps } from '../components/Fieldset/Fieldset.js';
import { error as groupErrorClass } from '../components/Fieldset/Fieldset.css.js';
import { FieldError } from '../form/parts.js';
import { useControllableState } from '../internal/useControllableState.js';
import { useSafeId } from '../internal/useSafeId.js';
import { warnOnce } from '../internal/warn.js';
import type { DistributiveOmit } from '../internal/types.js';
import { PartInput } from './PartInput.js';
import * as styles from './partGroup.css.js';

/** What a part group's parser answers (`parseDateParts`, `parseTimeParts`). */
export type PartGroupResult<Part extends string, Key extends string> =
  | { ok: true }
  | { ok: false; messageKey: Key | 'empty'; errors: ReadonlyArray<{ part: Part }> };

export type PartGroupProps<Part extends string, Key extends string, Result extends PartGroupResult<Part, Key>> = DistributiveOmit<
  FieldsetProps,
  'legend' | 'hideLegend' | 'componentName' | 'children' | 'onChange' | 'defaultValue' | 'description' | 'error' | 'id'
> & {
  /** The public component's name, for warnings and the field mechanism. */
  component: string;
  fieldsetRef: Ref<HTMLFieldSetElement>;
  /** The generated id's prefix (`gbg-date`). */
  idPrefix: string;
  id?: string | undefined;
  label: ReactNode;
  hideLabel?: boolean | undefined;
  description?: ReactNode;
  error?: ReactNode;
  invalidParts?: readonly Part[] | undefined;
  name?: string | undefined;
  /** The parts in reading order; each is labelled by `strings[part]`. */
  parts: readonly Part[];
  /** The part with four digits (the year); the others have two. */
  longPart?: Part;
  /** The `autocomplete` token of each part. */
  autoComplete?: ((part: Part) => string) | undefined;
  /** The component's dictionary section: a label per part, an error per message key. */
  strings: Record<Part, string> & { errors: Record<Key, string> };
  /** Fills in an own error message (DateInput's limits). */
  format?: (message: string) => string;
  /** Shown between the parts and hidden from screen readers (":" of a time). */
  separator?: string;
  value?: Record<Part, string> | undefined;
  defaultValue?: Record<Part, string> | undefined;
  empty: Record<Part, string>;
  parse: (value: Record<Part, string>) => Result;
  /** A whole value typed or pasted into one part, spread over all parts; `null` if it is not one. */
  spread: (part: Part, text: string) => Record<Part, string> | null;
  /** The valid value as one string: the hidden input's value and `onChange`'s second argument. */
  text: (result: Result) => string;
  onChange?: ((value: Record<Part, string>, text: string | null) => void) | undefined;
  onValidate?: ((result: Result) => void) | undefined;
  validateOnBlur?: boolean | undefined;
  disabled?: boolean | undefined;
  readOnly?: boolean | undefined;
  /**
   * Development warnings for a `value` that is not an object and for unknown `invalidParts`;
   * `undefined` in production builds, so the texts are not shipped.
   */
  warnings: { value: string; invalidParts: string } | undefined;
};

/**
 * The one mechanism of DateInput and TimeInput: short numeric parts in a `<fieldset>` under one
 * question, with one description and one error for the group. Validates when focus leaves the
 * group (never while typing; an empty group is no error until submit), clears its own error as
 * soon as the parts are right, and marks only the wrong parts invalid.
 */
export function PartGroup<Part extends string, Key extends string, Result extends PartGroupResult<Part, Key>>(
  props: PartGroupProps<Part, Key, Result>,
) {
  const {
    component,
    fieldsetRef,
    idPrefix,
    id: idProp,
    label,
    hideLabel = false,
    description,
    error,
    invalidParts,
    name,
    parts,
    longPart,
    autoComplete,
    strings,
    format = (message) => message,
    separator,
    value,
    defaultValue,
    empty,
    parse,
    spread,
    text,
    onChange,
    onValidate,
    validateOnBlur = true,
    disabled = false,
    readOnly = false,
    warnings,
    onBlur,
    ...rest
  } = props;
  // Left in `rest` for the Fieldset: `required` and `optional` are one union (never both).
  const required = Boolean(props.required);
  const id = useSafeId(idProp, idPrefix);
  const [current, setCurrent] = useControllableState<Record<Part, string>>({ value, defaultValue: defaultValue ?? empty, onChange: undefined });
  // The component's own finding on blur: the message key and the wrong parts.
  const [own, setOwn] = useState<{ key: Key; parts: Part[] } | null>(null);

  if (warnings) {
    if (value !== undefined && (typeof value !== 'object' || value === null)) warnOnce(component, warnings.value);
    if (invalidParts?.some((part) => !parts.includes(part))) warnOnce(component, warnings.invalidParts);
  }

  const safe = typeof current === 'object' && current ? current : empty;
  const result = parse(safe);

  const update = (part: Part, typed: string) => {
    const next = spread(part, typed) ?? { ...safe, [part]: typed };
    setCurrent(next);
    const nextResult = parse(next);
    // Reward early: a shown error goes as soon as the value is right; a new one waits for blur.
    if (own && nextResult.ok) setOwn(null);
    onChange?.(next, nextResult.ok ? text(nextResult) : null);
  };

  const handleBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    onBlur?.(event);
    // Moving between the parts is not leaving the group.
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    if (validateOnBlur) {
      setOwn(result.ok || result.messageKey === 'empty' ? null : { key: result.messageKey as Key, parts: result.errors.map((e) => e.part) });
    }
    onValidate?.(result);
  };

  const hasOuterError = error !== undefined && error !== null && error !== false && error !== '';
  const shownError = hasOuterError ? error : own ? format(strings.errors[own.key]) : undefined;
  const wrong: readonly Part[] = hasOuterError ? (invalidParts ?? parts) : (own?.parts ?? []);
  const errorId = shownError ? `${id}-error` : undefined;

  return (
    <Fieldset
      ref={fieldsetRef}
      {...rest}
      id={id}
      legend={label}
      hideLegend={hideLabel}
      description={description}
      // The error is not the group's: only the wrong parts refer to it and say they are
      // invalid (a fieldset cannot carry aria-invalid, and a valid part must not claim to be wrong).
      disabled={disabled || undefined}
      componentName={component}
      onBlur={handleBlur}
    >
      {shownError && (
        <FieldError id={errorId} className={groupErrorClass}>
          {shownError}
        </FieldError>
      )}
      <div className={styles.parts}>
        {parts.map((part, index) => [
          separator && index > 0 && (
            <span key={`separator-${index}`} className={styles.separator} aria-hidden="true">
              {separator}
            </span>
          ),
          <PartInput
            key={part}
            id={`${id}-${part}`}
            name={name ? `${name}-${part}` : undefined}
            label={strings[part]}
            value={safe[part] ?? ''}
            onValueChange={(typed) => update(part, typed)}
            invalid={wrong.includes(part)}
            groupErrorId={errorId}
            digits={part === longPart ? 4 : 2}
            autoComplete={autoComplete?.(part)}
            component={component}
            required={required}
            readOnly={readOnly}
            disabled={disabled}
          />,
        ])}
      </div>
      {name && <input type="hidden" name={name} value={result.ok ? text(result) : ''} />}
    </Fieldset>
  );
}
