'use client';
import {
  createContext,
  forwardRef,
  useContext,
  useMemo,
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { ChoiceText } from '../../form/parts.js';
import { isEmptyLabel, useFormField } from '../../form/useFormField.js';
import * as styles from '../../form/choice.css.js';
import { Fieldset, type FieldsetProps } from '../Fieldset/Fieldset.js';

// Only the shared name and value; error, disabled and the error id come through the Fieldset's
// group context like for every control (useFormField).
interface RadioGroupContextValue {
  name: string;
  value: string | undefined;
  select: (value: string) => void;
}

const RadioGroupContext = createContext<RadioGroupContextValue | null>(null);

interface RadioGroupOwnProps {
  /**
   * `name` shared by the radios. Defaults to a generated one (still unique per group).
   * @sv `name` som radioknapparna delar. Skapas annars (unikt per grupp).
   */
  name?: string;
  /**
   * Selected value (controlled). Pair with `onChange`.
   * @sv Valt värde (kontrollerat). Använd med `onChange`.
   */
  value?: string;
  /**
   * Selected value at first render (uncontrolled). Leave empty unless one answer is the safe default.
   * @sv Valt värde vid första renderingen (okontrollerat).
   */
  defaultValue?: string;
  /**
   * Called with the newly selected value.
   * @sv Anropas med det nya valda värdet.
   */
  onChange?: (value: string) => void;
  /**
   * Disables every radio in the group.
   * @sv Inaktiverar alla radioknappar i gruppen.
   * @default false
   */
  disabled?: boolean;
  /**
   * `Radio` elements.
   * @sv `Radio`-element.
   */
  children?: ReactNode;
}

export type RadioGroupProps = RadioGroupOwnProps &
  DistributiveOmit<FieldsetProps, keyof RadioGroupOwnProps | 'componentName' | 'defaultChecked'>;

/**
 * A group of native radio buttons under one question: `<fieldset>` + `<legend>`, description and
 * error wired to the group. Arrow keys move between the choices (native behaviour); Tab enters
 * and leaves the group. Controlled (`value` + `onChange`) or uncontrolled (`defaultValue`).
 *
 * `ref` goes to the `<fieldset>`.
 *
 * Usage rule: exactly one answer among 2–6 visible choices. Many choices: `Select`; a yes/no that
 * applies at once: `Switch`; any number of choices: `CheckboxGroup`.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(props, ref) {
  const { name, value, defaultValue, onChange, disabled = false, children, ...fieldsetProps } = props;
  const groupName = useSafeId(name, 'gbg-radio');
  const [current, setCurrent] = useControllableState<string | undefined>({
    value,
    defaultValue,
    onChange: onChange as ((next: string | undefined) => void) | undefined,
  });

  const context = useMemo<RadioGroupContextValue>(
    () => ({ name: groupName, value: current, select: (next: string) => setCurrent(next) }),
    [groupName, current, setCurrent],
  );

  return (
    <Fieldset
      ref={ref}
      // A fieldset may carry the radiogroup role; unlike a plain group it can say required and
      // invalid to assistive technology (Fieldset's useFormField sets both for this role).
      role="radiogroup"
      disabled={disabled || undefined}
      componentName="RadioGroup"
      {...fieldsetProps}
    >
      <RadioGroupContext.Provider value={context}>{children}</RadioGroupContext.Provider>
    </Fieldset>
  );
});

interface RadioOwnProps {
  /**
   * The visible label next to the circle. Required.
   * @sv Den synliga etiketten bredvid cirkeln. Krävs.
   */
  label: ReactNode;
  /**
   * Help text under the label, linked with `aria-describedby`.
   * @sv Hjälptext under etiketten, kopplad med `aria-describedby`.
   */
  description?: ReactNode;
  /**
   * The value the group gets when this radio is chosen.
   * @sv Värdet gruppen får när den här radioknappen väljs.
   */
  value: string;
}

export type RadioProps = RadioOwnProps &
  Omit<
    ComponentPropsWithoutRef<'input'>,
    keyof RadioOwnProps | 'type' | 'children' | 'name' | 'checked' | 'defaultChecked'
  >;

/**
 * One choice in a `RadioGroup`: a native `<input type="radio">` with a custom-drawn circle.
 *
 * `ref` goes to the `<input>`; `className` and `style` go to the outer wrapper.
 */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(props, ref) {
  const { label, description, value, id, className, style, disabled, onChange, ...inputProps } = props;
  const group = useContext(RadioGroupContext);
  const field = useFormField({
    component: 'Radio',
    id,
    idPrefix: 'gbg-radio',
    description,
    disabled,
    controlProps: inputProps,
  });

  if (!group) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Radio', 'place every Radio inside a RadioGroup (it gives the radios their shared name and legend).');
  }
  if (isEmptyLabel(label)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Radio', 'add a `label`: the text next to the circle is the choice.');
  }

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.checked) group?.select(value);
    onChange?.(event);
  };

  return (
    <div className={cx(styles.root, className)} style={style} data-disabled={field.disabled || undefined}>
      <input
        ref={ref}
        type="radio"
        name={group?.name}
        value={value}
        className={styles.radioInput}
        {...(group ? { checked: group.value === value } : {})}
        onChange={handleChange}
        {...inputProps}
        {...field.controlProps}
      />
      <ChoiceText field={field} label={label} description={description} classNames={styles} />
    </div>
  );
});
