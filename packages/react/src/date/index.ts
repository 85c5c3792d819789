/**
 * Pure date and time functions — framework-free, importable on servers as
 * `@goteborgsstad/react/date` (also re-exported from the package root).
 *
 * Values are plain objects, never `Date`: `{ year, month, day }` with month 1–12 (`DateParts`)
 * and `{ hours, minutes }` on the 24-hour clock (`TimeParts`). Nothing here reads the clock
 * except `dateFromDate()` without an argument.
 *
 * ```ts
 * // ISO text ⇄ parts
 * parseIsoDate('2026-03-09')          // { year: 2026, month: 3, day: 9 }; null if malformed or no such day
 * formatIsoDate({ year: 2026, month: 3, day: 9 }) // '2026-03-09'
 * isValidDate({ year: 2027, month: 2, day: 29 })  // false (leap years, month lengths)
 * compareDates(a, b)                  // <0, 0, >0 — usable in Array#sort
 * isSameDate(a, b), isLeapYear(y), daysInMonth(y, m)
 *
 * // calendar arithmetic (for a calendar grid)
 * addDays(d, 7), addMonths(d, -1)     // addMonths clamps 31 Jan + 1 → 28/29 Feb
 * isoWeekday(d)                       // 1 Monday … 7 Sunday
 * isoWeek(d)                          // { year, week } — Swedish week numbers (ISO 8601)
 * toDayNumber(d), fromDayNumber(n)    // days since 1970-01-01
 * dateFromDate(new Date())            // today's local calendar day
 *
 * // typed parts (DateInput, server re-validation of a posted form)
 * parseDateParts({ year: '2026', month: '3', day: '9' }, { min: '2026-01-01', max })
 * // → { ok: true, value, iso: '2026-03-09' }
 * // | { ok: false, errors: [{ part: 'year'|'month'|'day', code }], message: { sv, en }, messageKey }
 *
 * // times
 * parseTime('08:30') / parseTime('8.30') // { hours: 8, minutes: 30 }; null if not a time
 * formatTime({ hours: 8, minutes: 5 })   // '08:05'
 * parseTimeParts({ hours: '8', minutes: '30' }) // same result shape as parseDateParts
 *
 * // for people, through Intl (sv, en = British order)
 * formatDate(d, 'sv', 'long')   // '9 mars 2026'; styles: full | long | medium | numeric
 * getDateFormatter('sv', { month: 'long' }) // cached Intl.DateTimeFormat in UTC, for month/day names
 * ```
 */
export {
  addDays,
  addMonths,
  compareDates,
  dateFromDate,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isLeapYear,
  isSameDate,
  isValidDate,
  isoWeek,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
  type DateParts,
} from './calendar.js';
export {
  dateMessages,
  parseDateParts,
  type DatePartError,
  type DatePartsInput,
  type DatePartsInvalid,
  type DatePartsResult,
  type DatePartsValid,
  type ParseDatePartsOptions,
} from './parseDateParts.js';
export {
  compareTimes,
  formatTime,
  isValidTime,
  parseTime,
  parseTimeParts,
  timeMessages,
  type TimePartError,
  type TimeParts,
  type TimePartsInput,
  type TimePartsResult,
} from './time.js';
export { formatDate, getDateFormatter, type DateFormatStyle } from './formatDate.js';
export type {
  DateErrorCode,
  DateMessage,
  DateMessageKey,
  DatePart,
  TimeErrorCode,
  TimeMessageKey,
  TimePart,
} from './messages.js';
