// Property-based tests (fast-check): random input never throws, valid numbers round-trip through
// every written form, and any changed check digit is caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../personnummer/parsePersonnummer.js';
import { parseOrganisationsnummer } from './parseOrganisationsnummer.js';

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((a) => a.join(''));

/** A valid organisation number: group 1–9, any digit, third digit 2–9, six more, Luhn digit. */
const validOrganisation = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 2, max: 9 }), digits(6))
  .map(([group, second, third, rest]) => {
    const nine = `${group}${second}${third}${rest}`;
    const ten = `${nine}${luhnCheckDigit(nine)}`;
    return { group, normalized: `${ten.slice(0, 6)}-${ten.slice(6)}`, ten };
  });

describe('parseOrganisationsnummer (properties)', () => {
  it('never throws, and answers every rejection with messages in both languages', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d\s+\-–]{0,16}$/)),
        fc.boolean(),
        (input, allowPersonnummer) => {
          const result = parseOrganisationsnummer(input, { allowPersonnummer, referenceDate: '2026-06-15' });
          if (!result.ok) {
            expect(result.message.sv.length).toBeGreaterThan(0);
            expect(result.message.en.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('round-trips every written form of a valid number to NNNNNN-NNNN', () => {
    fc.assert(
      fc.property(validOrganisation, fc.boolean(), (n, allowPersonnummer) => {
        const forms = [n.normalized, n.ten, `16${n.normalized}`, `16${n.ten}`, ` ${n.ten.slice(0, 3)} ${n.ten.slice(3, 6)}\u2013${n.ten.slice(6)} `];
        for (const form of forms) {
          expect(parseOrganisationsnummer(form, { allowPersonnummer }), form).toEqual({
            ok: true,
            kind: 'organisation',
            normalized: n.normalized,
            group: n.group,
          });
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('rejects every number whose check digit is changed', () => {
    fc.assert(
      fc.property(validOrganisation, fc.integer({ min: 1, max: 9 }), (n, delta) => {
        const wrong = (Number(n.ten[9]) + delta) % 10;
        expect(parseOrganisationsnummer(`${n.ten.slice(0, 9)}${wrong}`)).toMatchObject({ ok: false, error: 'invalid-checksum' });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('rejects a valid number with a digit dropped or turned into a letter', () => {
    fc.assert(
      fc.property(validOrganisation, fc.nat(), fc.constantFrom('a', 'O', 'l', '.'), (n, at, letter) => {
        const i = at % n.ten.length;
        expect(parseOrganisationsnummer(n.ten.slice(0, i) + letter + n.ten.slice(i + 1)).ok).toBe(false);
        expect(parseOrganisationsnummer(n.ten.slice(0, i) + n.ten.slice(i + 1)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never takes a number with 0 or 1 as third digit as an organisation', () => {
    fc.assert(
      fc.property(digits(2), fc.integer({ min: 0, max: 1 }), digits(7), fc.boolean(), (head, third, tail, allowPersonnummer) => {
        const result = parseOrganisationsnummer(`${head}${third}${tail}`, { allowPersonnummer, referenceDate: '2026-06-15' });
        expect(result.ok && result.kind === 'organisation').toBe(false);
        if (!allowPersonnummer) expect(result).toMatchObject({ ok: false, error: 'personnummer-not-allowed' });
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
