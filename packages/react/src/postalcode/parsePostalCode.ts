/**
 * Parsing and validation of Swedish postcodes (postnummer): five digits, the first never 0,
 * written as `413 19`.
 *
 * Pure and framework-free, like `parsePersonnummer`: the same function runs in the browser field
 * and on the server. It checks the form, not whether the postcode is in use (that takes
 * PostNord's register).
 */

import {
  postalCodeMessagesEn,
  postalCodeMessagesSv,
  type PostalCodeErrorCode,
  type PostalCodeMessage,
} from './messages.js';

export type { PostalCodeErrorCode, PostalCodeMessage };

// Here, not in messages.ts: the dictionaries take one language each, and this object reads both.
/** Both languages per error code, as `parsePostalCode` returns them. */
export const postalCodeMessages: Readonly<Record<PostalCodeErrorCode, PostalCodeMessage>> = {
  empty: { sv: postalCodeMessagesSv['empty'], en: postalCodeMessagesEn['empty'] },
  'invalid-format': { sv: postalCodeMessagesSv['invalid-format'], en: postalCodeMessagesEn['invalid-format'] },
  'starts-with-zero': { sv: postalCodeMessagesSv['starts-with-zero'], en: postalCodeMessagesEn['starts-with-zero'] },
};

/** What else a form hands over (`formData.get()`): `null` or a file. Rejected, never thrown on. */
export type PostalCodeFormValue = null | undefined | { readonly name: string; readonly size: number };

export interface PostalCodeValid {
  ok: true;
  /** Always `NNN NN` with a normal space, as PostNord writes it: `413 19`. */
  normalized: string;
  error?: undefined;
  message?: undefined;
}

export interface PostalCodeInvalid {
  ok: false;
  /** Machine-readable reason. */
  error: PostalCodeErrorCode;
  /** Human-readable reason in Swedish and English. */
  message: PostalCodeMessage;
}

export type PostalCodeResult = PostalCodeValid | PostalCodeInvalid;

// Spaces of any kind and hyphens people put between the groups; the "SE-"/"S-" country prefix
// still seen on older letters.
const WHITESPACE = /\s+/g;
const COUNTRY_PREFIX = /^(?:SE|S)-?/i;
const SHAPE = /^(\d{3})-?(\d{2})$/;

function fail(error: PostalCodeErrorCode): PostalCodeInvalid {
  return { ok: false, error, message: postalCodeMessages[error] };
}

/**
 * Parse and validate a Swedish postcode.
 *
 * Accepts `41319`, `413 19`, `413-19` and `SE-413 19`; answers `413 19`. Never throws; every
 * rejection carries a code and messages in Swedish and English.
 *
 * @example
 * parsePostalCode('41319') // → { ok: true, normalized: '413 19' }
 */
export function parsePostalCode(input: string | PostalCodeFormValue): PostalCodeResult {
  if (typeof input !== 'string') {
    if (input === null || input === undefined) return fail('empty');
    return fail('invalid-format');
  }
  const compact = input.replace(WHITESPACE, '');
  if (compact === '') return fail('empty');
  const shape = SHAPE.exec(compact.replace(COUNTRY_PREFIX, ''));
  if (!shape) return fail('invalid-format');
  const first = shape[1] as string;
  if (first.startsWith('0')) return fail('starts-with-zero');
  return { ok: true, normalized: `${first} ${shape[2] as string}` };
}

/** Convenience predicate for `parsePostalCode(input).ok`. */
export function isValidPostalCode(input: string): boolean {
  return parsePostalCode(input).ok;
}
