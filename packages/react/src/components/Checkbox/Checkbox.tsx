'use client';
import { forwardRef, useEffect, useRef, type ChangeEvent, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { warnOnce } from '../../internal/warn.js';
import { useCheckboxGroup } from '../../form/groupContext.js';
import { ChoiceText } from '../../form/parts.js';
import { isEmptyLabel, useFormField } from '../../form/useFormField.js';
import * as styles from '../../form/choice.css.js';

interface CheckboxOwnProps {
  /**
   * The visible label, next to the box. Required; the label is part of the click target.
   * @sv Den synliga etiketten bredvid rutan. Krävs; etiketten är en del av klickytan.
   */
  label: ReactNode;
  /**
   * Help text under the label, linked with `aria-describedby`.
   * @sv Hjälptext under etiketten, kopplad med `aria-describedby`.
   */
  description?: ReactNode;
  /**
   * Error for a single checkbox ("Du behöver godkänna villkoren"). Inside a `CheckboxGroup`, give
   * the error to the group instead.
   * @sv Fel för en enskild kryssruta. I en `CheckboxGroup`: ge felet till gruppen.
   */
  error?: ReactNode;
  /**
   * Shows the "some but not all" state (a dash), e.g. for a "select all" box. Cleared by the
   * browser on the next click; keep it in state and recompute it.
   * @sv Visar läget "några men inte alla" (ett streck), t.ex. för en "välj alla"-ruta.
   * @default false
   */
  indeterminate?: boolean;
  /**
   * Marks a single checkbox as required (the word "obligatoriskt" after the label and
   * `aria-required`). Inside a group, mark the group instead.
   * @sv Markerar en enskild kryssruta som obligatorisk (ordet och `aria-required`). I en grupp: markera gruppen.
   * @default false
   */
  required?: boolean;
  /**
   * The value submitted with the form and, inside a `CheckboxGroup`, the value added to the
   * group's value when checked. Required inside a group.
   * @sv Värdet som skickas med formuläret och, i en `CheckboxGroup`, läggs till gruppens värde. Krävs i en grupp.
   */
  value?: string;
}

export type CheckboxProps = CheckboxOwnProps &
  Omit<ComponentPropsWithoutRef<'input'>, keyof CheckboxOwnProps | 'type' | 'children'>;

/**
 * A native checkbox with a custom-drawn box, label, description and error. Works alone ("Jag
 * godkänner villkoren") or inside a `CheckboxGroup`.
 *
 * `ref` goes to the `<input>`; `className` and `style` go to the outer wrapper.
 *
 * Usage rule: a checkbox answers yes/no for itself and takes effect when the form is sent; for
 * a setting that applies at once, use `Switch`.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(props, ref) {
  const {
    label,
    description,
    error,
    indeterminate = false,
    required = false,
    value,
    id,
    className,
    style,
    checked,
    defaultChecked,
    disabled,
    name,
    onChange,
    ...inputProps
  } = props;

  const group = useCheckboxGroup();
  const field = useFormField({
    component: 'Checkbox',
    id,
    idPrefix: 'gbg-checkbox',
    description,
    error,
    required,
    disabled,
    controlProps: inputProps,
  });

  if (isEmptyLabel(label)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Checkbox', 'add a `label`: the text next to the box says what checking it means.');
  }
  if (group && value === undefined) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Checkbox', 'inside a CheckboxGroup every Checkbox needs a `value`.');
  }

  // `indeterminate` exists only as a DOM property, not an attribute.
  const innerRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (innerRef.current) innerRef.current.indeterminate = indeterminate;
  });
  const setRefs = useMergedRefs(innerRef, ref);

  const groupChecked = group && value !== undefined ? group.value.includes(value) : undefined;
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (group && value !== undefined) group.toggle(value, event.target.checked);
    onChange?.(event);
  };

  return (
    <div className={cx(styles.root, className)} style={style} data-disabled={field.disabled || undefined}>
      <input
        ref={setRefs}
        type="checkbox"
        name={name ?? group?.name}
        value={value}
        className={styles.checkboxInput}
        {...(groupChecked !== undefined
          ? { checked: groupChecked }
          : checked !== undefined
            ? { checked }
            : { defaultChecked })}
        onChange={handleChange}
        {...inputProps}
        {...field.controlProps}
      />
      <ChoiceText field={field} label={label} description={description} error={error} required={required} classNames={styles} />
    </div>
  );
});
