// Property-based tests (fast-check): random input never throws; every written form of a valid
// number gives the same E.164; what the parser formats, it reads back; stray letters are caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumber } from './parsePhoneNumber.js';

const digitString = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A Swedish number after the trunk 0: 7–9 digits, the first not 0. */
const swedishNational = fc.tuple(fc.integer({ min: 1, max: 9 }), digitString(6, 8)).map(([first, rest]) => `${first}${rest}`);

/** Splits digits with random separators, as people write them. */
const written = (digits: string) =>
  fc.array(fc.constantFrom('', '', ' ', '-', '.', '\u2013'), { minLength: digits.length, maxLength: digits.length }).map((seps) =>
    [...digits].map((d, i) => (i > 0 ? seps[i] : '') + d).join(''),
  );

describe('parsePhoneNumber (properties)', () => {
  it('never throws, and answers every rejection with messages in both languages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d\s+\-().]{0,24}$/)), (input) => {
        const result = parsePhoneNumber(input);
        if (result.ok) expect(result.normalized).toMatch(/^\+[1-9]\d{6,14}$/);
        else expect(result.message.sv && result.message.en).toBeTruthy();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('gives every written form of a Swedish number the same E.164', () => {
    fc.assert(
      fc.property(swedishNational.chain((n) => fc.tuple(fc.constant(n), written(n))), ([national, spaced]) => {
        const e164 = `+46${national}`;
        for (const form of [`0${spaced}`, `+46${spaced}`, `+46 ${spaced}`, `0046 ${spaced}`, `+46 (0)${spaced}`, `+46 0${spaced}`]) {
          expect(parsePhoneNumber(form), form).toMatchObject({ ok: true, normalized: e164, isSwedish: true });
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads back the number it formats', () => {
    fc.assert(
      fc.property(swedishNational, (national) => {
        const first = parsePhoneNumber(`0${national}`);
        if (!first.ok) throw new Error('valid input rejected');
        expect(parsePhoneNumber(first.formatted)).toMatchObject({ ok: true, normalized: first.normalized });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('keeps foreign numbers of 7 to 15 digits, and rejects longer ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).filter((d) => d !== 4), digitString(6, 16), (first, rest) => {
        const digits = `${first}${rest}`;
        const result = parsePhoneNumber(`+${digits}`);
        if (digits.length <= 15) expect(result).toMatchObject({ ok: true, normalized: `+${digits}`, isSwedish: false });
        else expect(result).toMatchObject({ ok: false, error: 'too-long' });
        expect(parsePhoneNumber(`00${digits}`)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('rejects a valid number with a letter in it', () => {
    fc.assert(
      fc.property(swedishNational, fc.nat(), fc.constantFrom('a', 'O', 'l', 'x', '*', '#'), (national, at, letter) => {
        const text = `0${national}`;
        const i = at % (text.length + 1);
        expect(parsePhoneNumber(text.slice(0, i) + letter + text.slice(i))).toMatchObject({ ok: false, error: 'invalid-characters' });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
