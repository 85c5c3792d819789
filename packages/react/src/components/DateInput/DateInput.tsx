'use client';
import { forwardRef, useState, type FocusEvent, type ReactNode } from 'react';
import { Fieldset, type FieldsetProps } from '../Fieldset/Fieldset.js';
import { error as groupErrorClass } from '../Fieldset/Fieldset.css.js';
import { FieldError } from '../../form/parts.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { dateInputStrings } from '../../i18n/sections.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { formatIsoDate, parseIsoDate, type DateParts } from '../../date/calendar.js';
import { parseDateParts, type DatePartsResult } from '../../date/parseDateParts.js';
import type { DateMessageKey, DatePart } from '../../date/messages.js';
import { PartInput } from './PartInput.js';
import * as styles from './DateInput.css.js';

/** What the three inputs hold, as typed. */
export interface DateInputValue {
  year: string;
  month: string;
  day: string;
}

const EMPTY: DateInputValue = { year: '', month: '', day: '' };
const PARTS: readonly DatePart[] = ['year', 'month', 'day'];

/** The three inputs of a valid ISO date (`'2026-03-09'` → `{ year: '2026', month: '3', day: '9' }`). */
export function dateInputValueFromIso(iso: string): DateInputValue {
  const parts = parseIsoDate(iso);
  return parts ? { year: String(parts.year), month: String(parts.month), day: String(parts.day) } : EMPTY;
}

interface DateInputOwnProps {
  /**
   * The question, as the group's `<legend>` ("När är du född?"). Required.
   * @sv Frågan, som gruppens `<legend>` ("När är du född?"). Krävs.
   */
  label: ReactNode;
  /**
   * Hides the legend visually (screen readers still read it). Rarely right.
   * @sv Döljer frågan visuellt (skärmläsare läser den). Sällan rätt.
   * @default false
   */
  hideLabel?: boolean;
  /**
   * Help text under the legend: an example in the order of the fields, "Till exempel 2026 3 9".
   * @sv Hjälptext under frågan: ett exempel i fältens ordning, "Till exempel 2026 3 9".
   */
  description?: ReactNode;
  /**
   * An error from outside (the server's answer, a rule of the service). It wins over the
   * component's own message. Say which part is wrong in `invalidParts`.
   * @sv Ett fel utifrån (serverns svar). Vinner över komponentens eget meddelande.
   */
  error?: ReactNode;
  /**
   * Which inputs the outside `error` is about; only those are marked invalid. Take them from
   * `parseDateParts(...).errors`. The first one is where `ErrorSummary` should link: `<id>-<part>`.
   * @sv Vilka delar felet gäller; bara de markeras som felaktiga.
   * @default ['year', 'month', 'day'] while `error` is set
   */
  invalidParts?: readonly DatePart[];
  /**
   * Id of the `<fieldset>`; the inputs get `<id>-year`, `<id>-month` and `<id>-day`.
   * @sv Id för `<fieldset>`; fälten får `<id>-year`, `<id>-month` och `<id>-day`.
   * @default a generated id
   */
  id?: string;
  /**
   * Form name: the inputs submit as `<name>-year`, `<name>-month`, `<name>-day`, and a hidden
   * `<name>` carries the date as `YYYY-MM-DD` when it is valid (empty otherwise).
   * @sv Formulärnamn: delarna skickas som `<name>-year` osv., och `<name>` som `ÅÅÅÅ-MM-DD`.
   */
  name?: string;
  /**
   * The typed parts (controlled). Pair with `onChange`.
   * @sv De inskrivna delarna (kontrollerat). Använd med `onChange`.
   */
  value?: DateInputValue;
  /**
   * The parts at first render (uncontrolled). `dateInputValueFromIso('2026-03-09')` makes one.
   * @sv Delarna vid första renderingen (okontrollerat).
   * @default { year: '', month: '', day: '' }
   */
  defaultValue?: DateInputValue;
  /**
   * Called on every keystroke with the parts and the date as `YYYY-MM-DD` (`null` until the
   * parts make a real date within `min`/`max`).
   * @sv Anropas vid varje ändring med delarna och datumet som `ÅÅÅÅ-MM-DD` (annars `null`).
   */
  onChange?: (value: DateInputValue, iso: string | null) => void;
  /**
   * Called with the full result when focus leaves the group: `{ ok: true, iso }` or
   * `{ ok: false, errors, message }`. Validate again on the server with `parseDateParts`.
   * @sv Anropas med hela resultatet när fokus lämnar gruppen.
   */
  onValidate?: (result: DatePartsResult) => void;
  /**
   * The earliest allowed date (`YYYY-MM-DD` or parts).
   * @sv Tidigaste tillåtna datum.
   */
  min?: DateParts | string;
  /**
   * The latest allowed date (`YYYY-MM-DD` or parts).
   * @sv Senaste tillåtna datum.
   */
  max?: DateParts | string;
  /**
   * Explain a wrong date when focus leaves the group (never while typing; an empty date is not
   * an error until the form is sent). Set `false` to validate only on submit.
   * @sv Förklara ett felaktigt datum när fokus lämnar gruppen (aldrig medan man skriver).
   * @default true
   */
  validateOnBlur?: boolean;
  /**
   * The date is the person's own birth date: lets browsers fill it in (`autocomplete="bday-…"`).
   * @sv Datumet är personens födelsedatum: webbläsaren får fylla i det.
   * @default false
   */
  birthDate?: boolean;
  /**
   * Disables all three inputs.
   * @sv Inaktiverar alla tre fälten.
   * @default false
   */
  disabled?: boolean;
  /**
   * Shows the date but does not let it be changed.
   * @sv Visar datumet men det går inte att ändra.
   * @default false
   */
  readOnly?: boolean;
}

export type DateInputProps = DateInputOwnProps &
  DistributiveOmit<
    FieldsetProps,
    keyof DateInputOwnProps | 'legend' | 'hideLegend' | 'componentName' | 'children' | 'onChange' | 'defaultValue'
  >;

/**
 * A date in three inputs — år, månad, dag, in the Swedish order — under one question, with one
 * description and one error for the group. For dates people know without a calendar (a birth
 * date, a date on a letter); for booking a date soon, use `DatePicker`.
 *
 * Only the wrong parts are marked invalid; give the inputs' ids to `ErrorSummary`
 * (`<id>-year`, `<id>-month`, `<id>-day`). `ref` goes to the `<fieldset>`.
 *
 * Usage rule: ask for a date this way only when people know it by heart or have it on paper.
 */
export const DateInput = forwardRef<HTMLFieldSetElement, DateInputProps>(function DateInput(props, ref) {
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
    min,
    max,
    validateOnBlur = true,
    birthDate = false,
    disabled = false,
    readOnly = false,
    onBlur,
    ...rest
  } = props;
  // Left in `rest` for the Fieldset: `required` and `optional` are one union (never both).
  const required = Boolean(props.required);
  const strings = useSectionStrings(dateInputStrings);
  const id = useSafeId(idProp, 'gbg-date');
  const [current, setCurrent] = useControllableState<DateInputValue>({ value, defaultValue: defaultValue ?? EMPTY, onChange: undefined });
  // The component's own finding on blur: the message key, the wrong parts and the limits' text.
  const [own, setOwn] = useState<{ key: DateMessageKey; parts: DatePart[] } | null>(null);

  if (value !== undefined && (typeof value !== 'object' || value === null)) {
    warnOnce('DateInput', '`value` must be an object `{ year, month, day }` of strings; use `dateInputValueFromIso()` to turn an ISO date into one.');
  }

  if (invalidParts?.some((part) => !PARTS.includes(part))) {
    warnOnce('DateInput', "`invalidParts` takes 'year', 'month' and 'day' (the `part` of parseDateParts' errors).");
  }

  const options = { min, max };
  const result = parseDateParts(typeof current === 'object' ? current : EMPTY, options);

  const update = (part: DatePart, text: string) => {
    // A whole ISO date pasted into the year goes into all three parts.
    const pasted = part === 'year' ? parseIsoDate(text) : null;
    const next = pasted
      ? { year: String(pasted.year), month: String(pasted.month), day: String(pasted.day) }
      : { ...(typeof current === 'object' && current ? current : EMPTY), [part]: text };
    setCurrent(next);
    const nextResult = parseDateParts(next, options);
    // Reward early: a shown error goes as soon as the date is right; a new one waits for blur.
    if (own && nextResult.ok) setOwn(null);
    onChange?.(next, nextResult.ok ? nextResult.iso : null);
  };

  const handleBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    onBlur?.(event);
    // Moving between the parts is not leaving the date.
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    if (validateOnBlur) setOwn(result.ok || result.messageKey === 'empty' ? null : { key: result.messageKey, parts: result.errors.map((e) => e.part) });
    onValidate?.(result);
  };

  const limit = (which: DateParts | string | undefined) => {
    const parts = typeof which === 'string' ? parseIsoDate(which) : which;
    return parts ? formatIsoDate(parts) : '';
  };
  const ownMessage = own ? strings.errors[own.key].replace('{min}', limit(min)).replace('{max}', limit(max)) : undefined;
  const hasOuterError = error !== undefined && error !== null && error !== false && error !== '';
  const shownError = hasOuterError ? error : ownMessage;
  const wrong: readonly DatePart[] = hasOuterError ? (invalidParts ?? PARTS) : (own?.parts ?? []);
  const errorId = shownError ? `${id}-error` : undefined;

  const labels = { year: strings.year, month: strings.month, day: strings.day };
  const autoComplete = birthDate ? { year: 'bday-year', month: 'bday-month', day: 'bday-day' } : undefined;

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
      componentName="DateInput"
      onBlur={handleBlur}
    >
      {shownError && (
        <FieldError id={errorId} className={groupErrorClass}>
          {shownError}
        </FieldError>
      )}
      <div className={styles.parts}>
        {PARTS.map((part) => (
          <PartInput
            key={part}
            id={`${id}-${part}`}
            name={name ? `${name}-${part}` : undefined}
            label={labels[part]}
            value={(typeof current === 'object' && current ? current[part] : '') ?? ''}
            onValueChange={(text) => update(part, text)}
            invalid={wrong.includes(part)}
            groupErrorId={errorId}
            digits={part === 'year' ? 4 : 2}
            autoComplete={autoComplete?.[part]}
            component="DateInput"
            required={required}
            readOnly={readOnly}
            disabled={disabled}
          />
        ))}
      </div>
      {name && <input type="hidden" name={name} value={result.ok ? result.iso : ''} />}
    </Fieldset>
  );
});
DateInput.displayName = 'DateInput';
