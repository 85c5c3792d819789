'use client';
import { forwardRef, useState, type FocusEvent, type ReactNode } from 'react';
import { Fieldset, type FieldsetProps } from '../Fieldset/Fieldset.js';
import { error as groupErrorClass } from '../Fieldset/Fieldset.css.js';
import { FieldError } from '../../form/parts.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { timeInputStrings } from '../../i18n/sections.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { parseTime, parseTimeParts, type TimePartsResult } from '../../date/time.js';
import type { TimeMessageKey, TimePart } from '../../date/messages.js';
import { PartInput } from '../DateInput/PartInput.js';
import * as styles from '../DateInput/DateInput.css.js';

/** What the two inputs hold, as typed. */
export interface TimeInputValue {
  hours: string;
  minutes: string;
}

const EMPTY: TimeInputValue = { hours: '', minutes: '' };
const PARTS: readonly TimePart[] = ['hours', 'minutes'];

/** The two inputs of a time (`'08:30'` → `{ hours: '08', minutes: '30' }`); empty if not a time. */
export function timeInputValueFromText(text: string): TimeInputValue {
  const parts = parseTime(text);
  return parts ? { hours: String(parts.hours).padStart(2, '0'), minutes: String(parts.minutes).padStart(2, '0') } : EMPTY;
}

interface TimeInputOwnProps {
  /**
   * The question, as the group's `<legend>` ("Vilken tid vill du komma?"). Required.
   * @sv Frågan, som gruppens `<legend>`. Krävs.
   */
  label: ReactNode;
  /**
   * Hides the legend visually (screen readers still read it). Rarely right.
   * @sv Döljer frågan visuellt (skärmläsare läser den). Sällan rätt.
   * @default false
   */
  hideLabel?: boolean;
  /**
   * Help text under the legend: "24-timmarsklocka, till exempel 14 30".
   * @sv Hjälptext under frågan: "24-timmarsklocka, till exempel 14 30".
   */
  description?: ReactNode;
  /**
   * An error from outside (the server's answer, a rule such as opening hours). It wins over the
   * component's own message. Say which part is wrong in `invalidParts`.
   * @sv Ett fel utifrån. Vinner över komponentens eget meddelande.
   */
  error?: ReactNode;
  /**
   * Which inputs the outside `error` is about; only those are marked invalid.
   * @sv Vilka delar felet gäller; bara de markeras som felaktiga.
   * @default ['hours', 'minutes'] while `error` is set
   */
  invalidParts?: readonly TimePart[];
  /**
   * Id of the `<fieldset>`; the inputs get `<id>-hours` and `<id>-minutes`.
   * @sv Id för `<fieldset>`; fälten får `<id>-hours` och `<id>-minutes`.
   * @default a generated id
   */
  id?: string;
  /**
   * Form name: the inputs submit as `<name>-hours` and `<name>-minutes`, and a hidden `<name>`
   * carries the time as `HH:MM` when it is valid (empty otherwise).
   * @sv Formulärnamn: delarna skickas som `<name>-hours`/`<name>-minutes`, och `<name>` som `TT:MM`.
   */
  name?: string;
  /**
   * The typed parts (controlled). Pair with `onChange`.
   * @sv De inskrivna delarna (kontrollerat). Använd med `onChange`.
   */
  value?: TimeInputValue;
  /**
   * The parts at first render (uncontrolled). `timeInputValueFromText('08:30')` makes one.
   * @sv Delarna vid första renderingen (okontrollerat).
   * @default { hours: '', minutes: '' }
   */
  defaultValue?: TimeInputValue;
  /**
   * Called on every keystroke with the parts and the time as `HH:MM` (`null` until it is a time).
   * @sv Anropas vid varje ändring med delarna och tiden som `TT:MM` (annars `null`).
   */
  onChange?: (value: TimeInputValue, time: string | null) => void;
  /**
   * Called with the full result when focus leaves the group. Validate again on the server with
   * `parseTimeParts`.
   * @sv Anropas med hela resultatet när fokus lämnar gruppen.
   */
  onValidate?: (result: TimePartsResult) => void;
  /**
   * Explain a wrong time when focus leaves the group (never while typing). `false`: only on submit.
   * @sv Förklara en felaktig tid när fokus lämnar gruppen (aldrig medan man skriver).
   * @default true
   */
  validateOnBlur?: boolean;
  /**
   * Disables both inputs.
   * @sv Inaktiverar båda fälten.
   * @default false
   */
  disabled?: boolean;
  /**
   * Shows the time but does not let it be changed.
   * @sv Visar tiden men den går inte att ändra.
   * @default false
   */
  readOnly?: boolean;
}

export type TimeInputProps = TimeInputOwnProps &
  DistributiveOmit<
    FieldsetProps,
    keyof TimeInputOwnProps | 'legend' | 'hideLegend' | 'componentName' | 'children' | 'onChange' | 'defaultValue'
  >;

/**
 * A time of day on the 24-hour clock in two inputs, timmar and minuter, under one question.
 * Two inputs rather than one `HH:MM` field: phones' number keypads have no colon, each part gets
 * its own spoken name and its own error, and it works like `DateInput` beside it. A time pasted
 * into the hours ("08:30", "8.30") fills both.
 *
 * `ref` goes to the `<fieldset>`. Usage rule: for a time people choose freely; for fixed slots
 * (bookable times) use `RadioGroup` or `Select`.
 */
export const TimeInput = forwardRef<HTMLFieldSetElement, TimeInputProps>(function TimeInput(props, ref) {
  const {
    label,
    hideLabel = false,
    description,
    error,
    invalidParts,
    id: idProp,
    name,
    value,
    defaultValue,
    onChange,
    onValidate,
    validateOnBlur = true,
    disabled = false,
    readOnly = false,
    onBlur,
    ...rest
  } = props;
  const strings = useSectionStrings(timeInputStrings);
  const id = useSafeId(idProp, 'gbg-time');
  const [current, setCurrent] = useControllableState<TimeInputValue>({ value, defaultValue: defaultValue ?? EMPTY, onChange: undefined });
  const [own, setOwn] = useState<{ key: TimeMessageKey; parts: TimePart[] } | null>(null);
  const required = Boolean(props.required);

  if (value !== undefined && (typeof value !== 'object' || value === null)) {
    warnOnce('TimeInput', '`value` must be an object `{ hours, minutes }` of strings; use `timeInputValueFromText()` to turn "08:30" into one.');
  }
  if (invalidParts?.some((part) => !PARTS.includes(part))) {
    warnOnce('TimeInput', "`invalidParts` takes 'hours' and 'minutes' (the `part` of parseTimeParts' errors).");
  }
  const safe = typeof current === 'object' && current ? current : EMPTY;
  const result = parseTimeParts(safe);

  const update = (part: TimePart, text: string) => {
    // A whole time pasted into the hours goes into both parts.
    const pasted = part === 'hours' && /[:.]/.test(text) ? parseTime(text) : null;
    const next = pasted
      ? { hours: String(pasted.hours).padStart(2, '0'), minutes: String(pasted.minutes).padStart(2, '0') }
      : { ...safe, [part]: text };
    setCurrent(next);
    const nextResult = parseTimeParts(next);
    if (own && nextResult.ok) setOwn(null);
    onChange?.(next, nextResult.ok ? nextResult.text : null);
  };

  const handleBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    onBlur?.(event);
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    if (validateOnBlur) setOwn(result.ok || result.messageKey === 'empty' ? null : { key: result.messageKey, parts: result.errors.map((e) => e.part) });
    onValidate?.(result);
  };

  const hasOuterError = error !== undefined && error !== null && error !== false && error !== '';
  const shownError = hasOuterError ? error : own ? strings.errors[own.key] : undefined;
  const wrong: readonly TimePart[] = hasOuterError ? (invalidParts ?? PARTS) : (own?.parts ?? []);
  const errorId = shownError ? `${id}-error` : undefined;
  const labels = { hours: strings.hours, minutes: strings.minutes };

  return (
    <Fieldset
      ref={ref}
      {...rest}
      id={id}
      legend={label}
      hideLegend={hideLabel}
      description={description}
      // The error is not the group's: only the wrong parts refer to it and say they are
      // invalid (a fieldset cannot carry aria-invalid, and a valid part must not claim to be wrong).
      disabled={disabled || undefined}
      componentName="TimeInput"
      onBlur={handleBlur}
    >
      {shownError && (
        <FieldError id={errorId} className={groupErrorClass}>
          {shownError}
        </FieldError>
      )}
      <div className={styles.parts}>
        {PARTS.map((part) => [
          part === 'minutes' && (
            <span key="separator" className={styles.separator} aria-hidden="true">
              :
            </span>
          ),
          <PartInput
            key={part}
            id={`${id}-${part}`}
            name={name ? `${name}-${part}` : undefined}
            label={labels[part]}
            value={safe[part] ?? ''}
            onValueChange={(text) => update(part, text)}
            invalid={wrong.includes(part)}
            groupErrorId={errorId}
            digits={2}
            autoComplete="off"
            component="TimeInput"
            required={required}
            readOnly={readOnly}
            disabled={disabled}
          />,
        ])}
      </div>
      {name && <input type="hidden" name={name} value={result.ok ? result.text : ''} />}
    </Fieldset>
  );
});
TimeInput.displayName = 'TimeInput';
