'use client';
import {
  createContext,
  forwardRef,
  useContext,
  useId,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { useStrings } from '../../provider/hooks.js';
import { warnOnce } from '../../internal/warn.js';
import { cx } from '../../internal/cx.js';
import * as styles from './Field.css.js';

/**
 * How a field is marked. Mark EITHER the required fields OR the optional ones on a page (GOV.UK
 * and the city's e-services mark the few optional ones). Both at once is a type error.
 */
export type FieldNecessity =
  | {
      /**
       * Marks the field as required: the word "obligatoriskt"/"required" is shown after the label
       * and `aria-required` is set on the control. Validation stays yours (no native bubble).
       * @default false
       */
      required: true;
      optional?: false;
    }
  | {
      required?: false;
      /**
       * Marks the field as optional: the word "valfritt"/"optional" is shown after the label.
       * Use it when most fields in the form are required.
       * @default false
       */
      optional?: boolean;
    };

/** The props a control must spread to be wired to its `Field`. */
export interface FieldControlProps {
  /** The control's id; the `<label>` points at it. */
  id: string;
  /** Description, error and counter ids, in reading order (undefined when there is none). */
  'aria-describedby': string | undefined;
  /** `true` while the field shows an error. */
  'aria-invalid': true | undefined;
  /** `true` when the field is marked required. */
  'aria-required': true | undefined;
  /** Mirrors `Field`'s `disabled`. */
  disabled: boolean | undefined;
  /** Mirrors `Field`'s `readOnly`. */
  readOnly: boolean | undefined;
}

/** Everything a control (or a component built on `Field`) may need to know about its field. */
export interface FieldContextValue {
  controlId: string;
  labelId: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  counterId: string | undefined;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
  readOnly: boolean;
  /** Ready-made props for the control: `<input {...field.controlProps} />`. */
  controlProps: FieldControlProps;
}

const FieldContext = createContext<FieldContextValue | null>(null);

/**
 * The nearest `Field`'s ids and state, or `null` outside a `Field`. Use it to build a control that
 * can sit inside `<Field>` without a render prop.
 */
export function useField(): FieldContextValue | null {
  return useContext(FieldContext);
}

/** Joins id lists for `aria-describedby`, dropping empty parts; `undefined` when nothing is left. */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ').trim();
  return joined === '' ? undefined : joined;
}

/** True when a label would render as nothing (undefined, null, false, '' or whitespace). */
export function isEmptyLabel(label: ReactNode): boolean {
  if (label === undefined || label === null || label === false) return true;
  if (typeof label === 'string') return label.trim() === '';
  return false;
}

interface FieldOwnProps {
  /**
   * The visible label. Always required: placeholders are not labels. Hide it visually only when
   * the context makes the purpose obvious (see `hideLabel`).
   */
  label: ReactNode;
  /**
   * Hides the label visually but keeps it for screen readers. Use sparingly (e.g. a search field
   * next to a "Sök" button); a visible label helps everyone.
   * @default false
   */
  hideLabel?: boolean;
  /** Help text under the label: format, example, why we ask. Linked with `aria-describedby`. */
  description?: ReactNode;
  /**
   * Error message. When set, the control gets `aria-invalid` and the message (icon + text) is
   * linked with `aria-describedby`. Say what went wrong and how to fix it ("Ange ett
   * postnummer med fem siffror"), not just "Fel".
   */
  error?: ReactNode;
  /**
   * Counter text shown under the control (e.g. "120 tecken kvar"), linked with
   * `aria-describedby`. `Textarea` sets it for you.
   */
  counter?: ReactNode;
  /**
   * Id of the control. Defaults to an id from `useId` (stable between server and client). Set it
   * when something else must link to the control, e.g. an ErrorSummary entry (`href="#id"`).
   */
  id?: string;
  /**
   * Disables the control (passed on through `controlProps`). Prefer read-only when the value
   * must still be read and submitted.
   * @default false
   */
  disabled?: boolean;
  /** Makes the control read-only (passed on through `controlProps`). @default false */
  readOnly?: boolean;
  /**
   * The control. Either a render function that receives the props to spread on the control, or
   * elements that read them with `useField()` (TextField, Textarea and Select do this).
   */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
  /**
   * Component name used in development warnings, set by components built on `Field`
   * (e.g. "TextField"), so the warning names what the developer wrote.
   * @default 'Field'
   */
  componentName?: string;
  /** Extra ids appended to the control's `aria-describedby` (e.g. a caller's own hint). */
  'aria-describedby'?: string;
}

/**
 * The label-related props every control built on `Field` accepts (TextField, Textarea, Select,
 * and H8's SearchField/PersonnummerField). Spread them on `<Field>`.
 */
export type FieldLabelProps = Pick<
  FieldOwnProps,
  'label' | 'hideLabel' | 'description' | 'error' | 'id' | 'disabled' | 'readOnly'
> &
  FieldNecessity;

export type FieldProps = FieldOwnProps &
  FieldNecessity &
  Omit<ComponentPropsWithoutRef<'div'>, keyof FieldOwnProps | 'children'>;

/**
 * Wires a label, description, error message and counter to one form control: ids from `useId`,
 * `aria-describedby`, `aria-invalid`, and required/optional written in words.
 *
 * Usage rule: every form control has exactly one visible label; state is never shown by colour
 * alone (the error has an icon and text).
 */
export const Field = forwardRef<HTMLDivElement, FieldProps>(function Field(props, ref) {
  const {
    label,
    hideLabel = false,
    description,
    error,
    counter,
    id,
    disabled = false,
    readOnly = false,
    required = false,
    optional = false,
    children,
    componentName = 'Field',
    'aria-describedby': extraDescribedBy,
    className,
    ...rest
  } = props;

  const strings = useStrings();
  const autoId = useId();
  // React's ids contain ':' or '«»' (invalid in a CSS `#id` selector); keep only safe characters so
  // `href="#id"` and `querySelector` work for error summaries.
  const controlId = id ?? `gbg-field-${autoId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const hasDescription = !isEmptyLabel(description);
  const invalid = !isEmptyLabel(error);
  const hasCounter = !isEmptyLabel(counter);

  const labelId = `${controlId}-label`;
  const descriptionId = hasDescription ? `${controlId}-description` : undefined;
  const errorId = invalid ? `${controlId}-error` : undefined;
  const counterId = hasCounter ? `${controlId}-counter` : undefined;

  if (isEmptyLabel(label)) {
    warnOnce(
      componentName,
      'add a `label` (a visible text that says what to enter). A placeholder or a nearby heading is not a label; use `hideLabel` if it must be visually hidden.',
    );
  }
  if (required && optional) {
    warnOnce(componentName, '`required` and `optional` were both set; mark the field as one of them.');
  }

  const controlProps: FieldControlProps = {
    id: controlId,
    'aria-describedby': joinIds(descriptionId, errorId, counterId, extraDescribedBy),
    'aria-invalid': invalid ? true : undefined,
    'aria-required': required ? true : undefined,
    disabled: disabled || undefined,
    readOnly: readOnly || undefined,
  };

  const context: FieldContextValue = {
    controlId,
    labelId,
    descriptionId,
    errorId,
    counterId,
    invalid,
    required,
    disabled,
    readOnly,
    controlProps,
  };

  return (
    <FieldContext.Provider value={context}>
      <div
        ref={ref}
        className={cx(styles.root, className)}
        data-invalid={invalid || undefined}
        data-disabled={disabled || undefined}
        {...rest}
      >
        <label
          id={labelId}
          htmlFor={controlId}
          className={cx(styles.label, hideLabel && styles.visuallyHidden)}
        >
          {label}
          <NecessityMarker required={required} optional={optional && !required} />
        </label>
        {hasDescription && (
          <div id={descriptionId} className={styles.description}>
            {description}
          </div>
        )}
        {invalid && (
          <FieldError id={errorId} prefix={strings.field.errorPrefix}>
            {error}
          </FieldError>
        )}
        {typeof children === 'function' ? children(controlProps) : children}
        {hasCounter && (
          <div id={counterId} className={styles.counter}>
            {counter}
          </div>
        )}
      </div>
    </FieldContext.Provider>
  );
});

/**
 * The words after a label or legend: " (obligatoriskt)" or " (valfritt)". Shared with Fieldset,
 * CheckboxGroup and RadioGroup so every form marks fields the same way.
 */
export function NecessityMarker({ required, optional }: { required?: boolean; optional?: boolean }) {
  const strings = useStrings();
  if (!required && !optional) return null;
  const word = required ? strings.field.required : strings.field.optional;
  // The space sits outside the span so accessible-name algorithms keep it ("E-post (valfritt)").
  return (
    <>
      {' '}
      <span className={styles.necessity}>{`(${word})`}</span>
    </>
  );
}

/**
 * An error message: a warning icon plus text, with a visually hidden "Fel:" prefix so screen
 * readers announce it as an error even though the icon is hidden from them. Text stays
 * black/white; the icon and the field's border carry the state.
 */
export function FieldError({
  id,
  prefix,
  children,
}: {
  id: string | undefined;
  prefix: string;
  children: ReactNode;
}) {
  return (
    <p id={id} className={styles.error}>
      <svg
        className={styles.errorIcon}
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="12" r="10" fill="currentColor" />
        <path
          d="M12 7v6M12 16.5v.5"
          fill="none"
          strokeWidth="2.5"
          strokeLinecap="round"
          className={styles.errorIconMark}
        />
      </svg>
      <span>
        <span className={styles.visuallyHidden}>{prefix}</span> {children}
      </span>
    </p>
  );
}
