// Property-based tests (fast-check): random and mutated input never throws, and valid numbers
// round-trip through every written form people use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, parsePersonnummer } from './parsePersonnummer.js';

const REFERENCE = '2026-06-15';
const pad = (n: number, length: number) => String(n).padStart(length, '0');

/** A real calendar day between 1900 and the reference date, and a serial + valid check digit. */
const validNumber = fc
  .record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
  })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day)
  .map(({ year, month, day, serial, coordination }) => {
    const writtenDay = coordination ? day + 60 : day;
    const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(writtenDay, 2)}${pad(serial, 3)}`;
    const last4 = `${pad(serial, 3)}${luhnCheckDigit(nine)}`;
    return {
      year,
      birthDate: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
      twelve: `${year}${pad(month, 2)}${pad(writtenDay, 2)}-${last4}`,
      ten: `${pad(year % 100, 2)}${pad(month, 2)}${pad(writtenDay, 2)}`,
      last4,
      coordination,
      serial,
    };
  });

describe('parsePersonnummer (properties)', () => {
  it('never throws, and always answers with a code and messages in both languages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d\s+\-–]{0,16}$/)), (input) => {
        const result = parsePersonnummer(input, { referenceDate: REFERENCE });
        if (!result.ok) {
          expect(result.message.sv.length).toBeGreaterThan(0);
          expect(result.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('round-trips every written form of a valid number to the same normalized number', () => {
    fc.assert(
      fc.property(validNumber, (n) => {
        const forms = [n.twelve, n.twelve.replace('-', ''), ` ${n.twelve.replace('-', ' – ')} `];
        // The 10-digit form names the most recent century; older people write "+".
        const ageOnReference = 2026 - n.year;
        if (ageOnReference < 99) forms.push(`${n.ten}-${n.last4}`, `${n.ten}${n.last4}`);
        if (ageOnReference > 100) forms.push(`${n.ten}+${n.last4}`);
        for (const form of forms) {
          const result = parsePersonnummer(form, { referenceDate: REFERENCE });
          expect(result, form).toMatchObject({
            ok: true,
            normalized: n.twelve,
            birthDate: n.birthDate,
            isCoordinationNumber: n.coordination,
            sex: n.serial % 2 === 1 ? 'male' : 'female',
          });
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('rejects every number whose check digit is changed', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 1, max: 9 }), (n, delta) => {
        const wrong = (Number(n.last4[3]) + delta) % 10;
        const result = parsePersonnummer(`${n.twelve.slice(0, -1)}${wrong}`, { referenceDate: REFERENCE });
        expect(result).toMatchObject({ ok: false, error: 'invalid-checksum' });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('rejects a valid number with one digit swapped for a letter, or with a digit dropped', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(), fc.constantFrom('a', 'O', 'l', '.'), (n, at, letter) => {
        const digits = n.twelve.replace('-', '');
        const i = at % digits.length;
        expect(parsePersonnummer(digits.slice(0, i) + letter + digits.slice(i + 1), { referenceDate: REFERENCE }).ok).toBe(false);
        expect(parsePersonnummer(digits.slice(0, i) + digits.slice(i + 1), { referenceDate: REFERENCE }).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('answers what FormData hands over (null, a file) without throwing', () => {
    expect(parsePersonnummer(null)).toMatchObject({ ok: false, error: 'empty' });
    expect(parsePersonnummer({ name: 'pnr.txt', size: 12 })).toMatchObject({ ok: false, error: 'invalid-format' });
  });
});
