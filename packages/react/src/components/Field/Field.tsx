'use client';
import { createContext, forwardRef, useContext, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { warnOnce } from '../../internal/warn.js';
import { cx } from '../../internal/cx.js';
import { isEmptyLabel, useFormField, type FormField, type FormFieldControlProps } from '../../form/useFormField.js';
import { FieldDescription, FieldError, FieldLabel } from '../../form/parts.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import * as styles from '../../form/field.css.js';

/**
 * How a field is marked. Mark EITHER the required fields OR the optional ones on a page (GOV.UK
 * and the city's e-services mark the few optional ones). Both at once is a type error.
 */
export type FieldNecessity =
  | {
      /**
       * Marks the field as required: the word "obligatoriskt"/"required" is shown after the label
       * and `aria-required` is set on the control. Validation stays yours (no native bubble).
       * @sv Markerar fältet som obligatoriskt: ordet "obligatoriskt" efter etiketten och `aria-required` på kontrollen.
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
       * @sv Markerar fältet som valfritt: ordet "valfritt" efter etiketten.
       * @default false
       */
      optional?: boolean;
    };

/** The props a control must spread (last) to be wired to its `Field`. */
export type FieldControlProps = FormFieldControlProps;

/**
 * Everything a control (or a component built on `Field`) may need to know about its field: the
 * result of `useFormField`, plus `controlId` (the same as `id`, kept for existing callers).
 */
export type FieldContextValue = FormField & { controlId: string };

const FieldContext = createContext<FieldContextValue | null>(null);

/**
 * The nearest `Field`'s ids and state, or `null` outside a `Field`. Use it to build a control that
 * can sit inside `<Field>` without a render prop.
 */
export function useField(): FieldContextValue | null {
  return useContext(FieldContext);
}

interface FieldOwnProps {
  /**
   * The visible label. Always required: placeholders are not labels. Hide it visually only when
   * the context makes the purpose obvious (see `hideLabel`).
   * @sv Den synliga etiketten. Krävs alltid: en platshållare är ingen etikett.
   */
  label: ReactNode;
  /**
   * Hides the label visually but keeps it for screen readers. Use sparingly (e.g. a search field
   * next to a "Sök" button); a visible label helps everyone.
   * @sv Döljer etiketten visuellt men behåller den för skärmläsare. Använd sparsamt.
   * @default false
   */
  hideLabel?: boolean;
  /**
   * Help text under the label: format, example, why we ask. Linked with `aria-describedby`.
   * @sv Hjälptext under etiketten: format, exempel, varför vi frågar. Kopplas med `aria-describedby`.
   */
  description?: ReactNode;
  /**
   * Error message. When set, the control gets `aria-invalid` and the message (icon + text) is
   * linked with `aria-describedby`. Say what went wrong and how to fix it ("Ange ett
   * postnummer med fem siffror"), not just "Fel".
   * @sv Felmeddelande. Ger kontrollen `aria-invalid` och kopplas med `aria-describedby`. Säg vad som är fel och hur det rättas.
   */
  error?: ReactNode;
  /**
   * Marks the control invalid without a message of its own, when another part says what is wrong
   * (a `Textarea` over its limit says it in the counter). Prefer `error`.
   * @sv Markerar kontrollen som felaktig utan eget felmeddelande, när en annan del säger vad som är fel.
   * @default false
   */
  invalid?: boolean;
  /**
   * Counter text shown under the control (e.g. "120 tecken kvar"), linked with
   * `aria-describedby`. `Textarea` sets it for you.
   * @sv Räknartext under kontrollen ("120 tecken kvar"), kopplad med `aria-describedby`.
   */
  counter?: ReactNode;
  /**
   * Names of other parts that describe the control, in reading order, e.g. `['prefix',
   * 'suffix']`: their ids (`<id>-prefix`) join `aria-describedby` after the error and before the
   * counter. Give the part elements `id={field.partId('prefix')}`.
   * @sv Namn på andra delar som beskriver kontrollen, i läsordning; deras id:n läggs i `aria-describedby`.
   */
  parts?: ReadonlyArray<string | false | undefined>;
  /**
   * Id of the control. Defaults to an id from `useId` (stable between server and client). Set it
   * when something else must link to the control, e.g. an ErrorSummary entry (`href="#id"`).
   * @sv Kontrollens id. Skapas annars med `useId`. Sätt det när något ska länka till fältet, t.ex. en felsammanfattning.
   */
  id?: string;
  /**
   * Disables the control (passed on through `controlProps`). Prefer read-only when the value
   * must still be read and submitted.
   * @sv Inaktiverar kontrollen. Välj hellre skrivskyddat när värdet ska läsas och skickas.
   * @default false
   */
  disabled?: boolean;
  /**
   * Makes the control read-only (passed on through `controlProps`).
   * @sv Gör kontrollen skrivskyddad.
   * @default false
   */
  readOnly?: boolean;
  /**
   * The control. Either a render function that receives the props to spread on the control, or
   * elements that read them with `useField()` (TextField, Textarea and Select do this).
   * @sv Kontrollen: en funktion som får props att sprida på kontrollen, eller element som läser dem med `useField()`.
   */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
  /**
   * Component name used in development warnings, set by components built on `Field`
   * (e.g. "TextField"), so the warning names what the developer wrote.
   * @sv Komponentnamnet i utvecklingsvarningar, för komponenter byggda på Field.
   * @default 'Field'
   */
  componentName?: string;
  /**
   * Extra ids appended to the control's `aria-describedby` (e.g. a caller's own hint).
   * @sv Egna id:n som läggs sist i kontrollens `aria-describedby`.
   */
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

/**
 * Props of a component built on `Field`: its own props, the field props, and the native
 * element's attributes (minus what the field owns). `TextField`, `Select` and `Textarea` use it.
 */
export type FieldComponentProps<Own, Element extends 'input' | 'select' | 'textarea', Drop extends PropertyKey = never> = Own &
  FieldLabelProps &
  Omit<ComponentPropsWithoutRef<Element>, keyof Own | keyof FieldLabelProps | 'required' | Drop>;

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
  const { counter, invalid, parts, children, componentName = 'Field', ...others } = props;
  // The consumer's aria-describedby goes to the control (after ours), not to this wrapper.
  const [own, rest] = splitFieldProps(others);
  const {
    label,
    hideLabel = false,
    description,
    error,
    id,
    disabled = false,
    readOnly = false,
    required = false,
    optional = false,
    className,
    style,
  } = own;

  const field = useFormField({
    component: componentName,
    id,
    description,
    error,
    counter: !isEmptyLabel(counter),
    invalid,
    parts,
    required,
    disabled,
    readOnly,
    controlProps: own,
  });

  if (isEmptyLabel(label)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(
      componentName,
      'add a `label` (a visible text that says what to enter). A placeholder or a nearby heading is not a label; use `hideLabel` if it must be visually hidden.',
    );
  }
  if (required && optional) {
    if (process.env.NODE_ENV !== 'production') warnOnce(componentName, '`required` and `optional` were both set; mark the field as one of them.');
  }

  const context: FieldContextValue = { ...field, controlId: field.id };


  return (
    <FieldContext.Provider value={context}>
      <div
        ref={ref}
        className={cx(styles.root, className)}
        style={style}
        data-invalid={field.invalid || undefined}
        data-disabled={field.disabled || undefined}
        {...rest}
      >
        <FieldLabel id={field.labelId} htmlFor={field.id} hidden={hideLabel} required={required} optional={optional}>
          {label}
        </FieldLabel>
        {field.hasDescription && <FieldDescription id={field.descriptionId}>{description}</FieldDescription>}
        {field.hasError && <FieldError id={field.errorId}>{error}</FieldError>}
        {typeof children === 'function' ? children(field.controlProps) : children}
        {field.counterId && (
          <div id={field.counterId} className={styles.counter}>
            {counter}
          </div>
        )}
      </div>
    </FieldContext.Provider>
  );
});
