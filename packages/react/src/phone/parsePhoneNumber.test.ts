import { describe, expect, it } from 'vitest';
import { formatPhone, isValidPhoneNumber, parsePhoneNumber, phoneHref, phoneNumberMessages, type PhoneNumberErrorCode } from './index.js';

function expectError(input: string, code: PhoneNumberErrorCode) {
  expect(parsePhoneNumber(input), input).toEqual({ ok: false, error: code, message: phoneNumberMessages[code] });
}

describe('parsePhoneNumber — Swedish numbers', () => {
  it.each([
    '031-365 00 00',
    '031 365 00 00',
    '0313650000',
    '(031) 365 00 00',
    '031/365 00 00',
    '031.365.00.00',
    '031\u2013365 00 00', // en dash from a document
    '+46 31 365 00 00',
    '+46313650000',
    '0046 31 365 00 00',
    '+46 (0)31-365 00 00',
    '+46 031 365 00 00', // a trunk 0 kept after the country code
    '  031-365 00 00\t',
  ])('normalises %j to E.164 +46313650000', (input) => {
    expect(parsePhoneNumber(input)).toEqual({ ok: true, normalized: '+46313650000', isSwedish: true, formatted: '031-365 00 00' });
  });

  it('reads mobile and Stockholm numbers', () => {
    expect(parsePhoneNumber('070-123 45 67')).toMatchObject({ ok: true, normalized: '+46701234567', formatted: '070-123 45 67' });
    expect(parsePhoneNumber('08-123 456 78')).toMatchObject({ ok: true, normalized: '+46812345678', formatted: '08-123 456 78' });
    expect(parsePhoneNumber('08-12 34 56')).toMatchObject({ ok: true, normalized: '+468123456', formatted: '08-12 34 56' });
  });

  it('checks the length of Swedish numbers (7 to 9 digits after the trunk 0)', () => {
    expectError('031-365 0', 'too-short');
    expectError('08-123 4', 'too-short');
    expectError('031-365 00 000', 'too-long');
    expectError('+46 70 123 45 678', 'too-long');
  });
});

describe('parsePhoneNumber — other countries', () => {
  it('keeps the country code of a foreign number', () => {
    expect(parsePhoneNumber('+47 22 12 34 56')).toEqual({ ok: true, normalized: '+4722123456', isSwedish: false, formatted: '+4722123456' });
    expect(parsePhoneNumber('0047 22 12 34 56')).toMatchObject({ ok: true, normalized: '+4722123456' });
    expect(parsePhoneNumber('+44 (0)20 7946 0000')).toMatchObject({ ok: true, normalized: '+442079460000' });
  });

  it('allows 7 to 15 digits with the country code (E.164)', () => {
    expect(parsePhoneNumber('+683 4002')).toMatchObject({ ok: true, normalized: '+6834002' });
    expectError('+683 400', 'too-short');
    expect(parsePhoneNumber('+1 234 567 890 12345')).toMatchObject({ ok: true, normalized: '+123456789012345' });
    expectError('+1 234 567 890 123456', 'too-long');
  });
});

describe('parsePhoneNumber — bad input', () => {
  it.each(['', '  ', '\n'])('reports %j as empty', (input) => expectError(input, 'empty'));

  it.each(['031-365 00 00 ank 12', 'tel:0313650000', '031+3650000', '++46313650000', '070-123 45 6x', '031–365 00 00 (växel)'])(
    'rejects %j for its characters',
    (input) => expectError(input, 'invalid-characters'),
  );

  it.each(['313650000', '11414', '+', '+0313650000', '000313650000'])('asks for a prefix in %j', (input) =>
    expectError(input, 'missing-prefix'),
  );

  it('answers what FormData hands over without throwing', () => {
    expect(parsePhoneNumber(null)).toMatchObject({ ok: false, error: 'empty' });
    expect(parsePhoneNumber({ name: 'a.txt', size: 1 })).toMatchObject({ ok: false, error: 'invalid-characters' });
    expect(parsePhoneNumber(313650000 as unknown as string)).toMatchObject({ ok: false, error: 'invalid-characters' });
  });

  it('has a distinct Swedish and English message for every error', () => {
    const codes = Object.keys(phoneNumberMessages) as PhoneNumberErrorCode[];
    expect(codes).toHaveLength(5);
    expect(new Set(codes.map((code) => phoneNumberMessages[code].sv)).size).toBe(5);
    expect(new Set(codes.map((code) => phoneNumberMessages[code].en)).size).toBe(5);
  });

  it('isValidPhoneNumber mirrors ok', () => {
    expect(isValidPhoneNumber('031-365 00 00')).toBe(true);
    expect(isValidPhoneNumber('365 00 00')).toBe(false);
  });
});

describe('formatPhone and phoneHref (moved here from ContactCard)', () => {
  it('are exported from the phone entry', () => {
    expect(formatPhone('+46313650000')).toBe('031-365 00 00');
    expect(phoneHref('031-365 00 00')).toBe('+46313650000');
  });
});
