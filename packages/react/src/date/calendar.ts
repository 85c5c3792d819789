/**
 * Calendar arithmetic on plain `{ year, month, day }` values (proleptic Gregorian, month 1–12).
 * No `Date` values cross this API: a `Date` carries a time and a zone, and
 * `new Date('2026-03-09')` is the evening of 8 March west of Greenwich. Day numbers are read
 * from the engine's own calendar at midnight UTC, which has no zone to shift the day.
 */

/** A calendar day. `month` is 1–12 (not 0–11 as in `Date`). */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pad = (n: number, digits: number) => String(n).padStart(digits, '0');

/** True for leap years: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one, in the engine's calendar.
  return month >= 1 && month <= 12 ? fromDayNumber(toDayNumber({ year, month: month + 1, day: 0 })).day : 0;
}

/**
 * True when the parts are integers naming a real day between year 1 and 9999 (what four year
 * digits and ISO 8601 without sign can write).
 */
export function isValidDate(parts: DateParts | null | undefined): parts is DateParts {
  if (!parts) return false;
  const { year, month, day } = parts;
  // daysInMonth is 0 outside months 1–12, so the month needs no range check of its own.
  return [year, month, day].every(Number.isInteger) && year >= 1 && year <= 9999 && day >= 1 && day <= daysInMonth(year, month);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a strict ISO 8601 calendar date `YYYY-MM-DD` (what `<input type="date">`, JSON and
 * databases use). Returns `null` for any other shape or a day that does not exist.
 */
export function parseIsoDate(text: string | null | undefined): DateParts | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(parts) ? parts : null;
}

/** Writes `YYYY-MM-DD`. Does not validate: check with `isValidDate` first if the parts are untrusted. */
export function formatIsoDate(parts: DateParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** Negative when `a` is before `b`, 0 on the same day, positive when after (for `Array#sort`). */
export function compareDates(a: DateParts, b: DateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** True when both name the same day. */
export function isSameDate(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 (negative before). */
export function toDayNumber({ year, month, day }: DateParts): number {
  // The engine's proleptic Gregorian calendar; setUTCFullYear (unlike Date.UTC) keeps years 0–99.
  return new Date(0).setUTCFullYear(year, month - 1, day) / DAY;
}

/** The calendar day of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): DateParts {
  const date = new Date(dayNumber * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `days` after (or before, when negative) the given one. */
export function addDays(parts: DateParts, days: number): DateParts {
  return fromDayNumber(toDayNumber(parts) + days);
}

/**
 * The same day `months` later (or earlier), clamped to the month's last day: 31 January + 1
 * month is 28 or 29 February, as calendars' Page Down expects.
 */
export function addMonths(parts: DateParts, months: number): DateParts {
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(parts.day, daysInMonth(year, month)) };
}

/** ISO weekday: 1 Monday … 7 Sunday (the Swedish week starts on Monday). */
export function isoWeekday(parts: DateParts): number {
  // 1970-01-01 was a Thursday (4).
  const n = (toDayNumber(parts) + 3) % 7;
  return (n < 0 ? n + 7 : n) + 1;
}

/**
 * ISO 8601 week number (vecka), as Swedish calendars print it: weeks start on Monday and week 1
 * holds the year's first Thursday. 1 January can lie in week 52 or 53 of the year before.
 */
export function isoWeek(parts: DateParts): { year: number; week: number } {
  const thursday = addDays(parts, 4 - isoWeekday(parts));
  const firstOfYear = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - firstOfYear) / 7) + 1 };
}

/**
 * The local calendar day of a `Date` (default: now). The one place that reads the clock or a
 * `Date`; pass a `Date` on servers and in tests for a deterministic "today".
 */
export function dateFromDate(date: Date = new Date()): DateParts {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
