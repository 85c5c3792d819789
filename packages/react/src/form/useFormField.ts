import type { ReactNode } from 'react';
import { useSafeId } from '../internal/useSafeId.js';
import { warnOnce } from '../internal/warn.js';
import { useFieldGroup } from './groupContext.js';
import { joinIds } from './joinIds.js';


/** True when a label or message would render as nothing (undefined, null, false, '' or whitespace). */
export function isEmptyLabel(label: ReactNode): boolean {
  if (label === undefined || label === null || label === false) return true;
  if (typeof label === 'string') return label.trim() === '';
  return false;
}

export interface FormFieldOptions {
  /** Component name for development warnings ("TextField"). */
  component: string;
  /** The consumer's id for the control; generated (and safe for `#id`) when left out. */
  id?: string | undefined;
  /** Prefix of a generated id. @default 'gbg-field' */
  idPrefix?: string;
  /** Help text; when not empty, its id is `<id>-description`. */
  description?: ReactNode;
  /** Error message; when not empty the control is invalid and its id is `<id>-error`. */
  error?: ReactNode;
  /** Whether a counter is shown (`<id>-counter`). */
  counter?: boolean;
  /** Other parts that describe the control, in reading order (`['prefix']` -> `<id>-prefix`). */
  parts?: ReadonlyArray<string | false | undefined>;
  /** Invalid without a message of its own (e.g. a Textarea over its limit). */
  invalid?: boolean;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  readOnly?: boolean | undefined;
  /**
   * The props the consumer put on the control. Their `aria-describedby` is kept (after ours);
   * `aria-invalid`/`aria-required` would break the wiring, so they lose, with a warning.
   */
  controlProps?: { 'aria-describedby'?: string | undefined; 'aria-invalid'?: unknown; 'aria-required'?: unknown };
  /** Set by groups themselves so a nested group does not inherit its parent's error. */
  ignoreGroup?: boolean;
  /**
   * Whether the element's role can carry `aria-invalid`/`aria-required` (inputs, radiogroup).
   * A plain `<fieldset>` (role group) cannot: its controls carry the state instead.
   * @default true
   */
  exposeState?: boolean;
}

/** The props a control spreads LAST: `<input {...own} {...consumer} {...field.controlProps} />`. */
export interface FormFieldControlProps {
  id: string;
  /** Description, error, group error, other parts, counter, then the consumer's own ids. */
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
  disabled: true | undefined;
  readOnly: true | undefined;
}

export interface FormField {
  /** The control's id. */
  id: string;
  labelId: string;
  /** Ids of the parts that are shown; undefined when a part is not. */
  descriptionId: string | undefined;
  errorId: string | undefined;
  counterId: string | undefined;
  /** Id of a named part (`partId('prefix')` -> `<id>-prefix`). */
  partId: (name: string) => string;
  /** Own error or the group's. */
  invalid: boolean;
  /** The control's own error is shown (the group's is shown by the group). */
  hasError: boolean;
  hasDescription: boolean;
  required: boolean;
  disabled: boolean;
  readOnly: boolean;
  controlProps: FormFieldControlProps;
}

/**
 * THE form-field mechanism. Every field-like control (and `Field`, `Fieldset`) gets its ids,
 * `aria-describedby` in reading order, `aria-invalid`, `aria-required`, disabled and read-only
 * from here, and so does every control inside a group with an error. Nothing else in the
 * library writes those attributes.
 *
 * Spread order, the same everywhere: own defaults, then the consumer's props, then
 * `controlProps` (consumer props win except for this wiring; a conflicting `aria-invalid` or
 * `aria-required` gets a development warning naming the prop to use instead).
 */
export function useFormField(options: FormFieldOptions): FormField {
  const {
    component,
    idPrefix = 'gbg-field',
    description,
    error,
    // Flags without `= false`: undefined reads the same (each use below is a truth test).
    counter,
    parts = [],
    required,
    readOnly,
    controlProps: consumer,
    ignoreGroup,
    exposeState = true,
  } = options;
  const id = useSafeId(options.id, idPrefix);
  const contextGroup = useFieldGroup();
  const group = ignoreGroup ? undefined : contextGroup;

  const hasDescription = !isEmptyLabel(description);
  const hasError = !isEmptyLabel(error);
  const groupErrorId = group?.invalid ? group.errorId : undefined;
  const invalid = hasError || Boolean(group?.invalid || options.invalid);
  const disabled = Boolean(options.disabled || group?.disabled);

  if (process.env.NODE_ENV !== 'production') {
    if (consumer?.['aria-invalid'] !== undefined) {
      warnOnce(component, '`aria-invalid` is set from `error`; pass the message as `error` instead of setting `aria-invalid` yourself.');
    }
    if (consumer?.['aria-required'] !== undefined) {
      warnOnce(component, '`aria-required` is set from `required`; use the `required` prop instead.');
    }
  }

  const partId = (name: string) => `${id}-${name}`;
  const descriptionId = hasDescription ? partId('description') : undefined;
  const errorId = hasError ? partId('error') : undefined;
  const counterId = counter ? partId('counter') : undefined;

  return {
    id,
    labelId: partId('label'),
    descriptionId,
    errorId,
    counterId,
    partId,
    invalid,
    hasError,
    hasDescription,
    required: Boolean(required),
    disabled,
    readOnly: Boolean(readOnly),
    controlProps: {
      id,
      'aria-describedby': joinIds(
        descriptionId,
        errorId,
        groupErrorId,
        ...parts.map((name) => name && partId(name)),
        counterId,
        consumer?.['aria-describedby'],
      ),
      // `|| undefined`: the attribute is left out rather than written as "false".
      'aria-invalid': (invalid && exposeState) || undefined,
      'aria-required': (Boolean(required) && exposeState) || undefined,
      disabled: disabled || undefined,
      readOnly: Boolean(readOnly) || undefined,
    },
  };
}
