import { describe, expect, it } from 'vitest';
import {
  isValidOrganisationsnummer,
  organisationsnummerMessages,
  parseOrganisationsnummer,
  type OrganisationsnummerErrorCode,
} from './index.js';

const referenceDate = '2026-01-15';

function expectError(input: string, code: OrganisationsnummerErrorCode, allowPersonnummer = false) {
  const result = parseOrganisationsnummer(input, { allowPersonnummer, referenceDate });
  expect(result, input).toEqual({ ok: false, error: code, message: organisationsnummerMessages[code] });
}

describe('parseOrganisationsnummer — organisation numbers', () => {
  it.each([
    '212000-1355',
    '2120001355',
    ' 212000 1355 ',
    '212 000-13 55',
    '16212000-1355', // Skatteverket's 12-digit form
    '162120001355',
    '212000\u20131355', // en dash from a document
    '212000\u00a01355',
  ])('normalises %j to NNNNNN-NNNN', (input) => {
    expect(parseOrganisationsnummer(input)).toEqual({
      ok: true,
      kind: 'organisation',
      normalized: '212000-1355',
      group: 2,
    });
  });

  it('reads the group (legal form) from the first digit', () => {
    expect(parseOrganisationsnummer('556012-5790')).toMatchObject({ ok: true, group: 5 });
  });

  it('rejects every wrong check digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 5) continue;
      expectError(`212000-135${digit}`, 'invalid-checksum');
    }
  });

  it('rejects two swapped digits', () => {
    expectError('212000-1535', 'invalid-checksum');
  });

  it.each(['abc', '212000-135', '21200-01355', '2120001-355', '212000--1355', '212000/1355', '17212000-1355', '212000+1355x', '2120001355 1'])(
    'rejects %j as wrong format',
    (input) => {
      expectError(input, 'invalid-format');
    },
  );

  it.each(['', '  ', '\n'])('reports %j as empty', (input) => {
    expectError(input, 'empty');
  });
});

describe('parseOrganisationsnummer — sole traders (personnummer)', () => {
  it('says a personnummer is not an organisation number unless allowed', () => {
    expectError('811218-9876', 'personnummer-not-allowed');
    expectError('19811218-9876', 'personnummer-not-allowed');
    expectError('121212+1212', 'personnummer-not-allowed');
  });

  it('accepts a valid personnummer when allowed, normalised to 12 digits', () => {
    expect(parseOrganisationsnummer('811218-9876', { allowPersonnummer: true, referenceDate })).toEqual({
      ok: true,
      kind: 'personnummer',
      normalized: '19811218-9876',
      personnummer: {
        ok: true,
        normalized: '19811218-9876',
        birthDate: '1981-12-18',
        isCoordinationNumber: false,
        sex: 'male',
      },
    });
  });

  it('still takes organisation numbers when personnummer are allowed', () => {
    expect(parseOrganisationsnummer('556012-5790', { allowPersonnummer: true })).toMatchObject({
      ok: true,
      kind: 'organisation',
    });
  });

  it('passes the personnummer errors through', () => {
    expectError('811218-9875', 'invalid-checksum', true);
    expectError('500229-2349', 'invalid-date', true);
    expectError('20301231-0003', 'future-date', true);
  });

  it('does not take a 12-digit number with the organisation prefix 16 as a personnummer', () => {
    // "16" + a personnummer-shaped ten: the third digit rule applies to the ten after the prefix.
    expectError('16811218-9876', 'invalid-format', true);
  });
});

describe('parseOrganisationsnummer — runtime input', () => {
  it('answers what FormData hands over (null, a file) without throwing', () => {
    expect(parseOrganisationsnummer(null)).toMatchObject({ ok: false, error: 'empty' });
    expect(parseOrganisationsnummer({ name: 'org.pdf', size: 3 })).toMatchObject({ ok: false, error: 'invalid-format' });
    expect(parseOrganisationsnummer(2120001355 as unknown as string)).toMatchObject({ ok: false, error: 'invalid-format' });
  });

  it('has a distinct Swedish and English message for every error', () => {
    const codes = Object.keys(organisationsnummerMessages) as OrganisationsnummerErrorCode[];
    expect(codes).toHaveLength(6);
    expect(new Set(codes.map((code) => organisationsnummerMessages[code].sv)).size).toBe(codes.length);
    expect(new Set(codes.map((code) => organisationsnummerMessages[code].en)).size).toBe(codes.length);
  });

  it('isValidOrganisationsnummer mirrors ok', () => {
    expect(isValidOrganisationsnummer('212000-1355')).toBe(true);
    expect(isValidOrganisationsnummer('212000-1356')).toBe(false);
    expect(isValidOrganisationsnummer('811218-9876', { allowPersonnummer: true, referenceDate })).toBe(true);
  });
});
