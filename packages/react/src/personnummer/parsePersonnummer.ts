/**
 * Parsing and validation of Swedish personal identity numbers (personnummer) and
 * coordination numbers (samordningsnummer).
 *
 * Pure and framework-free on purpose: the same function runs in the browser field and on the
 * server that must re-validate what was posted. No React, no DOM, no `Date.now()` unless the
 * caller leaves `referenceDate` out.
 */

import { warnOnce } from '../internal/warn.js';
import {
  personnummerMessagesEn,
  personnummerMessagesSv,
  type PersonnummerErrorCode,
  type PersonnummerMessage,
} from './messages.js';

export type { PersonnummerErrorCode, PersonnummerMessage };

// Here, not in messages.ts: the dictionaries import one language each from there, and this
// object (which reads both) would otherwise be bundled with every component.
/** Both languages per error code, as `parsePersonnummer` returns them. */
export const personnummerMessages: Readonly<Record<PersonnummerErrorCode, PersonnummerMessage>> = {
  empty: { sv: personnummerMessagesSv['empty'], en: personnummerMessagesEn['empty'] },
  'invalid-format': { sv: personnummerMessagesSv['invalid-format'], en: personnummerMessagesEn['invalid-format'] },
  'invalid-date': { sv: personnummerMessagesSv['invalid-date'], en: personnummerMessagesEn['invalid-date'] },
  'invalid-checksum': { sv: personnummerMessagesSv['invalid-checksum'], en: personnummerMessagesEn['invalid-checksum'] },
  'future-date': { sv: personnummerMessagesSv['future-date'], en: personnummerMessagesEn['future-date'] },
};

/**
 * What else a form hands over: `FormData.get()` gives `null` for a missing field and a file object
 * for a file input; both are rejected (`empty`, `invalid-format`) instead of failing to type-check.
 */
export type PersonnummerFormValue = null | undefined | { readonly name: string; readonly size: number };

export interface ParsePersonnummerOptions {
  /**
   * The day the number is judged against: it decides the century of a 10-digit number and what
   * counts as a future date. A `Date` (its local calendar day is used) or an ISO date string
   * `YYYY-MM-DD`. Pass it on servers and in tests for deterministic results.
   * @default today (local time)
   */
  referenceDate?: Date | string;
}

export interface PersonnummerValid {
  ok: true;
  /** Always the 12-digit form with a hyphen: `YYYYMMDD-XXXX` (coordination numbers keep day + 60). */
  normalized: string;
  /** The date of birth as an ISO date `YYYY-MM-DD` (for a coordination number: the real day). */
  birthDate: string;
  /** True for a samordningsnummer (day of month + 60). */
  isCoordinationNumber: boolean;
  /**
   * Legal sex as registered when the number was assigned (odd ninth digit: male, even: female).
   * It may not match the person's gender today; ask for gender separately if a service needs it,
   * and do not show this value without a reason.
   */
  sex: 'female' | 'male';
  /**
   * Never set on a valid result. Declared so that `result.ok ? … : result.message` also
   * type-checks in projects without `strict` (there TypeScript does not narrow on `ok`).
   */
  error?: undefined;
  message?: undefined;
}

export interface PersonnummerInvalid {
  ok: false;
  /** Machine-readable reason. */
  error: PersonnummerErrorCode;
  /** Human-readable reason in Swedish and English. */
  message: PersonnummerMessage;
}

export type PersonnummerResult = PersonnummerValid | PersonnummerInvalid;

// Hyphen look-alikes that word processors and PDFs put in when people copy a number.
const HYPHEN_LIKE = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;
const WHITESPACE = /\s+/g;
const SHAPE = /^(\d{6}|\d{8})([-+]?)(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

function fail(error: PersonnummerErrorCode): PersonnummerInvalid {
  return { ok: false, error, message: personnummerMessages[error] };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Negative if a is before b, 0 if the same day, positive if after. */
function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function toCalendarDay(reference: Date | string | undefined): CalendarDay {
  if (typeof reference === 'string') {
    const match = ISO_DATE.exec(reference);
    if (match) {
      return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    }
    // A malformed reference must not crash a form: fall back to today and say so in development.
    if (process.env.NODE_ENV !== 'production') warnOnce('parsePersonnummer', `referenceDate "${reference}" is not an ISO date (YYYY-MM-DD); using today instead.`);
    reference = undefined;
  }
  const date = reference instanceof Date && !Number.isNaN(reference.getTime()) ? reference : new Date();
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Luhn (mod 10) check over the 10-digit form: weights 2,1,2,1… on the first nine digits, the
 * digit sum of each product, and the tenth digit must bring the total to a multiple of ten.
 */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/**
 * Parse and validate a Swedish personal identity number or coordination number.
 *
 * Accepts the written forms people use: `YYMMDD-XXXX`, `YYMMDD+XXXX` (100 years or older),
 * `YYMMDDXXXX`, `YYYYMMDD-XXXX`, `YYYYMMDDXXXX`, with spaces anywhere and typographic dashes.
 * A 10-digit number gets the most recent century that does not put the birth date after the
 * reference date; `+` moves it back another hundred years.
 *
 * Never throws; every rejection carries a code and a message in Swedish and English.
 *
 * @example
 * parsePersonnummer('121212-1212', { referenceDate: '2026-01-01' })
 * // → { ok: true, normalized: '20121212-1212', birthDate: '2012-12-12', isCoordinationNumber: false, sex: 'male' }
 */
export function parsePersonnummer(
  input: string | PersonnummerFormValue,
  options: ParsePersonnummerOptions = {},
): PersonnummerResult {
  if (typeof input !== 'string') {
    // Server code passes what a form gives: `formData.get()` is a string, a File or null.
    if (input === null || input === undefined) return fail('empty');
    return fail('invalid-format');
  }
  const compact = input.replace(WHITESPACE, '').replace(HYPHEN_LIKE, '-');
  if (compact === '') return fail('empty');

  const shape = SHAPE.exec(compact);
  if (!shape) return fail('invalid-format');
  const datePart = shape[1] as string;
  const separator = shape[2] as '' | '-' | '+';
  const lastFour = shape[3] as string;

  const month = Number(datePart.slice(-4, -2));
  const writtenDay = Number(datePart.slice(-2));
  const isCoordinationNumber = writtenDay > 60;
  const day = isCoordinationNumber ? writtenDay - 60 : writtenDay;
  const reference = toCalendarDay(options.referenceDate);

  let year: number;
  if (datePart.length === 8) {
    year = Number(datePart.slice(0, 4));
  } else {
    const twoDigitYear = Number(datePart.slice(0, 2));
    // Most recent year ending in these two digits whose month/day is not after the reference.
    year = reference.year - ((reference.year - twoDigitYear) % 100 + 100) % 100;
    if (compareDays({ year, month, day }, reference) > 0) year -= 100;
    if (separator === '+') year -= 100;
  }

  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('invalid-date');
  }

  const tenDigits = datePart.slice(-6) + lastFour;
  if (luhnCheckDigit(tenDigits.slice(0, 9)) !== Number(tenDigits[9])) {
    return fail('invalid-checksum');
  }

  if (compareDays({ year, month, day }, reference) > 0) return fail('future-date');

  return {
    ok: true,
    normalized: `${pad(year, 4)}${datePart.slice(-4)}-${lastFour}`,
    birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    isCoordinationNumber,
    sex: Number(lastFour[2]) % 2 === 1 ? 'male' : 'female',
  };
}

/** Convenience predicate for `parsePersonnummer(input, options).ok`. */
export function isValidPersonnummer(input: string, options?: ParsePersonnummerOptions): boolean {
  return parsePersonnummer(input, options).ok;
}
