/**
 * Error codes and their built-in messages for personnummer validation. A module of its own so
 * the i18n dictionaries can carry these texts without pulling in the parser.
 */

/** Why an input was rejected. Stable codes: match on these, not on the messages. */
export type PersonnummerErrorCode =
  /** Nothing but whitespace was given. */
  | 'empty'
  /** Not 10 or 12 digits with an optional `-`/`+` before the last four. */
  | 'invalid-format'
  /** The date part names a day that does not exist (31 April, 29 February in a common year…). */
  | 'invalid-date'
  /** The last digit does not match the Luhn checksum of the other nine. */
  | 'invalid-checksum'
  /** The date of birth lies after the reference date. */
  | 'future-date';

/** A message in both languages the design system ships. */
export interface PersonnummerMessage {
  sv: string;
  en: string;
}

/**
 * Built-in explanations for each error code, one object per language so a dictionary carries only
 * its own language. Written to tell the person what to do, not only what is wrong (GOV.UK and
 * Designsystemet error-message guidance).
 */
export const personnummerMessagesSv: Readonly<Record<PersonnummerErrorCode, string>> = {
  empty: 'Ange personnummer.',
  'invalid-format': 'Skriv personnumret med 10 eller 12 siffror, till exempel ÅÅMMDD-XXXX eller ÅÅÅÅMMDD-XXXX.',
  'invalid-date': 'Personnumret innehåller ett datum som inte finns. Kontrollera år, månad och dag.',
  'invalid-checksum': 'Den sista siffran (kontrollsiffran) stämmer inte. Kontrollera att alla siffror är rätt.',
  'future-date': 'Födelsedatumet i personnumret ligger i framtiden. Kontrollera årtalet.',
};

export const personnummerMessagesEn: Readonly<Record<PersonnummerErrorCode, string>> = {
  empty: 'Enter a personal identity number.',
  'invalid-format': 'Enter the personal identity number with 10 or 12 digits, for example YYMMDD-XXXX or YYYYMMDD-XXXX.',
  'invalid-date': 'The personal identity number contains a date that does not exist. Check the year, month and day.',
  'invalid-checksum': 'The last digit (the check digit) does not match. Check that all the digits are correct.',
  'future-date': 'The date of birth in the personal identity number is in the future. Check the year.',
};
