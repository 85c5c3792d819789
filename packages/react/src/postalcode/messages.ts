/**
 * Error codes and their built-in messages for Swedish postcode validation. A module of its own
 * so the i18n dictionaries can carry these texts without pulling in the parser.
 */

/** Why an input was rejected. Stable codes: match on these, not on the messages. */
export type PostalCodeErrorCode =
  /** Nothing but whitespace was given. */
  | 'empty'
  /** Not five digits (with an optional space or `SE-` before them). */
  | 'invalid-format'
  /** Swedish postcodes never start with 0. */
  | 'starts-with-zero';

/** A message in both languages the design system ships. */
export interface PostalCodeMessage {
  sv: string;
  en: string;
}

export const postalCodeMessagesSv: Readonly<Record<PostalCodeErrorCode, string>> = {
  empty: 'Ange postnummer.',
  'invalid-format': 'Skriv postnumret med fem siffror, till exempel 413 19.',
  'starts-with-zero': 'Svenska postnummer börjar inte med 0. Kontrollera numret.',
};

export const postalCodeMessagesEn: Readonly<Record<PostalCodeErrorCode, string>> = {
  empty: 'Enter a postcode.',
  'invalid-format': 'Enter the postcode with five digits, for example 413 19.',
  'starts-with-zero': 'Swedish postcodes do not start with 0. Check the number.',
};
