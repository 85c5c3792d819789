import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isValidPersonnummer,
  luhnCheckDigit,
  parsePersonnummer,
  personnummerMessages,
  type PersonnummerErrorCode,
} from './index.js';
import { resetWarnings } from '../internal/warn.js';

// A fixed "today" so century inference and the future check are deterministic.
const referenceDate = new Date(2026, 0, 15);
const parse = (input: string) => parsePersonnummer(input, { referenceDate });

function expectError(input: string, code: PersonnummerErrorCode) {
  const result = parse(input);
  expect(result, input).toMatchObject({ ok: false, error: code, message: personnummerMessages[code] });
}

describe('parsePersonnummer — accepted written forms', () => {
  it.each([
    '811218-9876',
    '8112189876',
    '19811218-9876',
    '198112189876',
    ' 811218 9876 ',
    '19811218 9876',
    '8112 18 98 76',
    '811218\u20139876', // en dash, as pasted from a document
    '811218\u22129876', // minus sign
    '811218\u00a09876', // no-break space
  ])('normalises %j to YYYYMMDD-XXXX', (input) => {
    expect(parse(input)).toEqual({
      ok: true,
      normalized: '19811218-9876',
      birthDate: '1981-12-18',
      isCoordinationNumber: false,
      sex: 'male',
    });
  });

  it('reads sex from the ninth digit (odd male, even female)', () => {
    expect(parse('811218-9876')).toMatchObject({ ok: true, sex: 'male' });
    expect(parse('811218-9843')).toMatchObject({ ok: true, sex: 'female' });
  });
});

describe('parsePersonnummer — century rules', () => {
  it('gives a 10-digit number the most recent century that is not in the future', () => {
    expect(parse('121212-1212')).toMatchObject({ ok: true, normalized: '20121212-1212' });
    expect(parse('991231-0001')).toMatchObject({ ok: true, normalized: '19991231-0001' });
  });

  it('treats a birth date equal to the reference date as born today (not future)', () => {
    expect(parse('260115-0002')).toMatchObject({ ok: true, normalized: '20260115-0002', birthDate: '2026-01-15' });
  });

  it('moves a date one day after the reference date back a century', () => {
    expect(parse('260116-0001')).toMatchObject({ ok: true, normalized: '19260116-0001' });
    expect(parse('2601160001')).toMatchObject({ ok: true, normalized: '19260116-0001' });
    expect(parse('270101-0007')).toMatchObject({ ok: true, normalized: '19270101-0007' });
  });

  it('reads the plus sign as 100 years or older', () => {
    expect(parse('121212+1212')).toMatchObject({ ok: true, normalized: '19121212-1212', birthDate: '1912-12-12' });
    expect(parse('811218+9876')).toMatchObject({ ok: true, normalized: '18811218-9876' });
    expect(parse('260116+0001')).toMatchObject({ ok: true, normalized: '18260116-0001' });
  });

  it('keeps the century written in a 12-digit number', () => {
    expect(parse('19121212-1212')).toMatchObject({ ok: true, normalized: '19121212-1212' });
    expect(parse('20121212-1212')).toMatchObject({ ok: true, normalized: '20121212-1212' });
  });

  it('depends on the reference date, given as Date or ISO string', () => {
    expect(parsePersonnummer('121212-1212', { referenceDate: '2010-06-01' })).toMatchObject({
      normalized: '19121212-1212',
    });
    expect(parsePersonnummer('121212-1212', { referenceDate: '2026-01-15' })).toMatchObject({
      normalized: '20121212-1212',
    });
  });

  it('uses today when no reference date is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2011, 0, 1));
    try {
      expect(parsePersonnummer('121212-1212')).toMatchObject({ normalized: '19121212-1212' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('parsePersonnummer — coordination numbers (samordningsnummer)', () => {
  it('accepts day + 60 and reports the real birth date', () => {
    expect(parse('701063-2391')).toEqual({
      ok: true,
      normalized: '19701063-2391',
      birthDate: '1970-10-03',
      isCoordinationNumber: true,
      sex: 'male',
    });
  });

  it('validates the real day of a coordination number', () => {
    expectError('810192-0000', 'invalid-date'); // day 92 - 60 = 32
  });

  it('rejects day 60 (neither a real day nor a coordination day)', () => {
    expectError('810160-0000', 'invalid-date');
  });
});

describe('parsePersonnummer — dates and leap years', () => {
  it('accepts 29 February in leap years, including the 400-year rule (2000)', () => {
    expect(parse('000229-1235')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parse('040229-5679')).toMatchObject({ ok: true, birthDate: '2004-02-29' });
    expect(parse('200229-2346')).toMatchObject({ ok: true, birthDate: '2020-02-29' });
    expect(parse('19400229-0007')).toMatchObject({ ok: true, birthDate: '1940-02-29' });
  });

  it('rejects 29 February in common years, including the 100-year rule (1900)', () => {
    expectError('500229-2349', 'invalid-date'); // 1950; check digit is right
    expectError('000229+1235', 'invalid-date'); // 1900 was not a leap year
  });

  it('rejects impossible months and days with otherwise correct check digits', () => {
    expectError('811318-0007', 'invalid-date');
    expectError('201232-9997', 'invalid-date');
    expectError('810431-0000', 'invalid-date');
    expectError('810001-0000', 'invalid-date');
    expectError('811200-0000', 'invalid-date');
  });

  it('rejects a 12-digit number born after the reference date', () => {
    expectError('20260116-1231', 'future-date');
    expectError('20301231-0003', 'future-date');
  });
});

describe('parsePersonnummer — checksum', () => {
  it('rejects every wrong check digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 6) continue;
      expectError(`811218-987${digit}`, 'invalid-checksum');
    }
  });

  it('rejects swapped digits', () => {
    expectError('811218-9786', 'invalid-checksum');
  });

  it('computes the Luhn digit with weights 2,1,2,1…', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
    expect(luhnCheckDigit('121212121')).toBe(2);
    expect(luhnCheckDigit('701063239')).toBe(1);
  });
});

describe('parsePersonnummer — format and empty input', () => {
  it.each([
    'abc',
    '811218-987',
    '81121-89876',
    '8112-189876',
    '811218--9876',
    '811218/9876',
    '19811218-98765',
    '1981121898761',
    '811218-987X',
    '+811218-9876',
    '81121898',
  ])('rejects %j as wrong format', (input) => {
    expectError(input, 'invalid-format');
  });

  it.each(['', '   ', '\t\n'])('reports %j as empty', (input) => {
    expectError(input, 'empty');
  });

  it('answers runtime garbage without throwing', () => {
    expect(parsePersonnummer(null as unknown as string)).toMatchObject({ ok: false, error: 'empty' });
    expect(parsePersonnummer(8112189876 as unknown as string)).toMatchObject({ ok: false, error: 'invalid-format' });
  });

  it('warns in development about a malformed reference date and falls back to today', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = parsePersonnummer('811218-9876', { referenceDate: '15/01/2026' });
    expect(result).toMatchObject({ ok: true });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('parsePersonnummer'));
  });
});

describe('error messages', () => {
  it('has a distinct Swedish and English message for every error', () => {
    const codes = Object.keys(personnummerMessages) as PersonnummerErrorCode[];
    expect(codes).toEqual(
      expect.arrayContaining(['empty', 'invalid-format', 'invalid-date', 'invalid-checksum', 'future-date']),
    );
    const sv = new Set(codes.map((code) => personnummerMessages[code].sv));
    const en = new Set(codes.map((code) => personnummerMessages[code].en));
    expect(sv.size).toBe(codes.length);
    expect(en.size).toBe(codes.length);
  });
});

describe('isValidPersonnummer', () => {
  it('mirrors parsePersonnummer().ok', () => {
    expect(isValidPersonnummer('811218-9876', { referenceDate })).toBe(true);
    expect(isValidPersonnummer('811218-9875', { referenceDate })).toBe(false);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});
