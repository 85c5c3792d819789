/**
 * Parsing and validation of Swedish organisation numbers (organisationsnummer), and of the
 * personnummer a sole trader (enskild näringsidkare) uses instead when the caller allows it.
 *
 * Pure and framework-free, like `parsePersonnummer`: the same function runs in the browser field
 * and on the server that re-validates what was posted.
 */

import {
  luhnCheckDigit,
  parsePersonnummer,
  type ParsePersonnummerOptions,
  type PersonnummerFormValue,
  type PersonnummerValid,
} from '../personnummer/parsePersonnummer.js';
import {
  organisationsnummerMessagesEn,
  organisationsnummerMessagesSv,
  type OrganisationsnummerErrorCode,
  type OrganisationsnummerMessage,
} from './messages.js';

export type { OrganisationsnummerErrorCode, OrganisationsnummerMessage };

// Here, not in messages.ts, for the same reason as in parsePersonnummer: the dictionaries take
// one language each, and this object reads both.
/** Both languages per error code, as `parseOrganisationsnummer` returns them. */
export const organisationsnummerMessages: Readonly<Record<OrganisationsnummerErrorCode, OrganisationsnummerMessage>> = {
  empty: { sv: organisationsnummerMessagesSv['empty'], en: organisationsnummerMessagesEn['empty'] },
  'invalid-format': {
    sv: organisationsnummerMessagesSv['invalid-format'],
    en: organisationsnummerMessagesEn['invalid-format'],
  },
  'personnummer-not-allowed': {
    sv: organisationsnummerMessagesSv['personnummer-not-allowed'],
    en: organisationsnummerMessagesEn['personnummer-not-allowed'],
  },
  'invalid-checksum': {
    sv: organisationsnummerMessagesSv['invalid-checksum'],
    en: organisationsnummerMessagesEn['invalid-checksum'],
  },
  'invalid-date': { sv: organisationsnummerMessagesSv['invalid-date'], en: organisationsnummerMessagesEn['invalid-date'] },
  'future-date': { sv: organisationsnummerMessagesSv['future-date'], en: organisationsnummerMessagesEn['future-date'] },
};

/** What else a form hands over (`formData.get()`): `null` or a file. Rejected, never thrown on. */
export type OrganisationsnummerFormValue = PersonnummerFormValue;

export interface ParseOrganisationsnummerOptions {
  /**
   * Also accept a personnummer, as a sole trader (enskild firma) has no organisation number of
   * its own. It is then validated with `parsePersonnummer` (date, check digit, future date).
   * @default false
   */
  allowPersonnummer?: boolean;
  /**
   * Passed to `parsePersonnummer` for a sole trader's number (century of 10-digit numbers,
   * future dates). Pass it on servers and in tests for deterministic results.
   * @default today (local time)
   */
  referenceDate?: ParsePersonnummerOptions['referenceDate'];
}

export interface OrganisationsnummerValidOrganisation {
  ok: true;
  kind: 'organisation';
  /** Always `NNNNNN-NNNN`, the form Bolagsverket and Skatteverket print. */
  normalized: string;
  /**
   * The first digit, which tells the legal form: 1 estates, 2 state, regions, municipalities and
   * parishes, 3 foreign companies, 5 limited companies, 6 simple partnerships, 7 economic
   * associations, 8 non-profit associations and foundations, 9 trading partnerships.
   */
  group: number;
  personnummer?: undefined;
  error?: undefined;
  message?: undefined;
}

export interface OrganisationsnummerValidPersonnummer {
  ok: true;
  kind: 'personnummer';
  /** The personnummer in its 12-digit form `YYYYMMDD-XXXX` (as `parsePersonnummer` gives it). */
  normalized: string;
  /** The full personnummer result (birth date, coordination number). */
  personnummer: PersonnummerValid;
  group?: undefined;
  error?: undefined;
  message?: undefined;
}

export type OrganisationsnummerValid = OrganisationsnummerValidOrganisation | OrganisationsnummerValidPersonnummer;

export interface OrganisationsnummerInvalid {
  ok: false;
  /** Machine-readable reason. */
  error: OrganisationsnummerErrorCode;
  /** Human-readable reason in Swedish and English. */
  message: OrganisationsnummerMessage;
}

export type OrganisationsnummerResult = OrganisationsnummerValid | OrganisationsnummerInvalid;

// Hyphen look-alikes that word processors and PDFs put in when people copy a number.
const HYPHEN_LIKE = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;
const WHITESPACE = /\s+/g;
// Ten digits, or twelve with Skatteverket's century-like prefix 16; a hyphen before the last four.
const SHAPE = /^(16)?(\d{6})-?(\d{4})$/;
// What a personnummer may look like (the `+` of people aged 100 or more, and 12 digits from 18, 19 or 20).
const PERSONNUMMER_SHAPE = /^(?:1[89]|20)?\d{6}[-+]?\d{4}$/;

function fail(error: OrganisationsnummerErrorCode): OrganisationsnummerInvalid {
  return { ok: false, error, message: organisationsnummerMessages[error] };
}

/**
 * Parse and validate a Swedish organisation number, or with `allowPersonnummer` a sole trader's
 * personnummer.
 *
 * Accepts `NNNNNN-NNNN`, `NNNNNNNNNN` and Skatteverket's 12-digit `16NNNNNN-NNNN`, with spaces
 * anywhere and typographic dashes. An organisation number has 2 or higher as its third digit
 * (a personnummer has the tens of the month there: 0 or 1), and its last digit is a Luhn check
 * digit, computed as for personnummer.
 *
 * Never throws; every rejection carries a code and a message in Swedish and English.
 *
 * @example
 * parseOrganisationsnummer('2120001355') // → { ok: true, kind: 'organisation', normalized: '212000-1355', group: 2 }
 */
export function parseOrganisationsnummer(
  input: string | OrganisationsnummerFormValue,
  options: ParseOrganisationsnummerOptions = {},
): OrganisationsnummerResult {
  if (typeof input !== 'string') {
    if (input === null || input === undefined) return fail('empty');
    return fail('invalid-format');
  }
  const compact = input.replace(WHITESPACE, '').replace(HYPHEN_LIKE, '-');
  if (compact === '') return fail('empty');

  const shape = SHAPE.exec(compact);
  const thirdDigit = shape ? Number((shape[2] as string)[2]) : NaN;
  if (!shape || thirdDigit < 2) {
    // Not an organisation number; with sole traders allowed it may be their personnummer.
    if (!PERSONNUMMER_SHAPE.test(compact)) return fail('invalid-format');
    if (!options.allowPersonnummer) return fail('personnummer-not-allowed');
    const personnummer = parsePersonnummer(compact, { referenceDate: options.referenceDate });
    if (!personnummer.ok) {
      // `empty` cannot happen here (the input has digits); the other codes exist in both parsers.
      return fail(personnummer.error === 'empty' ? 'invalid-format' : personnummer.error);
    }
    return { ok: true, kind: 'personnummer', normalized: personnummer.normalized, personnummer };
  }

  const first6 = shape[2] as string;
  const last4 = shape[3] as string;
  const ten = first6 + last4;
  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return fail('invalid-checksum');
  return { ok: true, kind: 'organisation', normalized: `${first6}-${last4}`, group: Number(ten[0]) };
}

/** Convenience predicate for `parseOrganisationsnummer(input, options).ok`. */
export function isValidOrganisationsnummer(input: string, options?: ParseOrganisationsnummerOptions): boolean {
  return parseOrganisationsnummer(input, options).ok;
}
