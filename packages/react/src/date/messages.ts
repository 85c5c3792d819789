/**
 * Error codes and built-in messages for dates and times typed in parts. A module of its own so
 * the i18n dictionaries can carry these texts without pulling in the parsers.
 */

/** Which input of a date a problem belongs to. */
export type DatePart = 'year' | 'month' | 'day';

/** Which input of a time a problem belongs to. */
export type TimePart = 'hours' | 'minutes';

/**
 * Why a date part was rejected. Stable codes: match on these, not on the messages.
 * - `missing`: the part is blank while another part is filled in.
 * - `not-a-number`: the part holds something other than digits.
 * - `out-of-range`: year not four digits, month not 1–12, day not 1–31.
 * - `nonexistent-day`: the day does not exist in that month (31 April, 29 February 2027).
 * - `before-min` / `after-max`: a real date outside the allowed range.
 */
export type DateErrorCode = 'missing' | 'not-a-number' | 'out-of-range' | 'nonexistent-day' | 'before-min' | 'after-max';

/** Why a time part was rejected (`out-of-range`: hours not 0–23, minutes not 0–59). */
export type TimeErrorCode = 'missing' | 'not-a-number' | 'out-of-range';

/** Every message key: the whole group empty, or one code for one part. */
export type DateMessageKey =
  | 'empty'
  | 'missing-year'
  | 'missing-month'
  | 'missing-day'
  | 'missing-year-month'
  | 'missing-year-day'
  | 'missing-month-day'
  | 'not-a-number-year'
  | 'not-a-number-month'
  | 'not-a-number-day'
  | 'out-of-range-year'
  | 'out-of-range-month'
  | 'out-of-range-day'
  | 'nonexistent-day'
  | 'before-min'
  | 'after-max';

export type TimeMessageKey =
  | 'empty'
  | 'missing-hours'
  | 'missing-minutes'
  | 'not-a-number-hours'
  | 'not-a-number-minutes'
  | 'out-of-range-hours'
  | 'out-of-range-minutes';

/** A message in both languages the design system ships. */
export interface DateMessage {
  sv: string;
  en: string;
}

// Written to say what to do, not only what is wrong (GOV.UK and Designsystemet error guidance).
// `{min}` and `{max}` are replaced with the limit written as YYYY-MM-DD.
export const dateMessagesSv: Readonly<Record<DateMessageKey, string>> = {
  empty: 'Ange ett datum.',
  'missing-year': 'Datumet måste innehålla ett år.',
  'missing-month': 'Datumet måste innehålla en månad.',
  'missing-day': 'Datumet måste innehålla en dag.',
  'missing-year-month': 'Datumet måste innehålla ett år och en månad.',
  'missing-year-day': 'Datumet måste innehålla ett år och en dag.',
  'missing-month-day': 'Datumet måste innehålla en månad och en dag.',
  'not-a-number-year': 'Skriv året med siffror, till exempel 2026.',
  'not-a-number-month': 'Skriv månaden med siffror, till exempel 3 för mars.',
  'not-a-number-day': 'Skriv dagen med siffror, till exempel 9.',
  'out-of-range-year': 'Året måste ha fyra siffror, till exempel 2026.',
  'out-of-range-month': 'Månaden måste vara ett tal från 1 till 12.',
  'out-of-range-day': 'Dagen måste vara ett tal från 1 till 31.',
  'nonexistent-day': 'Datumet finns inte. Kontrollera dagen och månaden.',
  'before-min': 'Datumet måste vara {min} eller senare.',
  'after-max': 'Datumet måste vara {max} eller tidigare.',
};

export const dateMessagesEn: Readonly<Record<DateMessageKey, string>> = {
  empty: 'Enter a date.',
  'missing-year': 'The date must include a year.',
  'missing-month': 'The date must include a month.',
  'missing-day': 'The date must include a day.',
  'missing-year-month': 'The date must include a year and a month.',
  'missing-year-day': 'The date must include a year and a day.',
  'missing-month-day': 'The date must include a month and a day.',
  'not-a-number-year': 'Write the year in numbers, for example 2026.',
  'not-a-number-month': 'Write the month in numbers, for example 3 for March.',
  'not-a-number-day': 'Write the day in numbers, for example 9.',
  'out-of-range-year': 'The year must have four digits, for example 2026.',
  'out-of-range-month': 'The month must be a number from 1 to 12.',
  'out-of-range-day': 'The day must be a number from 1 to 31.',
  'nonexistent-day': 'That date does not exist. Check the day and the month.',
  'before-min': 'The date must be {min} or later.',
  'after-max': 'The date must be {max} or earlier.',
};

export const timeMessagesSv: Readonly<Record<TimeMessageKey, string>> = {
  empty: 'Ange en tid.',
  'missing-hours': 'Tiden måste innehålla timmar.',
  'missing-minutes': 'Tiden måste innehålla minuter.',
  'not-a-number-hours': 'Skriv timmarna med siffror, till exempel 8.',
  'not-a-number-minutes': 'Skriv minuterna med siffror, till exempel 30.',
  'out-of-range-hours': 'Timmarna måste vara ett tal från 0 till 23.',
  'out-of-range-minutes': 'Minuterna måste vara ett tal från 0 till 59.',
};

export const timeMessagesEn: Readonly<Record<TimeMessageKey, string>> = {
  empty: 'Enter a time.',
  'missing-hours': 'The time must include hours.',
  'missing-minutes': 'The time must include minutes.',
  'not-a-number-hours': 'Write the hours in numbers, for example 8.',
  'not-a-number-minutes': 'Write the minutes in numbers, for example 30.',
  'out-of-range-hours': 'The hours must be a number from 0 to 23.',
  'out-of-range-minutes': 'The minutes must be a number from 0 to 59.',
};
