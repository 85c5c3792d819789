import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, formatIsoDate, isoWeek, isoWeekday, isValidDate, type DateParts } from '../../date/calendar.js';
import { monthWeeks } from './calendar.js';
import { parseDateText } from './parseDateText.js';

/** Any real day between year 1000 and 9999 (four-digit years, as the field's format). */
const anyDate = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((parts) => isValidDate(parts));

describe('parseDateText', () => {
  it('reads the written forms of a Swedish date and returns YYYY-MM-DD', () => {
    for (const text of ['2026-03-05', '2026-3-5', ' 2026-03-05 ', '20260305', '2026.03.05', '2026/3/5', '2026 03 05', '2026\u201303\u201305']) {
      expect(parseDateText(text)).toEqual({ ok: true, value: '2026-03-05', date: { year: 2026, month: 3, day: 5 } });
    }
  });

  it('names what is wrong', () => {
    expect(parseDateText('')).toEqual({ ok: false, error: 'empty' });
    expect(parseDateText('   ')).toEqual({ ok: false, error: 'empty' });
    expect(parseDateText(undefined)).toEqual({ ok: false, error: 'empty' });
    expect(parseDateText('5 mars 2026')).toEqual({ ok: false, error: 'format' });
    expect(parseDateText('2026-03/05')).toEqual({ ok: false, error: 'format' });
    expect(parseDateText('202603051')).toEqual({ ok: false, error: 'format' });
    expect(parseDateText('05-03-2026')).toEqual({ ok: false, error: 'format' });
    expect(parseDateText('2026-02-29')).toEqual({ ok: false, error: 'nonexistent' });
    expect(parseDateText('2026-13-01')).toEqual({ ok: false, error: 'nonexistent' });
    expect(parseDateText('2028-02-29').ok).toBe(true);
    const limits = { min: '2026-03-01', max: '2026-03-31' };
    expect(parseDateText('2026-02-28', limits)).toEqual({
      ok: false,
      error: 'before-min',
      value: '2026-02-28',
      date: { year: 2026, month: 2, day: 28 },
    });
    expect(parseDateText('2026-04-01', limits)).toEqual({
      ok: false,
      error: 'after-max',
      value: '2026-04-01',
      date: { year: 2026, month: 4, day: 1 },
    });
    expect(parseDateText('2026-03-01', limits).ok).toBe(true);
    expect(parseDateText('2026-03-31', limits).ok).toBe(true);
    expect(parseDateText('2026-3-7', { isDateUnavailable: (d) => d === '2026-03-07' })).toEqual({
      ok: false,
      error: 'unavailable',
      value: '2026-03-07',
      date: { year: 2026, month: 3, day: 7 },
    });
  });

  it('property: every real day, written YYYY-MM-DD or as eight digits, reads back as itself', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const iso = formatIsoDate(date);
        const result = parseDateText(iso);
        const compact = parseDateText(iso.replaceAll('-', ''));
        return result.ok && result.value === iso && compact.ok && compact.value === iso;
      }),
    );
  });

  it('property: any text gives a result and never throws; an accepted one is a real day in YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}$/)), (text) => {
        const result = parseDateText(text);
        if (!result.ok) return ['empty', 'format', 'nonexistent'].includes(result.error);
        return /^\d{4}-\d{2}-\d{2}$/.test(result.value) && isValidDate(result.date);
      }),
    );
  });

  it('property: min/max decide exactly by calendar order', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (date, a, b) => {
        const [min, max] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        const result = parseDateText(formatIsoDate(date), { min: formatIsoDate(min), max: formatIsoDate(max) });
        if (compareDates(date, min) < 0) return !result.ok && result.error === 'before-min';
        if (compareDates(date, max) > 0) return !result.ok && result.error === 'after-max';
        return result.ok;
      }),
    );
  });
});

describe('monthWeeks', () => {
  it('lays out March 2026 Monday first with ISO weeks 9–14', () => {
    const weeks = monthWeeks(2026, 3);
    expect(weeks.map((w) => w.week)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(weeks[0]!.days.map((d) => d?.day ?? null)).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks[5]!.days.map((d) => d?.day ?? null)).toEqual([30, 31, null, null, null, null, null]);
  });

  it('puts the first days of January in the previous year\'s week 53 where ISO does (2027)', () => {
    expect(monthWeeks(2027, 1)[0]!.week).toBe(53);
    // February 2027 starts on a Monday and fills exactly four rows.
    expect(monthWeeks(2027, 2)).toHaveLength(4);
  });

  it('property: every day of the month appears once, in its weekday column, in a row with its ISO week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const weeks = monthWeeks(year, month);
        const seen: DateParts[] = [];
        for (const { week, days } of weeks) {
          days.forEach((day, column) => {
            if (!day) return;
            seen.push(day);
            expect(isoWeekday(day)).toBe(column + 1);
            expect(isoWeek(day).week).toBe(week);
          });
        }
        expect(seen[0]).toEqual({ year, month, day: 1 });
        seen.forEach((day, index) => index > 0 && expect(day).toEqual(addDays(seen[index - 1]!, 1)));
        expect(addDays(seen.at(-1)!, 1).month).not.toBe(month);
        expect(weeks.length).toBeGreaterThanOrEqual(4);
        expect(weeks.length).toBeLessThanOrEqual(6);
      }),
      { numRuns: 200 },
    );
  });
});
