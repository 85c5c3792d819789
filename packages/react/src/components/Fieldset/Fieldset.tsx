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
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import {
  FieldError,
  NecessityMarker,
  isEmptyLabel,
  joinIds,
  type FieldNecessity,
} from '../Field/Field.js';
import * as styles from './Fieldset.css.js';

/** Size of the legend. Use `lg` when the group is the only question on the page. */
export type FieldsetSize = 'sm' | 'md' | 'lg';

/** What a group inside a Fieldset needs to wire its controls (used by CheckboxGroup/RadioGroup). */
export interface FieldsetContextValue {
  /** Id of the error message, or undefined when there is no error. */
  errorId: string | undefined;
  invalid: boolean;
}

const FieldsetContext = createContext<FieldsetContextValue | null>(null);

/** The nearest `Fieldset`'s error state, or `null` outside one. */
export function useFieldset(): FieldsetContextValue | null {
  return useContext(FieldsetContext);
}

interface FieldsetOwnProps {
  /**
   * The group's question or heading, as a `<legend>`. Screen readers read it before each control
   * in the group. Required.
   */
  legend: ReactNode;
  /** Hides the legend visually (still read by screen readers). Rarely right. @default false */
  hideLegend?: boolean;
  /**
   * Legend size. `lg` when the group is the page's only question (the legend acts as heading);
   * `md` inside a longer form; `sm` for a sub-group.
   * @default 'md'
   */
  size?: FieldsetSize;
  /** Help text under the legend, linked to the group with `aria-describedby`. */
  description?: ReactNode;
  /**
   * Error message for the group (icon + text), linked with `aria-describedby`. Say how to fix
   * it: "Välj minst ett alternativ".
   */
  error?: ReactNode;
  /** Id of the `<fieldset>`. Set it when an error summary must link to the group. */
  id?: string;
  /** The controls. */
  children?: ReactNode;
  /**
   * Component name used in development warnings, set by components built on Fieldset.
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
    'aria-describedby': ariaDescribedBy,
    ...rest
  } = props;

  const strings = useStrings();
  const autoId = useId();
  const baseId = id ?? `gbg-fieldset-${autoId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const hasDescription = !isEmptyLabel(description);
  const invalid = !isEmptyLabel(error);
  const descriptionId = hasDescription ? `${baseId}-description` : undefined;
  const errorId = invalid ? `${baseId}-error` : undefined;

  if (isEmptyLabel(legend)) {
    warnOnce(componentName, 'add a `legend` (the question the group answers). Screen readers read it before each control.');
  }

  return (
    <FieldsetContext.Provider value={{ errorId, invalid }}>
      <fieldset
        ref={ref}
        id={baseId}
        className={cx(styles.fieldset, className)}
        aria-describedby={joinIds(descriptionId, errorId, ariaDescribedBy)}
        data-invalid={invalid || undefined}
        {...rest}
      >
        <legend className={cx(styles.legend({ size }), hideLegend && styles.visuallyHidden)}>
          {legend}
          <NecessityMarker required={required} optional={optional && !required} />
        </legend>
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
        <div className={styles.content}>{children}</div>
      </fieldset>
    </FieldsetContext.Provider>
  );
});
