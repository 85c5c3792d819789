'use client';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useSectionStrings } from '../provider/hooks.js';
import { fieldStrings } from '../i18n/sections.js';
import { cx } from '../internal/cx.js';
import * as styles from './field.css.js';
import type { FormField } from './useFormField.js';

// The visible anatomy of a field, as parts: `Field` composes them, and teams that build their own
// control compose them with `useFormField` (which gives the ids). Each part renders one element
// and takes the id it is referenced by.

/**
 * The words after a label or legend: " (obligatoriskt)" or " (valfritt)". Every form marks
 * fields the same way.
 */
export function NecessityMarker({
  required,
  optional,
}: {
  /**
   * Shows " (obligatoriskt)" / " (required)". Wins over `optional`.
   * @sv Visar " (obligatoriskt)" / " (required)". Går före `optional`.
   * @default false
   */
  required?: boolean;
  /**
   * Shows " (valfritt)" / " (optional)" when the field is not required.
   * @sv Visar " (valfritt)" / " (optional)" när fältet inte är obligatoriskt.
   * @default false
   */
  optional?: boolean;
}) {
  const strings = useSectionStrings(fieldStrings);
  // The space sits outside the span so accessible-name algorithms keep it ("E-post (valfritt)").
  return required || optional ? (
    <>
      {' '}
      <span className={styles.necessity}>{`(${required ? strings.required : strings.optional})`}</span>
    </>
  ) : null;
}

export interface FieldLabelPartProps extends ComponentPropsWithoutRef<'label'> {
  /**
   * Marks the field as required in words ("obligatoriskt").
   * @sv Markerar fältet som obligatoriskt i ord ("obligatoriskt").
   * @default false
   */
  required?: boolean;
  /**
   * Marks the field as optional in words ("valfritt").
   * @sv Markerar fältet som valfritt i ord ("valfritt").
   * @default false
   */
  optional?: boolean;
  /**
   * Hides the label visually; screen readers still read it.
   * @sv Döljer etiketten visuellt; skärmläsare läser den ändå.
   * @default false
   */
  hidden?: boolean;
}

/** A field's `<label>` with the required/optional marker. Point `htmlFor` at the control. */
export function FieldLabel({ required, optional, hidden, className, children, ...rest }: FieldLabelPartProps) {
  return (
    <label className={cx(styles.label, hidden && styles.visuallyHidden, className)} {...rest}>
      {children}
      <NecessityMarker required={required} optional={optional} />
    </label>
  );
}

/** Help text of a field. Give it the `descriptionId` from `useFormField`. */
export function FieldDescription({ className, ...rest }: ComponentPropsWithoutRef<'div'>) {
  return <div className={cx(styles.description, className)} {...rest} />;
}

export interface FieldErrorProps extends Omit<ComponentPropsWithoutRef<'p'>, 'prefix'> {
  /** The message. Say what went wrong and how to fix it. @sv Meddelandet: vad som blev fel och hur det rättas. */
  children: ReactNode;
}

/**
 * An error message: the error icon plus text, with a visually hidden "Fel:" prefix so screen
 * readers announce it as an error (the icon is painted by the stylesheet, so no reader sees it;
 * that keeps the icon factory out of every field's JavaScript). Text stays
 * black/white; the icon and the field's border carry the state. Give it the `errorId` from
 * `useFormField`.
 */
export function FieldError({ className, children, ...rest }: FieldErrorProps) {
  const strings = useSectionStrings(fieldStrings);
  return (
    <p className={cx(styles.error, className)} {...rest}>
      <span>
        <span className={styles.visuallyHidden}>{strings.errorPrefix}</span> {children}
      </span>
    </p>
  );
}

/**
 * The text beside a choice (Checkbox, Radio, Switch): its label, then description and error as
 * the field gives them. One place, so every choice reads the same.
 */
export function ChoiceText({
  field,
  label,
  description,
  error,
  required,
  classNames,
}: {
  field: FormField;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  classNames: { label: string; description: string; error?: string };
}) {
  return (
    <>
      <label htmlFor={field.id} className={classNames.label}>
        {label}
        <NecessityMarker required={required} />
      </label>
      {field.hasDescription && (
        <FieldDescription id={field.descriptionId} className={classNames.description}>
          {description}
        </FieldDescription>
      )}
      {field.hasError && (
        <FieldError id={field.errorId} className={classNames.error}>
          {error}
        </FieldError>
      )}
    </>
  );
}
