/**
 * Calendar arithmetic on plain `{ year, month, day }` values (proleptic Gregorian, month 1–12).
 * No `Date` objects: a `Date` carries a time and a zone, and `new Date('2026-03-09')` is the
 * evening of 8 March west of Greenwich. Day numbers use the days-from-civil algorithm
 * (H. Hinnant), so adding days and weekdays cost a few integer operations and no allocation.
 */

/** A calendar day. `month` is 1–12 (not 0–11 as in `Date`). */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The year 1–9999: what four year digits and ISO 8601 without sign can write. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** True for leap years: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  if (month === 4 || month === 6 || month === 9 || month === 11) return 30;
  return month >= 1 && month <= 12 ? 31 : 0;
}

/** True when the parts are integers naming a real day between year 1 and 9999. */
export function isValidDate(parts: DateParts | null | undefined): parts is DateParts {
  if (parts === null || typeof parts !== 'object') return false;
  const { year, month, day } = parts;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
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
  const year = String(parts.year).padStart(4, '0');
  return `${year}-${pad2(parts.month)}-${pad2(parts.day)}`;
}

/** Negative when `a` is before `b`, 0 on the same day, positive when after (for `Array#sort`). */
export function compareDates(a: DateParts, b: DateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** True when both name the same day. */
export function isSameDate(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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
