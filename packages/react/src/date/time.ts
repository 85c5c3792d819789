/**
 * 24-hour clock times on plain `{ hours, minutes }` values, as `TimeInput` collects them.
 * Pure: no React, no DOM, no clock.
 */

import {
  timeMessagesEn,
  timeMessagesSv,
  type DateMessage,
  type TimeErrorCode,
  type TimeMessageKey,
  type TimePart,
} from './messages.js';

/** A time of day on the 24-hour clock: hours 0–23, minutes 0–59. */
export interface TimeParts {
  readonly hours: number;
  readonly minutes: number;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** True when hours are an integer 0–23 and minutes an integer 0–59. */
export function isValidTime(parts: TimeParts | null | undefined): parts is TimeParts {
  if (parts === null || typeof parts !== 'object') return false;
  const { hours, minutes } = parts;
  return Number.isInteger(hours) && Number.isInteger(minutes) && hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59;
}

// Swedes write 08:30, 8.30 and 0830; all three mean the same time.
const TIME = /^(\d{1,2})[:.]?(\d{2})$/;

/**
 * Reads a 24-hour time: `"08:30"`, `"8:30"`, `"8.30"` (the Swedish way) or `"0830"`.
 * Returns `null` for anything else or a time that does not exist (`"24:00"`, `"12:60"`).
 */
export function parseTime(text: string | null | undefined): TimeParts | null {
  if (typeof text !== 'string') return null;
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const parts = { hours: Number(match[1]), minutes: Number(match[2]) };
  return isValidTime(parts) ? parts : null;
}

/** Writes `HH:MM` (ISO 8601, what `<input type="time">` and APIs use). Does not validate. */
export function formatTime(parts: TimeParts): string {
  return `${pad2(parts.hours)}:${pad2(parts.minutes)}`;
}

/** Negative when `a` is earlier, 0 when equal, positive when later. */
export function compareTimes(a: TimeParts, b: TimeParts): number {
  return a.hours - b.hours || a.minutes - b.minutes;
}

export interface TimePartsInput {
  hours?: string | null;
  minutes?: string | null;
}

export interface TimePartError {
  part: TimePart;
  code: TimeErrorCode;
}

export type TimePartsResult =
  | { ok: true; value: TimeParts; /** `HH:MM` */ text: string; errors?: undefined; message?: undefined }
  | { ok: false; errors: TimePartError[]; message: DateMessage; messageKey: TimeMessageKey; value?: undefined; text?: undefined };

/** Both languages for every time message key. */
export const timeMessages: Readonly<Record<TimeMessageKey, DateMessage>> = Object.fromEntries(
  (Object.keys(timeMessagesSv) as TimeMessageKey[]).map((key) => [key, { sv: timeMessagesSv[key], en: timeMessagesEn[key] }]),
) as Record<TimeMessageKey, DateMessage>;

const TIME_PARTS: readonly TimePart[] = ['hours', 'minutes'];

function invalidTime(errors: TimePartError[], messageKey: TimeMessageKey): TimePartsResult {
  return { ok: false, errors, messageKey, message: timeMessages[messageKey] };
}

/**
 * Validates a time typed as hours and minutes strings (1–2 digits each, spaces trimmed).
 * Returns the time, or every wrong part with a code and one message for the group.
 */
export function parseTimeParts(input: TimePartsInput | null | undefined): TimePartsResult {
  const source = input ?? {};
  const text = {
    hours: typeof source.hours === 'string' ? source.hours.trim() : '',
    minutes: typeof source.minutes === 'string' ? source.minutes.trim() : '',
  };
  const missing = TIME_PARTS.filter((part) => text[part] === '');
  if (missing.length === 2) return invalidTime(TIME_PARTS.map((part) => ({ part, code: 'missing' })), 'empty');
  if (missing.length === 1) return invalidTime([{ part: missing[0]!, code: 'missing' }], `missing-${missing[0]!}`);
  const errors: TimePartError[] = [];
  for (const part of TIME_PARTS) {
    const value = text[part];
    if (!/^\d{1,2}$/.test(value)) {
      errors.push({ part, code: /^\d+$/.test(value) ? 'out-of-range' : 'not-a-number' });
      continue;
    }
    if (Number(value) > (part === 'hours' ? 23 : 59)) errors.push({ part, code: 'out-of-range' });
  }
  if (errors.length > 0) return invalidTime(errors, `${errors[0]!.code}-${errors[0]!.part}` as TimeMessageKey);
  const value = { hours: Number(text.hours), minutes: Number(text.minutes) };
  return { ok: true, value, text: formatTime(value) };
}
