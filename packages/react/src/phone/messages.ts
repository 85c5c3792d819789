/**
 * Error codes and their built-in messages for phone number validation. A module of its own so
 * the i18n dictionaries can carry these texts without pulling in the parser.
 */

/** Why an input was rejected. Stable codes: match on these, not on the messages. */
export type PhoneNumberErrorCode =
  /** Nothing but whitespace was given. */
  | 'empty'
  /** Something other than digits, a leading `+` and the usual separators (space, `-`, `.`, `/`, brackets). */
  | 'invalid-characters'
  /** Neither a trunk 0 (national) nor `+`/`00` and a country code (international). */
  | 'missing-prefix'
  /** Too few digits for a phone number of that country. */
  | 'too-short'
  /** More digits than a phone number can have (E.164: 15 at most; Sweden: 0 and nine more). */
  | 'too-long';

/** A message in both languages the design system ships. */
export interface PhoneNumberMessage {
  sv: string;
  en: string;
}

export const phoneNumberMessagesSv: Readonly<Record<PhoneNumberErrorCode, string>> = {
  empty: 'Ange telefonnummer.',
  'invalid-characters': 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och + före landsnumret.',
  'missing-prefix': 'Skriv numret med riktnummer, till exempel 031-365 00 00, eller med landsnummer, till exempel +47.',
  'too-short': 'Telefonnumret har för få siffror. Kontrollera att riktnumret och alla siffror är med.',
  'too-long': 'Telefonnumret har för många siffror. Kontrollera numret.',
};

export const phoneNumberMessagesEn: Readonly<Record<PhoneNumberErrorCode, string>> = {
  empty: 'Enter a phone number.',
  'invalid-characters': 'A phone number can only contain digits, spaces, hyphens and a + before the country code.',
  'missing-prefix': 'Enter the number with its area code, for example 031-365 00 00, or with a country code, for example +47.',
  'too-short': 'The phone number has too few digits. Check that the area code and all the digits are there.',
  'too-long': 'The phone number has too many digits. Check the number.',
};
