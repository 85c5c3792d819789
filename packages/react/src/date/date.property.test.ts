// Property-based tests (fast-check): random valid dates round-trip, every impossible day is
// rejected on the day part, and no input makes a parser throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  formatIsoDate,
  formatTime,
  fromDayNumber,
  isValidDate,
  isoWeek,
  isoWeekday,
  parseDateParts,
  parseIsoDate,
  parseTime,
  parseTimeParts,
  toDayNumber,
  type DateParts,
} from './index.js';

/** A real calendar day, checked against the JS engine's own proleptic Gregorian calendar. */
const validDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

const jsDay = ({ year, month, day }: DateParts) => {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
};

describe('date functions (properties)', () => {
  it('parseIsoDate ∘ formatIsoDate is the identity on valid dates', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        expect(parseIsoDate(formatIsoDate(d))).toEqual(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('isValidDate agrees with the engine calendar on any year, month 0–13 and day 0–32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const date = jsDay({ year, month, day });
        const engine = month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isValidDate({ year, month, day })).toBe(engine);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseDateParts accepts every valid date however it is padded, and returns it', () => {
    fc.assert(
      fc.property(validDate.filter((d) => d.year >= 1000), fc.boolean(), fc.boolean(), (d, padMonth, padDay) => {
        const result = parseDateParts({
          year: String(d.year),
          month: padMonth ? String(d.month).padStart(2, '0') : String(d.month),
          day: padDay ? ` ${String(d.day).padStart(2, '0')} ` : String(d.day),
        });
        expect(result).toEqual({ ok: true, value: d, iso: formatIsoDate(d) });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every day past the end of its month, on the day part only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, extra) => {
        const day = daysInMonth(year, month) + extra;
        const result = parseDateParts({ year: String(year), month: String(month), day: String(day) });
        expect(result.ok).toBe(false);
        expect(result.errors?.map((e) => e.part)).toEqual(['day']);
        expect(parseIsoDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary strings, and every error names a part and has both languages', () => {
    const part = fc.oneof(fc.string(), fc.stringMatching(/^[\d\s]{0,5}$/), fc.constant(''));
    fc.assert(
      fc.property(part, part, part, (year, month, day) => {
        const result = parseDateParts({ year, month, day });
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(['year', 'month', 'day']).toContain(error.part);
          expect(result.message.sv).not.toBe('');
          expect(result.message.en).not.toBe('');
        } else {
          expect(isValidDate(result.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('min/max: a valid date is accepted exactly when it lies between the limits', () => {
    fc.assert(
      fc.property(validDate.filter((d) => d.year >= 1000), validDate, validDate, (d, a, b) => {
        const [min, max] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        const result = parseDateParts({ year: String(d.year), month: String(d.month), day: String(d.day) }, { min, max });
        expect(result.ok).toBe(compareDates(d, min) >= 0 && compareDates(d, max) <= 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('day numbers round-trip and agree with the engine; addDays and weekdays follow', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        expect(fromDayNumber(toDayNumber(d))).toEqual(d);
        expect(toDayNumber(d)).toBe(jsDay(d).getTime() / 86_400_000);
        const later = addDays(d, n);
        expect(toDayNumber(later) - toDayNumber(d)).toBe(n);
        expect(isoWeekday(d)).toBe(((jsDay(d).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('addMonths lands in the right month on a valid day, never past the original day', () => {
    fc.assert(
      fc.property(validDate.filter((d) => d.year > 100 && d.year < 9900), fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const r = addMonths(d, n);
        expect(isValidDate(r)).toBe(true);
        expect(r.year * 12 + r.month - (d.year * 12 + d.month)).toBe(n);
        expect(r.day).toBe(Math.min(d.day, daysInMonth(r.year, r.month)));
      }),
      { numRuns: 1000 },
    );
  });

  it('ISO weeks: 1–53, Thursday decides the year, and consecutive Mondays step by one week', () => {
    fc.assert(
      fc.property(validDate.filter((d) => d.year > 1 && d.year < 9999), (d) => {
        const { year, week } = isoWeek(d);
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(53);
        expect(Math.abs(year - d.year)).toBeLessThanOrEqual(1);
        const monday = addDays(d, 1 - isoWeekday(d));
        const next = isoWeek(addDays(monday, 7));
        if (next.year === year) expect(next.week).toBe(week + 1);
        else expect(next.week).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseTime ∘ formatTime is the identity, and every out-of-range time is rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hours, minutes) => {
        expect(parseTime(formatTime({ hours, minutes }))).toEqual({ hours, minutes });
        expect(parseTimeParts({ hours: String(hours), minutes: String(minutes) })).toMatchObject({ ok: true, value: { hours, minutes } });
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (hours, minutes) => {
        fc.pre(hours > 23 || minutes > 59);
        expect(parseTime(`${hours}:${String(minutes).padStart(2, '0')}`)).toBeNull();
        expect(parseTimeParts({ hours: String(hours), minutes: String(minutes) }).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseTime and parseTimeParts never throw', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        parseTime(a);
        const result = parseTimeParts({ hours: a, minutes: b });
        if (result.ok) expect(formatTime(result.value)).toBe(result.text);
      }),
      { numRuns: 1000 },
    );
  });
});
