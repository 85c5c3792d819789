import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateFromDate,
  dateMessages,
  daysInMonth,
  formatDate,
  formatIsoDate,
  formatTime,
  isValidDate,
  isoWeek,
  isoWeekday,
  parseDateParts,
  parseIsoDate,
  parseTime,
  parseTimeParts,
  timeMessages,
} from './index.js';

describe('parseIsoDate / formatIsoDate', () => {
  it('reads a strict YYYY-MM-DD date', () => {
    expect(parseIsoDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(parseIsoDate(' 2024-02-29 ')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2026-3-9', '26-03-09', '2026/03/09', '20260309', '2026-03-09T00:00', '', 'mars'])('rejects the shape %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it('rejects days that do not exist', () => {
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-00-10')).toBeNull();
    expect(parseIsoDate('0000-01-01')).toBeNull();
  });

  it('answers runtime garbage with null', () => {
    expect(parseIsoDate(null)).toBeNull();
    expect(parseIsoDate(20260309 as unknown as string)).toBeNull();
  });

  it('writes four year digits and two-digit months and days', () => {
    expect(formatIsoDate({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
    expect(formatIsoDate({ year: 812, month: 12, day: 31 })).toBe('0812-12-31');
  });
});

describe('isValidDate, daysInMonth', () => {
  it('knows the leap-year rules (4, 100, 400)', () => {
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 2, day: 29 })).toBe(false);
  });

  it('knows the month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2026, 13)).toBe(0);
  });

  it('rejects fractions, NaN and non-objects', () => {
    expect(isValidDate({ year: 2026, month: 1.5, day: 1 })).toBe(false);
    expect(isValidDate({ year: Number.NaN, month: 1, day: 1 })).toBe(false);
    expect(isValidDate(null)).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('compares dates for sorting', () => {
    const dates = ['2026-03-09', '2025-12-31', '2026-03-01'].map((d) => parseIsoDate(d)!);
    expect(dates.sort(compareDates).map(formatIsoDate)).toEqual(['2025-12-31', '2026-03-01', '2026-03-09']);
  });

  it('adds days across months, years and leap days', () => {
    expect(formatIsoDate(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('2024-02-29');
    expect(formatIsoDate(addDays({ year: 2025, month: 12, day: 31 }, 1))).toBe('2026-01-01');
    expect(formatIsoDate(addDays({ year: 2026, month: 3, day: 1 }, -1))).toBe('2026-02-28');
  });

  it('adds months and clamps to the last day', () => {
    expect(formatIsoDate(addMonths({ year: 2026, month: 1, day: 31 }, 1))).toBe('2026-02-28');
    expect(formatIsoDate(addMonths({ year: 2024, month: 1, day: 31 }, 1))).toBe('2024-02-29');
    expect(formatIsoDate(addMonths({ year: 2026, month: 1, day: 15 }, -1))).toBe('2025-12-15');
    expect(formatIsoDate(addMonths({ year: 2026, month: 3, day: 9 }, 12))).toBe('2027-03-09');
  });

  it('gives ISO weekdays (Monday 1) and Swedish week numbers', () => {
    expect(isoWeekday({ year: 2026, month: 3, day: 9 })).toBe(1); // a Monday
    expect(isoWeekday({ year: 2026, month: 3, day: 15 })).toBe(7);
    expect(isoWeekday({ year: 1969, month: 12, day: 31 })).toBe(3);
    expect(isoWeek({ year: 2026, month: 1, day: 1 })).toEqual({ year: 2026, week: 1 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeek({ year: 2026, month: 3, day: 9 })).toEqual({ year: 2026, week: 11 });
  });

  it('reads the local calendar day of a Date', () => {
    expect(dateFromDate(new Date(2026, 2, 9, 23, 59))).toEqual({ year: 2026, month: 3, day: 9 });
  });
});

describe('parseDateParts', () => {
  it('accepts digits with or without leading zeros and spaces', () => {
    expect(parseDateParts({ year: '2026', month: '3', day: '9' })).toEqual({
      ok: true,
      value: { year: 2026, month: 3, day: 9 },
      iso: '2026-03-09',
    });
    expect(parseDateParts({ year: ' 2026 ', month: '03', day: '09' })).toMatchObject({ ok: true, iso: '2026-03-09' });
    expect(parseDateParts({ year: '２０２６', month: '３', day: '９' })).toMatchObject({ ok: true, iso: '2026-03-09' });
  });

  it('reports an empty date on all three parts with one message', () => {
    expect(parseDateParts({ year: '', month: ' ', day: undefined })).toEqual({
      ok: false,
      errors: [
        { part: 'year', code: 'missing' },
        { part: 'month', code: 'missing' },
        { part: 'day', code: 'missing' },
      ],
      message: dateMessages.empty,
      messageKey: 'empty',
    });
    expect(parseDateParts(null)).toMatchObject({ ok: false, messageKey: 'empty' });
  });

  it('names exactly the missing parts', () => {
    expect(parseDateParts({ year: '2026', month: '', day: '9' })).toMatchObject({
      errors: [{ part: 'month', code: 'missing' }],
      message: { sv: 'Datumet måste innehålla en månad.', en: 'The date must include a month.' },
    });
    expect(parseDateParts({ year: '2026', month: '', day: '' })).toMatchObject({
      errors: [
        { part: 'month', code: 'missing' },
        { part: 'day', code: 'missing' },
      ],
      messageKey: 'missing-month-day',
    });
  });

  it('marks letters and out-of-range numbers on their own part', () => {
    expect(parseDateParts({ year: '2026', month: 'mars', day: '9' })).toMatchObject({
      errors: [{ part: 'month', code: 'not-a-number' }],
      messageKey: 'not-a-number-month',
    });
    expect(parseDateParts({ year: '26', month: '3', day: '9' })).toMatchObject({
      errors: [{ part: 'year', code: 'out-of-range' }],
      messageKey: 'out-of-range-year',
    });
    expect(parseDateParts({ year: '2026', month: '13', day: '32' })).toMatchObject({
      errors: [
        { part: 'month', code: 'out-of-range' },
        { part: 'day', code: 'out-of-range' },
      ],
      messageKey: 'out-of-range-month',
    });
    expect(parseDateParts({ year: '2026', month: '0', day: '-1' })).toMatchObject({
      errors: [
        { part: 'month', code: 'out-of-range' },
        { part: 'day', code: 'not-a-number' },
      ],
    });
  });

  it('marks only the day when the day does not exist in that month', () => {
    expect(parseDateParts({ year: '2027', month: '2', day: '29' })).toMatchObject({
      errors: [{ part: 'day', code: 'nonexistent-day' }],
    });
    expect(parseDateParts({ year: '2028', month: '2', day: '29' })).toMatchObject({ ok: true });
    expect(parseDateParts({ year: '2026', month: '4', day: '31' })).toMatchObject({ ok: false });
  });

  it('checks min and max (inclusive) and names the limit in the message', () => {
    const options = { min: '2026-01-01', max: { year: 2026, month: 12, day: 31 } };
    expect(parseDateParts({ year: '2026', month: '1', day: '1' }, options)).toMatchObject({ ok: true });
    expect(parseDateParts({ year: '2026', month: '12', day: '31' }, options)).toMatchObject({ ok: true });
    const early = parseDateParts({ year: '2025', month: '12', day: '31' }, options);
    expect(early).toMatchObject({
      ok: false,
      messageKey: 'before-min',
      message: { sv: 'Datumet måste vara 2026-01-01 eller senare.', en: 'The date must be 2026-01-01 or later.' },
    });
    expect(early.errors?.map((e) => e.part)).toEqual(['year', 'month', 'day']);
    expect(parseDateParts({ year: '2027', month: '1', day: '1' }, options)).toMatchObject({
      messageKey: 'after-max',
      message: { sv: 'Datumet måste vara 2026-12-31 eller tidigare.' },
    });
  });

  it('has a distinct Swedish and English message for every key', () => {
    const keys = Object.keys(dateMessages) as (keyof typeof dateMessages)[];
    expect(new Set(keys.map((k) => dateMessages[k].sv)).size).toBe(keys.length);
    expect(new Set(keys.map((k) => dateMessages[k].en)).size).toBe(keys.length);
  });
});

describe('times', () => {
  it.each([
    ['08:30', { hours: 8, minutes: 30 }],
    ['8:30', { hours: 8, minutes: 30 }],
    ['8.30', { hours: 8, minutes: 30 }],
    ['0830', { hours: 8, minutes: 30 }],
    ['00:00', { hours: 0, minutes: 0 }],
    ['23:59', { hours: 23, minutes: 59 }],
  ])('reads %j', (text, parts) => {
    expect(parseTime(text)).toEqual(parts);
  });

  it.each(['24:00', '12:60', '8:3', '8', '08:30:00', 'åtta', '', '-1:00'])('rejects %j', (text) => {
    expect(parseTime(text)).toBeNull();
  });

  it('writes HH:MM', () => {
    expect(formatTime({ hours: 8, minutes: 5 })).toBe('08:05');
    expect(formatTime({ hours: 23, minutes: 59 })).toBe('23:59');
  });

  it('validates typed hours and minutes part by part', () => {
    expect(parseTimeParts({ hours: '8', minutes: '05' })).toEqual({ ok: true, value: { hours: 8, minutes: 5 }, text: '08:05' });
    expect(parseTimeParts({ hours: '', minutes: '' })).toMatchObject({ messageKey: 'empty', message: timeMessages.empty });
    expect(parseTimeParts({ hours: '8', minutes: '' })).toMatchObject({ errors: [{ part: 'minutes', code: 'missing' }] });
    expect(parseTimeParts({ hours: '24', minutes: '60' })).toMatchObject({
      errors: [
        { part: 'hours', code: 'out-of-range' },
        { part: 'minutes', code: 'out-of-range' },
      ],
      messageKey: 'out-of-range-hours',
    });
    expect(parseTimeParts({ hours: 'x', minutes: '130' })).toMatchObject({
      errors: [
        { part: 'hours', code: 'not-a-number' },
        { part: 'minutes', code: 'out-of-range' },
      ],
    });
  });
});

describe('formatDate', () => {
  const day = { year: 2026, month: 3, day: 9 };
  it('writes Swedish and British English dates through Intl', () => {
    expect(formatDate(day, 'sv', 'long')).toBe('9 mars 2026');
    expect(formatDate(day, 'en', 'long')).toBe('9 March 2026');
    expect(formatDate(day, 'sv', 'full')).toBe('måndag 9 mars 2026');
    expect(formatDate(day, 'en', 'full')).toMatch(/^Monday,? 9 March 2026$/);
    expect(formatDate(day, 'sv', 'numeric')).toBe('2026-03-09');
    expect(formatDate(day)).toBe('9 mars 2026');
  });

  it('is not shifted by the time zone west or east of Greenwich', () => {
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
    const before = env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Stockholm']) {
        env.TZ = zone; // Node applies a changed TZ at once
        expect(formatDate({ year: 2026, month: 1, day: 1 }, 'sv', 'numeric'), zone).toBe('2026-01-01');
        expect(dateFromDate(new Date(2026, 0, 1, 0, 0)), zone).toEqual({ year: 2026, month: 1, day: 1 });
      }
    } finally {
      if (before === undefined) delete env.TZ;
      else env.TZ = before;
    }
  });

  it('keeps years below 100 (Date.UTC would make 99 into 1999)', () => {
    expect(formatDate({ year: 99, month: 12, day: 31 }, 'en', 'long')).toBe('31 December 99');
  });
});
