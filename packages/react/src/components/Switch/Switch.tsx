'use client';
import { forwardRef, type ComponentPropsWithoutRef, type MouseEvent, type ReactNode } from 'react';
import { useSectionStrings } from '../../provider/hooks.js';
import { switchStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { warnOnce } from '../../internal/warn.js';
import { ChoiceText } from '../../form/parts.js';
import { isEmptyLabel, useFormField } from '../../form/useFormField.js';
import * as styles from './Switch.css.js';

interface SwitchOwnProps {
  /**
   * The visible label: names the setting ("E-postaviseringar"), not the action. Required.
   * @sv Den synliga etiketten: namnger inställningen ("E-postaviseringar"), inte handlingen. Krävs.
   */
  label: ReactNode;
  /**
   * Help text under the label, linked with `aria-describedby`.
   * @sv Hjälptext under etiketten, kopplad med `aria-describedby`.
   */
  description?: ReactNode;
  /**
   * On or off (controlled). Pair with `onCheckedChange`.
   * @sv På eller av (kontrollerat). Använd med `onCheckedChange`.
   */
  checked?: boolean;
  /**
   * On or off at first render (uncontrolled).
   * @sv På eller av vid första renderingen (okontrollerat).
   * @default false
   */
  defaultChecked?: boolean;
  /**
   * Called with the new state when the switch is toggled.
   * @sv Anropas med det nya läget när reglaget växlas.
   */
  onCheckedChange?: (checked: boolean) => void;
  /**
   * Hides the "På"/"Av" text next to the track. Keep it: it shows the state in words, not only
   * by colour and position.
   * @sv Döljer texten "På"/"Av". Behåll den: den visar läget i ord.
   * @default false
   */
  hideStateText?: boolean;
  /**
   * With `name`, a hidden input submits `value` while the switch is on (like a checkbox).
   * @sv Med `name` skickar ett dolt fält detta värde medan reglaget är på.
   * @default 'on'
   */
  value?: string;
  /**
   * Form field name; see `value`.
   * @sv Fältnamn i formuläret; se `value`.
   */
  name?: string;
}

export type SwitchProps = SwitchOwnProps &
  Omit<
    ComponentPropsWithoutRef<'button'>,
    keyof SwitchOwnProps | 'type' | 'role' | 'children' | 'onChange'
  >;

/**
 * An on/off switch: `<button role="switch" aria-checked>`, toggled by click, Space or Enter. The
 * state is shown three ways: thumb position, a filled track, and the word "På"/"Av".
 *
 * `ref` goes to the `<button>`; `className` and `style` go to the outer wrapper.
 *
 * Usage rule: for a setting that takes effect immediately (no "Spara" needed). In a form that
 * is sent later, use `Checkbox`.
 */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(props, ref) {
  const {
    label,
    description,
    checked,
    defaultChecked = false,
    onCheckedChange,
    hideStateText = false,
    value = 'on',
    name,
    id,
    className,
    style,
    disabled,
    onClick,
    ...buttonProps
  } = props;

  const strings = { switch: useSectionStrings(switchStrings) };
  const field = useFormField({
    component: 'Switch',
    id,
    idPrefix: 'gbg-switch',
    description,
    disabled,
    controlProps: buttonProps,
  });
  const [on, setOn] = useControllableState({ value: checked, defaultValue: defaultChecked, onChange: onCheckedChange });

  if (isEmptyLabel(label)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Switch', 'add a `label` that names the setting ("E-postaviseringar").');
  }

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    setOn(!on);
  };

  return (
    <div className={cx(styles.root, className)} style={style} data-disabled={field.disabled || undefined}>
      <button
        ref={ref}
        type="button"
        role="switch"
        aria-checked={on}
        className={styles.button}
        onClick={handleClick}
        {...buttonProps}
        {...field.controlProps}
      >
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
        {!hideStateText && (
          <span className={styles.stateText} aria-hidden="true">
            {on ? strings.switch.on : strings.switch.off}
          </span>
        )}
      </button>
      <ChoiceText field={field} label={label} description={description} classNames={styles} />
      {name !== undefined && on && <input type="hidden" name={name} value={value} />}
    </div>
  );
});
