// Reading what a person typed into DatePicker. Pure (no DOM, no clock), so a server can run the
// same check on the submitted value.
import { compareDates, formatIsoDate, isValidDate, parseIsoDate, type DateParts } from '../../date/calendar.js';

/** Why typed text is not an acceptable date. */
export type DateTextErrorCode = 'empty' | 'format' | 'nonexistent' | 'before-min' | 'after-max' | 'unavailable';

export type DateTextResult =
  | { ok: true; /** The date as `YYYY-MM-DD`. */ value: string; date: DateParts }
  | {
      ok: false;
      error: DateTextErrorCode;
      /** The day that was understood, for the errors about a real day (`before-min`, `after-max`, `unavailable`), so a message can name it. */
      value?: string;
      date?: DateParts;
    };

export interface DateTextOptions {
  /** First allowed day, `YYYY-MM-DD`. */
  min?: string | undefined;
  /** Last allowed day, `YYYY-MM-DD`. */
  max?: string | undefined;
  /** True for days that cannot be chosen (closed days, fully booked), given as `YYYY-MM-DD`. */
  isDateUnavailable?: ((date: string) => boolean) | undefined;
}

// Year, month and day with one separator kind (- . / or space), or eight digits in a row:
// 2026-03-15, 2026-3-5, 2026.03.15, 2026 03 15, 20260315.
const TYPED = /^(\d{4})(?:([-./ ])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))$/;

/**
 * Checks a date as typed: the forms people write a Swedish date in (`2026-03-15`,
 * `2026-3-15`, `20260315`, `2026.03.15`), that the day exists, lies within `min`…`max` and is
 * not unavailable. Returns the date as `YYYY-MM-DD` or an error code (with the day, when it is
 * a real day outside the limits or unavailable).
 *
 * @example parseDateText('20260315', { min: '2026-01-01' }) // { ok: true, value: '2026-03-15', … }
 */
export function parseDateText(text: string | null | undefined, options: DateTextOptions = {}): DateTextResult {
  const fail = (error: DateTextErrorCode, day?: { value: string; date: DateParts }): DateTextResult => ({ ok: false, error, ...day });
  const trimmed = typeof text === 'string' ? text.trim().replace(/[\u2010-\u2015\u2212]/g, '-') : '';
  const match = TYPED.exec(trimmed);
  if (!match) return fail(trimmed ? 'format' : 'empty');
  const date = { year: Number(match[1]), month: Number(match[3] ?? match[5]), day: Number(match[4] ?? match[6]) };
  if (!isValidDate(date)) return fail('nonexistent');
  const min = parseIsoDate(options.min);
  const max = parseIsoDate(options.max);
  const day = { value: formatIsoDate(date), date };
  if (min && compareDates(date, min) < 0) return fail('before-min', day);
  if (max && compareDates(date, max) > 0) return fail('after-max', day);
  return options.isDateUnavailable?.(day.value) ? fail('unavailable', day) : { ok: true, ...day };
}
