/**
 * Parsing and validation of phone numbers as people write them in Sweden, normalised to E.164
 * (`+46313650000`) for storage, SMS gateways and `tel:` links.
 *
 * Pure and framework-free, like `parsePersonnummer`: the same function runs in the browser field
 * and on the server. It checks the shape and length of a number, not whether it is in use; for
 * foreign numbers it checks only the E.164 length (country code and number, at most 15 digits).
 */

import { formatPhone } from './format.js';
import {
  phoneNumberMessagesEn,
  phoneNumberMessagesSv,
  type PhoneNumberErrorCode,
  type PhoneNumberMessage,
} from './messages.js';

export type { PhoneNumberErrorCode, PhoneNumberMessage };

// Here, not in messages.ts: the dictionaries take one language each, and this object reads both.
/** Both languages per error code, as `parsePhoneNumber` returns them. */
export const phoneNumberMessages: Readonly<Record<PhoneNumberErrorCode, PhoneNumberMessage>> = {
  empty: { sv: phoneNumberMessagesSv['empty'], en: phoneNumberMessagesEn['empty'] },
  'invalid-characters': { sv: phoneNumberMessagesSv['invalid-characters'], en: phoneNumberMessagesEn['invalid-characters'] },
  'missing-prefix': { sv: phoneNumberMessagesSv['missing-prefix'], en: phoneNumberMessagesEn['missing-prefix'] },
  'too-short': { sv: phoneNumberMessagesSv['too-short'], en: phoneNumberMessagesEn['too-short'] },
  'too-long': { sv: phoneNumberMessagesSv['too-long'], en: phoneNumberMessagesEn['too-long'] },
};

/** What else a form hands over (`formData.get()`): `null` or a file. Rejected, never thrown on. */
export type PhoneNumberFormValue = null | undefined | { readonly name: string; readonly size: number };

export interface PhoneNumberValid {
  ok: true;
  /** The number in E.164: `+`, country code and number, digits only (`+46313650000`). */
  normalized: string;
  /** True for a Swedish number (+46). */
  isSwedish: boolean;
  /**
   * The number as people read it: Swedish numbers as `031-365 00 00`, `070-123 45 67`; foreign
   * numbers in E.164.
   */
  formatted: string;
  error?: undefined;
  message?: undefined;
}

export interface PhoneNumberInvalid {
  ok: false;
  /** Machine-readable reason. */
  error: PhoneNumberErrorCode;
  /** Human-readable reason in Swedish and English. */
  message: PhoneNumberMessage;
}

export type PhoneNumberResult = PhoneNumberValid | PhoneNumberInvalid;

// Separators people write: spaces, hyphens (and look-alikes from documents), dots, slashes, brackets.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE63\uFF0D./()]/g;
const ALLOWED = /^\+?[\d\s\-\u2010-\u2015\u2212\uFE63\uFF0D./()]*$/;
// "+46 (0)31 …": the trunk 0 in brackets after a country code is read as not there.
const BRACKETED_TRUNK = /^(\+\d{1,3})\s*\(0\)/;
// A Swedish number after +46 has 7 to 9 digits ("8 123 45" … "70 123 45 67").
const SWEDISH_MIN = 7;
const SWEDISH_MAX = 9;
// E.164: at most 15 digits; the shortest numbers in use (small island states) have 7 with their country code.
const E164_MIN = 7;
const E164_MAX = 15;

function fail(error: PhoneNumberErrorCode): PhoneNumberInvalid {
  return { ok: false, error, message: phoneNumberMessages[error] };
}

/**
 * Parse a phone number written the Swedish way or internationally, and normalise it to E.164.
 *
 * - `031-365 00 00`, `031 365 00 00`, `(031) 365 00 00` → `+46313650000` (a trunk 0 means Sweden)
 * - `+46 31 365 00 00`, `0046 31 365 00 00`, `+46 (0)31 365 00 00` → `+46313650000`
 * - `+47 22 12 34 56` → `+4722123456` (kept; other countries are checked only for length)
 *
 * A number without a trunk 0, `+` or `00` is rejected (`missing-prefix`): it cannot be dialled
 * from everywhere. Never throws; every rejection carries a code and messages in Swedish and English.
 *
 * @example
 * parsePhoneNumber('031-365 00 00') // → { ok: true, normalized: '+46313650000', isSwedish: true, formatted: '031-365 00 00' }
 */
export function parsePhoneNumber(input: string | PhoneNumberFormValue): PhoneNumberResult {
  if (typeof input !== 'string') {
    if (input === null || input === undefined) return fail('empty');
    return fail('invalid-characters');
  }
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty');
  if (!ALLOWED.test(trimmed)) return fail('invalid-characters');

  const compact = trimmed.replace(BRACKETED_TRUNK, '$1').replace(SEPARATORS, '');
  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (compact.startsWith('0')) international = `46${compact.slice(1)}`;
  else return fail('missing-prefix');
  if (international === '' || international.startsWith('0')) return fail('missing-prefix');

  if (international.startsWith('46')) {
    // "+46 031 …": people often keep the trunk 0 after the country code; it is never dialled.
    const national = international.slice(2).replace(/^0/, '');
    if (national.length < SWEDISH_MIN) return fail('too-short');
    if (national.length > SWEDISH_MAX) return fail('too-long');
    const normalized = `+46${national}`;
    return { ok: true, normalized, isSwedish: true, formatted: formatPhone(normalized) };
  }
  if (international.length < E164_MIN) return fail('too-short');
  if (international.length > E164_MAX) return fail('too-long');
  const normalized = `+${international}`;
  return { ok: true, normalized, isSwedish: false, formatted: normalized };
}

/** Convenience predicate for `parsePhoneNumber(input).ok`. */
export function isValidPhoneNumber(input: string): boolean {
  return parsePhoneNumber(input).ok;
}
