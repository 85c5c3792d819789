// Property-based tests (fast-check): random input never throws, every five-digit code not starting
// with 0 round-trips through its written forms, and anything else is rejected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostalCode } from './parsePostalCode.js';

const code = fc.integer({ min: 10000, max: 99999 }).map(String);

describe('parsePostalCode (properties)', () => {
  it('never throws, and a valid answer is always "NNN NN" with the first digit not 0', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d\s\-SE]{0,9}$/)), (input) => {
        const result = parsePostalCode(input);
        if (result.ok) expect(result.normalized).toMatch(/^[1-9]\d{2} \d{2}$/);
        else expect(result.message.sv && result.message.en).toBeTruthy();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('round-trips every written form of a valid code', () => {
    fc.assert(
      fc.property(code, (digits) => {
        const normalized = `${digits.slice(0, 3)} ${digits.slice(3)}`;
        for (const form of [digits, normalized, `${digits.slice(0, 3)}-${digits.slice(3)}`, ` SE-${normalized} `]) {
          expect(parsePostalCode(form), form).toEqual({ ok: true, normalized });
          expect(parsePostalCode(normalized)).toEqual(parsePostalCode(form));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('rejects every code starting with 0 and every other number of digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.stringMatching(/^\d{1,4}$|^\d{6,9}$/), (low, other) => {
        expect(parsePostalCode(String(low).padStart(5, '0'))).toMatchObject({ ok: false, error: 'starts-with-zero' });
        expect(parsePostalCode(other)).toMatchObject({ ok: false, error: 'invalid-format' });
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
