'use client';
import { forwardRef, type ChangeEvent, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { FieldGroupContext } from '../form/groupContext.js';
import { FieldLabel } from '../form/parts.js';
import { useFormField } from '../form/useFormField.js';
import { cx } from '../internal/cx.js';
import { controlSolo } from '../form/control.css.js';
import * as styles from './partGroup.css.js';

/** One numeric part of a date or time (år, månad, dag, timmar, minuter). Internal to DateInput/TimeInput. */
export interface PartInputProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'onChange' | 'value' | 'defaultValue' | 'children' | 'type' | 'size'> {
  /** `<group id>-<part>`: the id ErrorSummary links to. */
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  /** Whether this part is one of the wrong ones. */
  invalid: boolean;
  /** The group's error id (set while the group shows an error). */
  groupErrorId: string | undefined;
  digits: 2 | 4;
  component: string;
}

/**
 * A part's wiring comes from the one form-field mechanism: each part sits in its own group
 * context carrying the group's error, so only the wrong parts get `aria-invalid` and the error
 * in their description, while the others stay quiet (GOV.UK marks only the wrong part too).
 */
export const PartInput = forwardRef<HTMLInputElement, PartInputProps>(function PartInput(props, ref) {
  const { id, label, value, onValueChange, invalid, groupErrorId, digits, component, disabled, required, readOnly, className, ...rest } =
    props;
  return (
    <FieldGroupContext.Provider value={{ errorId: invalid ? groupErrorId : undefined, invalid, disabled: Boolean(disabled) }}>
      <PartControl
        ref={ref}
        {...rest}
        id={id}
        label={label}
        value={value}
        onValueChange={onValueChange}
        digits={digits}
        component={component}
        required={required}
        readOnly={readOnly}
        className={className}
      />
    </FieldGroupContext.Provider>
  );
});

const PartControl = forwardRef<HTMLInputElement, Omit<PartInputProps, 'invalid' | 'groupErrorId'>>(function PartControl(props, ref) {
  const { id, label, value, onValueChange, digits, component, required, readOnly, className, ...rest } = props;
  const field = useFormField({ component, id, required, readOnly, controlProps: rest });
  return (
    <div className={styles.part}>
      <FieldLabel htmlFor={field.id} id={field.labelId}>
        {label}
      </FieldLabel>
      <input
        ref={ref}
        type="text"
        // Numeric keyboard on phones; not type="number" (it drops leading zeros, changes on
        // scroll and is announced as a spin button).
        inputMode="numeric"
        spellCheck={false}
        className={cx(controlSolo, styles.input, className)}
        data-digits={digits === 4 ? '4' : undefined}
        value={value}
        {...rest}
        {...field.controlProps}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onValueChange(event.currentTarget.value)}
      />
    </div>
  );
});
