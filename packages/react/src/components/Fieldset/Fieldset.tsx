'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { FieldGroupContext, useFieldGroup, type FieldGroupContextValue } from '../../form/groupContext.js';
import { FieldError, NecessityMarker } from '../../form/parts.js';
import { isEmptyLabel, useFormField } from '../../form/useFormField.js';
import type { FieldNecessity } from '../Field/Field.js';
import * as styles from './Fieldset.css.js';

/** Size of the legend. Use `lg` when the group is the only question on the page. */
export type FieldsetSize = 'sm' | 'md' | 'lg';

/** What a group tells the controls inside it (its error and disabled state). */
export type FieldsetContextValue = FieldGroupContextValue;

/** The nearest `Fieldset`'s error and disabled state, or `null` outside one. */
export const useFieldset = useFieldGroup;

interface FieldsetOwnProps {
  /**
   * The group's question or heading, as a `<legend>`. Screen readers read it before each control
   * in the group. Required.
   * @sv Gruppens fråga eller rubrik, som `<legend>`. Krävs.
   */
  legend: ReactNode;
  /**
   * Hides the legend visually (still read by screen readers). Rarely right.
   * @sv Döljer förklaringen visuellt (skärmläsare läser den). Sällan rätt.
   * @default false
   */
  hideLegend?: boolean;
  /**
   * Legend size. `lg` when the group is the page's only question (the legend acts as heading);
   * `md` inside a longer form; `sm` for a sub-group.
   * @sv Storlek på förklaringen: `lg` när gruppen är sidans enda fråga.
   * @default 'md'
   */
  size?: FieldsetSize;
  /**
   * Help text under the legend, linked to the group with `aria-describedby`.
   * @sv Hjälptext under förklaringen, kopplad till gruppen med `aria-describedby`.
   */
  description?: ReactNode;
  /**
   * Error message for the group (icon + text), linked with `aria-describedby`. Say how to fix
   * it: "Välj minst ett alternativ".
   * @sv Felmeddelande för gruppen. Når varje kontroll i gruppen (`aria-invalid` och felets id).
   */
  error?: ReactNode;
  /**
   * Id of the `<fieldset>`. Set it when an error summary must link to the group.
   * @sv Id för `<fieldset>`. Sätt det när en felsammanfattning ska länka till gruppen.
   */
  id?: string;
  /**
   * The controls.
   * @sv Kontrollerna.
   */
  children?: ReactNode;
  /**
   * Component name used in development warnings, set by components built on Fieldset.
   * @sv Komponentnamnet i utvecklingsvarningar, för komponenter byggda på Fieldset.
   * @default 'Fieldset'
   */
  componentName?: string;
}

export type FieldsetProps = FieldsetOwnProps &
  FieldNecessity &
  Omit<ComponentPropsWithoutRef<'fieldset'>, keyof FieldsetOwnProps | 'required'>;

/**
 * A `<fieldset>` with `<legend>`, description and error: groups related controls under one
 * question ("Adress", "Vilka dagar passar?").
 *
 * Usage rule: use it for every group of radios or checkboxes and for fields that only make sense
 * together (an address); not as a visual box.
 */
export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(props, ref) {
  const {
    legend,
    hideLegend = false,
    size = 'md',
    description,
    error,
    id,
    required = false,
    optional = false,
    children,
    componentName = 'Fieldset',
    className,
    ...rest
  } = props;

  const group = useFormField({
    component: componentName,
    id,
    idPrefix: 'gbg-fieldset',
    description,
    error,
    required,
    disabled: rest.disabled,
    controlProps: rest,
    ignoreGroup: true,
    // A radiogroup can say invalid and required itself; a plain group cannot, so only its
    // controls do (through the group context below).
    exposeState: rest.role === 'radiogroup',
  });

  if (isEmptyLabel(legend)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(componentName, 'add a `legend` (the question the group answers). Screen readers read it before each control.');
  }

  const context: FieldGroupContextValue = { errorId: group.errorId, invalid: group.invalid, disabled: group.disabled };

  return (
    <FieldGroupContext.Provider value={context}>
      <fieldset
        ref={ref}
        className={cx(styles.fieldset, className)}
        data-invalid={group.invalid || undefined}
        {...rest}
        {...group.controlProps}
      >
        <legend className={cx(styles.legend, hideLegend && styles.visuallyHidden)} data-size={size}>
          {legend}
          <NecessityMarker required={required} optional={optional && !required} />
        </legend>
        {group.hasDescription && (
          <div id={group.descriptionId} className={styles.description}>
            {description}
          </div>
        )}
        {group.hasError && (
          <FieldError id={group.errorId} className={styles.error}>
            {error}
          </FieldError>
        )}
        {children}
      </fieldset>
    </FieldGroupContext.Provider>
  );
});
