// Property-based tests (fast-check): the value parser and colour matching never throw on random
// or mutated input, and what they report round-trips to the input.
import fc from 'fast-check';
import { formatHex, formatHsl, formatRgb, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { loadBrand, toHex } from '../src/brand.js';
import { checkDeclarations, checkText } from '../src/index.js';
import { scanColors, scanLengths, soleColor, soleReference } from '../src/values.js';
import type { Declaration } from '../src/model.js';

const brand = loadBrand();
const PROPERTIES = ['color', 'background', 'border-color', 'fill', 'padding', 'width', '--x', '$x', 'box-shadow'];

/** CSS value pieces that exercise the parser: functions, nesting, colours, strings, escapes. */
const piece = fc.oneof(
  fc.constantFrom('calc(', 'rgb(', 'hsl(', 'var(', 'color(', 'url(', 'oklch(', ')', ',', ' ', '/', '#', '"', "'", '\\', '--x', '#0076bc', '#fff', '16px', '1.5rem', 'red', 'transparent', '100%', 'deg', '-', '(', 'srgb', '!important'),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -1000, max: 1000 }).map(String),
);
const value = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(value, fc.string({ maxLength: 200, unit: 'binary' }));

const hexColor = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`);

function decl(property: string, v: string): Declaration {
  return { property, value: v, file: 'p.css', line: 1, column: 1, context: { origin: 'css', block: 'b' } };
}

describe('value parser (properties)', () => {
  it('never throws on random or mutated values, and every literal is the text at its index', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...PROPERTIES), (v, property) => {
        for (const lit of scanColors(v, property)) expect(v.slice(lit.index, lit.index + lit.text.length)).toBe(lit.text);
        for (const len of scanLengths(v)) expect(v.slice(len.index, len.index + len.text.length)).toBe(len.text);
        soleReference(v);
        soleColor(v, property);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on deeply nested values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('calc(', 'rgb(', 'var(', 'min('), (depth, fn) => {
        const v = `${fn.repeat(depth)}1px #0076bc${')'.repeat(depth)}`;
        scanColors(v, 'color');
        scanLengths(v);
      }),
      { numRuns: 30 },
    );
  });

  it('finds a hex colour and round-trips it', () => {
    fc.assert(
      fc.property(hexColor, fc.boolean(), (hex, upper) => {
        const text = upper ? hex.toUpperCase() : hex;
        const found = scanColors(`1px solid ${text}`, 'border');
        expect(found).toHaveLength(1);
        expect(found[0]!.text).toBe(text);
        expect(found[0]!.index).toBe(10);
        expect(toHex(found[0]!.color)).toBe(hex);
      }),
    );
  });

  it('reads a colour in rgb() or hsl() back to the same 8-bit value', () => {
    fc.assert(
      fc.property(hexColor, (hex) => {
        const c = parse(hex)!;
        expect(formatHex(soleColor(formatRgb(c), 'color')!)).toBe(hex);
        // culori prints hsl with enough precision for the 8-bit value to survive.
        expect(formatHex(soleColor(formatHsl(c), 'color')!)).toBe(hex);
      }),
    );
  });
});

describe('colour matching (properties)', () => {
  const paletteHexes = brand.palette.map((p) => p.hex.toLowerCase());

  it('a palette colour in any syntax is never off-palette', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paletteHexes), fc.constantFrom<(c: NonNullable<ReturnType<typeof parse>>) => string>(formatHex, formatRgb, formatHsl, (c) => formatHex(c).toUpperCase()), (hex, write) => {
        const text = write(parse(hex)!);
        const found = checkDeclarations([decl('border-color', text)], { brand }).filter((f) => f.rule === 'palette');
        expect(found).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('any other colour is an error that names the nearest palette colour', () => {
    fc.assert(
      fc.property(hexColor.filter((h) => !paletteHexes.includes(h)), (hex) => {
        const found = checkDeclarations([decl('border-color', hex)], { brand, locale: 'en' }).filter((f) => f.rule === 'palette');
        expect(found).toHaveLength(1);
        const nearest = brand.nearest(parse(hex)!).entry;
        expect(found[0]!.message).toContain(nearest.hex.toUpperCase());
        expect(found[0]!.suggestion).toBe(`var(${nearest.cssVar})`);
      }),
      { numRuns: 500 },
    );
  });

  it('a one-step near-miss of a palette colour is off-palette and names that colour', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paletteHexes), fc.integer({ min: 0, max: 2 }), fc.constantFrom(-1, 1), (hex, channel, step) => {
        const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        rgb[channel] = rgb[channel]! + step;
        fc.pre(rgb[channel]! >= 0 && rgb[channel]! <= 255);
        const miss = `#${rgb.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
        fc.pre(!paletteHexes.includes(miss));
        const found = checkDeclarations([decl('outline-color', miss)], { brand, locale: 'en' }).filter((f) => f.rule === 'palette');
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain(hex.toUpperCase());
      }),
      { numRuns: 300 },
    );
  });
});

describe('whole files (properties)', () => {
  it('checkText never throws on random or mutated sources, in any syntax', () => {
    const css = fc.array(fc.oneof(value, fc.constantFrom('{', '}', ';', ':', '.a', '&:hover', '@media (x){', '/*', '*/', '\n', '  ', '$v: ', '@v: ', '<style>', '</style>', '<p style="', '">', '`', '${', 'css`')), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(css, anyText), fc.constantFrom('a.css', 'a.scss', 'a.sass', 'a.less', 'a.html', 'a.tsx', 'a.js', 'a.vue', 'a.svelte'), (text, file) => {
        const findings = checkText(text, file, { brand });
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1500 },
    );
  });
});
