/**
 * Validation of a date typed in three parts (år, månad, dag), as `DateInput` collects it and a
 * server receives it from a posted form. Pure: no React, no DOM, no clock.
 */

import { compareDates, daysInMonth, formatIsoDate, parseIsoDate, type DateParts } from './calendar.js';
import {
  dateMessagesEn,
  dateMessagesSv,
  type DateErrorCode,
  type DateMessage,
  type DateMessageKey,
  type DatePart,
} from './messages.js';

/** The three inputs as typed. `FormData.get()` may also hand over `null`; it counts as blank. */
export interface DatePartsInput {
  year?: string | null;
  month?: string | null;
  day?: string | null;
}

export interface ParseDatePartsOptions {
  /** The earliest allowed day, as parts or `YYYY-MM-DD`. */
  min?: DateParts | string;
  /** The latest allowed day, as parts or `YYYY-MM-DD`. */
  max?: DateParts | string;
}

export interface DatePartError {
  /** The input that is wrong; `DateInput` marks only these as invalid. */
  part: DatePart;
  code: DateErrorCode;
}

export interface DatePartsValid {
  ok: true;
  value: DateParts;
  /** The date as `YYYY-MM-DD`. */
  iso: string;
  errors?: undefined;
  message?: undefined;
}

export interface DatePartsInvalid {
  ok: false;
  /** Every wrong part, in the order år, månad, dag; the first one is where to move focus. */
  errors: DatePartError[];
  /** One message for the whole group, in Swedish and English (a date has one error text). */
  message: DateMessage;
  /** The message's key in `dateMessages` (for apps that bring their own texts). */
  messageKey: DateMessageKey;
  value?: undefined;
  iso?: undefined;
}

export type DatePartsResult = DatePartsValid | DatePartsInvalid;

const PARTS: readonly DatePart[] = ['year', 'month', 'day'];

/** Both languages for every message key. */
export const dateMessages: Readonly<Record<DateMessageKey, DateMessage>> = Object.fromEntries(
  (Object.keys(dateMessagesSv) as DateMessageKey[]).map((key) => [key, { sv: dateMessagesSv[key], en: dateMessagesEn[key] }]),
) as Record<DateMessageKey, DateMessage>;

// Digits people type or paste: ASCII plus full-width forms from some input methods.
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const DIGITS = /^\d+$/;

function clean(value: string | null | undefined): string {
  if (typeof value !== 'string') return '';
  return value.replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10)).trim();
}

function toLimit(limit: DateParts | string | undefined): DateParts | null {
  if (limit === undefined) return null;
  return typeof limit === 'string' ? parseIsoDate(limit) : limit;
}

function invalid(errors: DatePartError[], messageKey: DateMessageKey, replace?: Record<string, string>): DatePartsInvalid {
  let sv = dateMessagesSv[messageKey];
  let en = dateMessagesEn[messageKey];
  if (replace) {
    for (const [name, text] of Object.entries(replace)) {
      sv = sv.replace(`{${name}}`, text);
      en = en.replace(`{${name}}`, text);
    }
  }
  return { ok: false, errors, message: { sv, en }, messageKey };
}

/**
 * Validates a date typed as year, month and day strings.
 *
 * Accepts digits with optional leading zeros and surrounding spaces (`"3"`, `"03"`, `" 9 "`);
 * the year must have four digits (a two-digit year is ambiguous: 26 could be 1926 or 2026).
 * Returns the date, or every wrong part with a code and one message for the group, following
 * GOV.UK's order of checks: blank parts first, then what is not a number or out of range, then a
 * day that does not exist in that month, then `min`/`max`.
 *
 * ```ts
 * parseDateParts({ year: '2026', month: '3', day: '9' });
 * // → { ok: true, value: { year: 2026, month: 3, day: 9 }, iso: '2026-03-09' }
 * parseDateParts({ year: '2027', month: '2', day: '29' });
 * // → { ok: false, errors: [{ part: 'day', code: 'nonexistent-day' }], message: { sv, en }, … }
 * ```
 */
export function parseDateParts(input: DatePartsInput | null | undefined, options: ParseDatePartsOptions = {}): DatePartsResult {
  const source = input ?? {};
  const text = { year: clean(source.year), month: clean(source.month), day: clean(source.day) };

  const missing = PARTS.filter((part) => text[part] === '');
  if (missing.length === 3) return invalid(PARTS.map((part) => ({ part, code: 'missing' })), 'empty');
  if (missing.length > 0) {
    return invalid(
      missing.map((part) => ({ part, code: 'missing' })),
      `missing-${missing.join('-')}` as DateMessageKey,
    );
  }

  const errors: DatePartError[] = [];
  for (const part of PARTS) {
    const value = text[part];
    if (!DIGITS.test(value)) {
      errors.push({ part, code: 'not-a-number' });
      continue;
    }
    const n = Number(value);
    const inRange =
      part === 'year' ? value.length === 4 && n >= 1 : part === 'month' ? n >= 1 && n <= 12 : n >= 1 && n <= 31;
    if (!inRange) errors.push({ part, code: 'out-of-range' });
  }
  if (errors.length > 0) return invalid(errors, `${errors[0]!.code}-${errors[0]!.part}` as DateMessageKey);

  const value = { year: Number(text.year), month: Number(text.month), day: Number(text.day) };
  if (value.day > daysInMonth(value.year, value.month)) {
    return invalid([{ part: 'day', code: 'nonexistent-day' }], 'nonexistent-day');
  }

  const whole = PARTS.map((part): DatePartError => ({ part, code: 'before-min' }));
  const min = toLimit(options.min);
  if (min && compareDates(value, min) < 0) return invalid(whole, 'before-min', { min: formatIsoDate(min) });
  const max = toLimit(options.max);
  if (max && compareDates(value, max) > 0) {
    return invalid(
      whole.map((error) => ({ ...error, code: 'after-max' })),
      'after-max',
      { max: formatIsoDate(max) },
    );
  }
  return { ok: true, value, iso: formatIsoDate(value) };
}
