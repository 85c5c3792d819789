'use client';
import { forwardRef, type ReactNode } from 'react';
import { useSectionStrings } from '../../provider/hooks.js';
import { personnummerFieldStrings } from '../../i18n/sections.js';
import { useBlurValidation } from '../../form/useBlurValidation.js';
import {
  parsePersonnummer,
  type PersonnummerErrorCode,
  type PersonnummerResult,
} from '../../personnummer/parsePersonnummer.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { TextField, type TextFieldProps } from '../TextField/TextField.js';

interface PersonnummerFieldOwnProps {
  /**
   * The visible label.
   * @sv Den synliga etiketten.
   * @default "Personnummer" / "Personal identity number" (from the dictionaries)
   */
  label?: ReactNode;
  /**
   * Format hint under the label. Pass `null` to leave it out.
   * @sv Formattips under etiketten. `null` tar bort det.
   * @default "12 siffror, ÅÅÅÅMMDD-XXXX" / "12 digits, YYYYMMDD-XXXX" (from the dictionaries)
   */
  description?: ReactNode;
  /**
   * An error from outside (for example the server's answer). It wins over the field's own
   * message. Leave it out to let the field explain format, date, check digit and future-date
   * errors itself.
   * @sv Ett fel utifrån (t.ex. serverns svar). Vinner över fältets eget meddelande.
   */
  error?: ReactNode;
  /**
   * The day numbers are judged against (century of 10-digit numbers, future dates). Set it in
   * tests and when the form is about a fixed date.
   * @sv Dagen som numret bedöms mot (sekel för 10-siffriga nummer, framtida datum).
   * @default today
   */
  referenceDate?: Date | string;
  /**
   * Called with the full result each time the field validates (on blur): `{ ok: true, normalized,
   * birthDate, … }` or `{ ok: false, error, message }`. Use `normalized` to store the number in one
   * form; validate again on the server with `parsePersonnummer`.
   * @sv Anropas med hela resultatet varje gång fältet validerar (när det lämnas).
   */
  onValidate?: (result: PersonnummerResult) => void;
  /**
   * On blur, rewrite a valid number in the input as `YYYYMMDD-XXXX`, so the person sees the
   * century that was understood. Works for uncontrolled fields; with a controlled `value`, set it
   * from `onValidate` instead.
   * @sv Skriver om ett giltigt nummer som `ÅÅÅÅMMDD-XXXX` när fältet lämnas.
   * @default false
   */
  normalizeOnBlur?: boolean;
}

export type PersonnummerFieldProps = PersonnummerFieldOwnProps &
  DistributiveOmit<
    TextFieldProps,
    keyof PersonnummerFieldOwnProps | 'type' | 'prefix' | 'suffix' | 'passwordToggle' | 'inputMode' | 'autoComplete'
  >;

/**
 * A text field for a Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer). Accepts the common written forms, validates date, check digit and
 * future dates when the field loses focus, and explains each error in words.
 *
 * Validation runs on blur, never while typing; once an error shows, it disappears as soon as
 * the number becomes valid. `ref` goes to the `<input>`.
 *
 * Usage rule: ask for a personnummer only when the service needs it, and always validate again
 * on the server (`parsePersonnummer` from `@goteborgsstad/react/personnummer`).
 */
export const PersonnummerField = forwardRef<HTMLInputElement, PersonnummerFieldProps>(function PersonnummerField(
  props,
  ref,
) {
  const {
    label,
    description,
    error,
    referenceDate,
    onValidate,
    normalizeOnBlur = false,
    onBlur,
    onChange,
    width = 'md',
    value,
    ...rest
  } = props;
  const strings = useSectionStrings(personnummerFieldStrings);
  const { errorCode, handleBlur, handleChange } = useBlurValidation<PersonnummerErrorCode, PersonnummerResult>({
    parse: (text) => parsePersonnummer(text, { referenceDate }),
    onValidate,
    normalizeOnBlur,
    value,
    onBlur,
    onChange,
  });

  return (
    <TextField
      ref={ref}
      {...(rest as TextFieldProps)}
      {...(value !== undefined ? { value } : {})}
      label={label ?? strings.label}
      description={description === undefined ? strings.description : description}
      error={error ?? (errorCode ? strings.errors[errorCode] : undefined)}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      width={width}
      onBlur={handleBlur}
      onChange={handleChange}
    />
  );
});
PersonnummerField.displayName = 'PersonnummerField';
