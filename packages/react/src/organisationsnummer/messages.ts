/**
 * Error codes and their built-in messages for organisation number validation. A module of its own
 * so the i18n dictionaries can carry these texts without pulling in the parser.
 */
import { personnummerMessagesEn, personnummerMessagesSv } from '../personnummer/messages.js';

/** Why an input was rejected. Stable codes: match on these, not on the messages. */
export type OrganisationsnummerErrorCode =
  /** Nothing but whitespace was given. */
  | 'empty'
  /** Not 10 digits (or 12 with the prefix 16) with an optional hyphen before the last four. */
  | 'invalid-format'
  /** The third digit is 0 or 1: that is a personnummer, and personnummer are not allowed here. */
  | 'personnummer-not-allowed'
  /** The last digit does not match the Luhn checksum of the other nine. */
  | 'invalid-checksum'
  /** A sole trader's personnummer names a day that does not exist. */
  | 'invalid-date'
  /** A sole trader's personnummer has a date of birth after the reference date. */
  | 'future-date';

/** A message in both languages the design system ships. */
export interface OrganisationsnummerMessage {
  sv: string;
  en: string;
}

export const organisationsnummerMessagesSv: Readonly<Record<OrganisationsnummerErrorCode, string>> = {
  empty: 'Ange organisationsnummer.',
  'invalid-format': 'Skriv numret med 10 siffror, till exempel 212000-1355.',
  'personnummer-not-allowed':
    'Numret är ett personnummer. Ange organisationsnumret, som har en siffra 2 eller högre på tredje plats.',
  'invalid-checksum': 'Den sista siffran (kontrollsiffran) stämmer inte. Kontrollera att alla siffror är rätt.',
  'invalid-date': personnummerMessagesSv['invalid-date'],
  'future-date': personnummerMessagesSv['future-date'],
};

export const organisationsnummerMessagesEn: Readonly<Record<OrganisationsnummerErrorCode, string>> = {
  empty: 'Enter an organisation number.',
  'invalid-format': 'Enter the number with 10 digits, for example 212000-1355.',
  'personnummer-not-allowed':
    'This is a personal identity number. Enter the organisation number, which has a 2 or higher as its third digit.',
  'invalid-checksum': 'The last digit (the check digit) does not match. Check that all the digits are correct.',
  'invalid-date': personnummerMessagesEn['invalid-date'],
  'future-date': personnummerMessagesEn['future-date'],
};
