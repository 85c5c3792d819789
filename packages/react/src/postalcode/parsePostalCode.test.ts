import { describe, expect, it } from 'vitest';
import { isValidPostalCode, parsePostalCode, postalCodeMessages, type PostalCodeErrorCode } from './index.js';

function expectError(input: string, code: PostalCodeErrorCode) {
  expect(parsePostalCode(input), input).toEqual({ ok: false, error: code, message: postalCodeMessages[code] });
}

describe('parsePostalCode', () => {
  it.each(['41319', '413 19', '413-19', ' 413  19 ', '413\u00a019', 'SE-413 19', 'se 41319', 'S-41319'])(
    'normalises %j to "413 19"',
    (input) => {
      expect(parsePostalCode(input)).toEqual({ ok: true, normalized: '413 19' });
    },
  );

  it('accepts the whole range 100 00 to 999 99', () => {
    expect(parsePostalCode('10000')).toEqual({ ok: true, normalized: '100 00' });
    expect(parsePostalCode('99999')).toEqual({ ok: true, normalized: '999 99' });
  });

  it.each(['4131', '413190', '4131-9', 'abcde', '413 1O', '413--19', 'NO-0150', '413.19'])('rejects %j as wrong format', (input) => {
    expectError(input, 'invalid-format');
  });

  it('says that Swedish postcodes never start with 0', () => {
    expectError('01234', 'starts-with-zero');
    expectError('012 34', 'starts-with-zero');
  });

  it.each(['', '   '])('reports %j as empty', (input) => expectError(input, 'empty'));

  it('answers what FormData hands over without throwing', () => {
    expect(parsePostalCode(null)).toMatchObject({ ok: false, error: 'empty' });
    expect(parsePostalCode({ name: 'x', size: 1 })).toMatchObject({ ok: false, error: 'invalid-format' });
    expect(parsePostalCode(41319 as unknown as string)).toMatchObject({ ok: false, error: 'invalid-format' });
  });

  it('has distinct messages in both languages and a predicate that mirrors ok', () => {
    const codes = Object.keys(postalCodeMessages) as PostalCodeErrorCode[];
    expect(new Set(codes.map((c) => postalCodeMessages[c].sv)).size).toBe(3);
    expect(new Set(codes.map((c) => postalCodeMessages[c].en)).size).toBe(3);
    expect(isValidPostalCode('413 19')).toBe(true);
    expect(isValidPostalCode('013 19')).toBe(false);
  });
});
