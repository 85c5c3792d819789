import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enFileUpload } from '../../i18n/en.js';
import { checkFiles, describeAccept, formatFileSize, matchesAccept, type FileLike } from './fileRules.js';

describe('formatFileSize (Intl.NumberFormat, SI units)', () => {
  it.each([
    [0, 'sv', '0 B'],
    [999, 'sv', '999 B'],
    [850_000, 'sv', '850 kB'],
    [1_500_000, 'sv', '1,5 MB'],
    [1_500_000, 'en', '1.5 MB'],
    [12_000_000, 'sv', '12 MB'],
    [2_300_000_000, 'en', '2.3 GB'],
  ] as const)('%d bytes in %s is %s', (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('never throws and reads negative or broken sizes as 0', () => {
    expect(formatFileSize(Number.NaN).replace(/\u00a0/g, ' ')).toBe('0 B');
    expect(formatFileSize(-3).replace(/\u00a0/g, ' ')).toBe('0 B');
  });
});

describe('matchesAccept / describeAccept', () => {
  it('matches extensions case-insensitively, exact types and type/*', () => {
    expect(matchesAccept({ name: 'PLAN.PDF', size: 1 }, '.pdf')).toBe(true);
    expect(matchesAccept({ name: 'a.jpeg', size: 1, type: 'image/jpeg' }, 'image/*')).toBe(true);
    expect(matchesAccept({ name: 'a.bin', size: 1, type: 'application/pdf' }, 'application/pdf')).toBe(true);
    expect(matchesAccept({ name: 'ritning.dwg', size: 1, type: '' }, '.pdf, image/*')).toBe(false);
    expect(matchesAccept({ name: 'anything', size: 1 }, '')).toBe(true);
  });

  it('describes the allowed types in words', () => {
    expect(describeAccept('.pdf,.jpg,application/pdf,image/*')).toBe('PDF, JPG, bilder');
    expect(describeAccept('image/*,video/*', enFileUpload)).toBe('images, videos');
  });
});

describe('checkFiles', () => {
  it('gives messages that name the file and the limit', () => {
    const result = checkFiles(
      [
        { name: 'bygglovsritning.dwg', size: 10, type: '' },
        { name: 'foto.jpg', size: 12_000_000, type: 'image/jpeg' },
        { name: 'a.pdf', size: 10 },
        { name: 'b.pdf', size: 10 },
      ],
      { accept: '.pdf,.jpg', maxSize: 10_000_000, maxFiles: 1 },
    );
    expect(result.accepted.map((file) => file.name)).toEqual(['a.pdf']);
    expect(result.rejected.map((rejection) => [rejection.reason, rejection.message.replace(/\u00a0/g, ' ')])).toEqual([
      ['type', 'bygglovsritning.dwg har fel filtyp. Tillåtna: PDF, JPG.'],
      ['size', 'foto.jpg är 12 MB. Största tillåtna storlek är 10 MB.'],
      ['count', 'b.pdf kom inte med. Du kan välja högst 1 fil.'],
    ]);
  });

  it('never shows a file over the limit as the same size as the limit', () => {
    const [rejection] = checkFiles([{ name: 'x.pdf', size: 10_000_001 }], { maxSize: 10_000_000 }).rejected;
    expect(rejection!.message.replace(/\u00a0/g, ' ')).toBe('x.pdf är 10 000 001 B. Största tillåtna storlek är 10 000 000 B.');
    const [near] = checkFiles([{ name: 'y.pdf', size: 10_040_000 }], { maxSize: 10_000_000 }).rejected;
    expect(near!.message.replace(/\u00a0/g, ' ')).toBe('y.pdf är 10,04 MB. Största tillåtna storlek är 10 MB.');
  });

  it('speaks English with locale en, and the app’s words for the types', () => {
    const { rejected } = checkFiles([{ name: 'a.doc', size: 1 }], { accept: '.pdf' }, { locale: 'en', acceptDescription: 'PDF only' });
    expect(rejected[0]!.message).toBe('a.doc is the wrong file type. Allowed: PDF only.');
  });

  // Property-based: random files and rules, the invariants of the partition.
  const fileArb = fc.record({
    name: fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('.pdf', '.jpg', '.dwg', '.PDF', '')).map(([stem, ext]) => stem + ext),
    size: fc.nat({ max: 50_000_000 }),
    type: fc.constantFrom('', 'application/pdf', 'image/jpeg', 'image/png'),
  });
  const rulesArb = fc.record({
    accept: fc.constantFrom(undefined, '', '.pdf', '.pdf,.jpg', 'image/*', '.pdf,image/*'),
    maxSize: fc.option(fc.integer({ min: 1, max: 40_000_000 }), { nil: undefined }),
    maxFiles: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    existingCount: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
  });

  it('accepts or rejects every file exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 10 }), rulesArb, (files, rules) => {
        const { accepted, rejected } = checkFiles(files, rules);
        expect(accepted.length + rejected.length).toBe(files.length);
        const seen = new Set<FileLike>([...accepted, ...rejected.map((r) => r.file)]);
        expect(seen.size).toBe(files.length);
        expect(accepted).toEqual(files.filter((file) => accepted.includes(file)));
      }),
    );
  });

  it('accepted files keep every rule; each rejection names its file and the broken limit', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 10 }), rulesArb, fc.constantFrom('sv', 'en') as fc.Arbitrary<'sv' | 'en'>, (files, rules, locale) => {
        const { accepted, rejected } = checkFiles(files, rules, { locale });
        for (const file of accepted) {
          expect(matchesAccept(file, rules.accept)).toBe(true);
          if (rules.maxSize !== undefined) expect(file.size).toBeLessThanOrEqual(rules.maxSize);
        }
        if (rules.maxFiles !== undefined) {
          expect(accepted.length).toBeLessThanOrEqual(Math.max(0, rules.maxFiles - (rules.existingCount ?? 0)));
        }
        for (const { file, reason, message } of rejected) {
          expect(message.startsWith(file.name)).toBe(true);
          if (reason === 'type') expect(matchesAccept(file, rules.accept)).toBe(false);
          if (reason === 'size') {
            expect(file.size).toBeGreaterThan(rules.maxSize!);
            const [shownSize, shownMax] = message.slice(file.name.length).match(/[\d\s\u00a0.,]+\s?(?:byte|kB|MB|GB|B)\b/g) ?? [];
            expect(shownMax).toBeDefined();
            expect(shownSize).not.toBe(shownMax);
          }
          if (reason === 'count') expect(message).toContain(String(rules.maxFiles));
        }
      }),
    );
  });

  it('never throws on odd rules', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 5 }), fc.anything(), fc.anything(), (files, maxSize, maxFiles) => {
        expect(() => checkFiles(files, { maxSize: maxSize as number, maxFiles: maxFiles as number })).not.toThrow();
      }),
    );
  });
});
