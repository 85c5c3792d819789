'use client';
import { forwardRef, type ReactNode } from 'react';
import type { FieldsetProps } from '../Fieldset/Fieldset.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { timeInputStrings } from '../../i18n/sections.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { parseTime, parseTimeParts, type TimePartsResult } from '../../date/time.js';
import type { TimeMessageKey, TimePart } from '../../date/messages.js';
import { PartGroup } from '../../partgroup/PartGroup.js';

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

// Development-only texts: production builds fold this to `undefined` and drop them.
const WARNINGS =
  process.env.NODE_ENV !== 'production'
    ? {
        value: '`value` must be an object `{ hours, minutes }` of strings; use `timeInputValueFromText()` to turn "08:30" into one.',
        invalidParts: "`invalidParts` takes 'hours' and 'minutes' (the `part` of parseTimeParts' errors).",
      }
    : undefined;

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
  const strings = useSectionStrings(timeInputStrings);
  return (
    <PartGroup<TimePart, TimeMessageKey, TimePartsResult>
      {...props}
      component="TimeInput"
      fieldsetRef={ref}
      idPrefix="gbg-time"
      parts={PARTS}
      autoComplete={() => 'off'}
      separator=":"
      strings={strings}
      empty={EMPTY}
      parse={parseTimeParts}
      // A whole time pasted into the hours goes into both parts.
      spread={(part, text) => (part === 'hours' && /[:.]/.test(text) && parseTime(text) ? timeInputValueFromText(text) : null)}
      text={(result) => (result.ok ? result.text : '')}
      warnings={WARNINGS}
    />
  );
});
TimeInput.displayName = 'TimeInput';
