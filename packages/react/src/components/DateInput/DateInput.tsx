'use client';
import { forwardRef, type ReactNode } from 'react';
import type { FieldsetProps } from '../Fieldset/Fieldset.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { dateInputStrings } from '../../i18n/sections.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { formatIsoDate, parseIsoDate, type DateParts } from '../../date/calendar.js';
import { parseDateParts, type DatePartsResult } from '../../date/parseDateParts.js';
import type { DateMessageKey, DatePart } from '../../date/messages.js';
import { PartGroup } from '../../partgroup/PartGroup.js';

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

// Development-only texts: production builds fold this to `undefined` and drop them.
const WARNINGS =
  process.env.NODE_ENV !== 'production'
    ? {
        value: '`value` must be an object `{ year, month, day }` of strings; use `dateInputValueFromIso()` to turn an ISO date into one.',
        invalidParts: "`invalidParts` takes 'year', 'month' and 'day' (the `part` of parseDateParts' errors).",
      }
    : undefined;

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
  const { min, max, birthDate = false, ...rest } = props;
  const strings = useSectionStrings(dateInputStrings);
  const limit = (which: DateParts | string | undefined) => {
    const parts = typeof which === 'string' ? parseIsoDate(which) : which;
    return parts ? formatIsoDate(parts) : '';
  };

  return (
    <PartGroup<DatePart, DateMessageKey, DatePartsResult>
      {...rest}
      component="DateInput"
      fieldsetRef={ref}
      idPrefix="gbg-date"
      parts={PARTS}
      longPart="year"
      autoComplete={birthDate ? (part) => `bday-${part}` : undefined}
      strings={strings}
      format={(message) => message.replace('{min}', limit(min)).replace('{max}', limit(max))}
      empty={EMPTY}
      parse={(value) => parseDateParts(value, { min, max })}
      // A whole ISO date pasted into the year goes into all three parts.
      spread={(part, text) => (part === 'year' && parseIsoDate(text) ? dateInputValueFromIso(text) : null)}
      text={(result) => (result.ok ? result.iso : '')}
      warnings={WARNINGS}
    />
  );
});
DateInput.displayName = 'DateInput';
