import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixtures, rows, type Row } from './helpers.js';

async function findingsFor(file: string) {
  const result = await check([file], { cwd: fixtures, config: { locale: 'en' } });
  return result.findings;
}

describe('violations: every rule in every input syntax, exact positions and suggestions', () => {
  const cases: [string, Row[]][] = [
    [
      'violations/styles.css',
      [
        ['raw-value', 3, 10, 'var(--gbg-color-brand-goteborgsbla)'],
        ['text-color', 3, 10, 'var(--gbg-color-text-default)'],
        ['palette', 6, 17, 'var(--gbg-color-brand-rosa)'],
        ['contrast', 9, 10, 'var(--gbg-color-text-default)'],
        ['raw-value', 13, 17, 'var(--gbg-space-4)'],
        ['icon-color', 16, 9, 'currentColor'],
      ],
    ],
    [
      'violations/styles.scss',
      [
        ['palette', 3, 13, 'var(--gbg-color-brand-rod)'],
        ['text-color', 6, 10, 'var(--gbg-color-text-default)'],
        ['contrast', 9, 12, 'var(--gbg-color-text-inverse)'],
        ['raw-value', 12, 14, 'var(--gbg-font-size-2xl)'],
        ['icon-color', 13, 19, 'currentColor'],
      ],
    ],
    [
      'violations/styles.less',
      [
        ['raw-value', 2, 8, 'var(--gbg-color-brand-goteborgsbla)'],
        ['text-color', 3, 16, 'var(--gbg-color-text-default)'],
        ['palette', 4, 26, 'var(--gbg-color-brand-rod)'],
        ['contrast', 6, 10, 'var(--gbg-color-text-inverse)'],
        ['raw-value', 9, 23, 'var(--gbg-radius-lg)'],
        ['icon-color', 10, 25, 'currentColor'],
      ],
    ],
    [
      'violations/page.html',
      [
        ['palette', 5, 20, 'var(--gbg-color-brand-goteborgsbla)'],
        ['text-color', 5, 20, 'var(--gbg-color-text-default)'],
        ['raw-value', 9, 25, 'var(--gbg-color-brand-gron)'],
        ['raw-value', 10, 19, 'var(--gbg-color-brand-rosa)'],
        ['text-color', 10, 19, 'var(--gbg-color-text-default)'],
        ['raw-value', 10, 31, 'var(--gbg-space-2)'],
        ['raw-value', 11, 28, 'var(--gbg-space-6)'],
        ['icon-color', 12, 61, 'currentColor'],
        ['raw-value', 12, 61, 'var(--gbg-color-brand-goteborgsbla)'],
        ['raw-value', 13, 56, 'var(--gbg-color-brand-lila)'],
        ['text-color', 13, 56, 'var(--gbg-color-text-default)'],
      ],
    ],
    [
      'violations/Inline.jsx',
      [
        ['raw-value', 4, 32, 'vars.color.text.default'],
        ['raw-value', 4, 41, 'vars.color.brand.rod'],
        ['text-color', 4, 41, 'vars.color.text.default'],
        ['raw-value', 4, 72, 'vars.space[4]'],
        ['raw-value', 5, 28, 'vars.color.surface.inverse'],
        ['contrast', 5, 37, 'vars.color.text.inverse'],
        ['raw-value', 5, 37, 'vars.color.text.default'],
        ['icon-color', 6, 51, 'vars.color.icon.default'],
        ['raw-value', 6, 51, 'vars.color.brand.aprikos'],
        ['contrast', 7, 27, 'vars.color.text.default'],
        ['raw-value', 7, 27, 'vars.color.text.inverse'],
        ['raw-value', 7, 52, 'vars.color.brand.ljusgul'],
      ],
    ],
    [
      'violations/Title.tsx',
      [
        ['text-color', 5, 3, 'vars.color.text.default'],
        ['palette', 7, 21, 'vars.color.brand.ljusgron'],
        ['contrast', 11, 10, 'vars.color.text.default'],
        ['raw-value', 11, 10, 'vars.color.text.inverse'],
        ['raw-value', 13, 16, 'vars.font.family.sans'],
        ['icon-color', 14, 17, 'vars.color.icon.default'],
        ['raw-value', 14, 17, 'vars.color.brand.turkos'],
      ],
    ],
    [
      'violations/button.css.ts',
      [
        ['text-color', 5, 10, 'vars.color.text.default'],
        ['raw-value', 6, 13, 'vars.space[3]'],
        // The hover background meets the inherited (blue) text colour, in light and dark theme.
        ['contrast', 8, 36, 'vars.color.text.default'],
        ['contrast', 8, 36, 'vars.color.text.default'],
        ['palette', 8, 36, 'vars.color.brand.ljusgul'],
        ['raw-value', 16, 99, 'vars.font.size.sm'],
        ['icon-color', 17, 22, 'vars.color.icon.default'],
        ['raw-value', 17, 22, 'vars.color.brand.goteborgsbla'],
      ],
    ],
  ];

  for (const [file, expected] of cases) {
    it(file, async () => {
      const findings = await findingsFor(file);
      expect(rows(findings)).toEqual(expected);
      for (const f of findings) expect(f.file).toBe(file);
    });
  }

  it('names the nearest brand colour, its token and CSS variable in palette messages', async () => {
    const [palette] = (await findingsFor('violations/styles.css')).filter((f) => f.rule === 'palette');
    expect(palette?.value).toBe('#ff00ff');
    expect(palette?.message).toContain('Pink #D53878');
    expect(palette?.message).toMatch(/ΔE \d+\.\d/);
    expect(palette?.message).toContain('color.brand.rosa');
    expect(palette?.message).toContain('--gbg-color-brand-rosa');
  });

  it('reports contrast with the computed ratio and the threshold', async () => {
    const [contrast] = (await findingsFor('violations/styles.css')).filter((f) => f.rule === 'contrast');
    expect(contrast?.message).toContain('1.49:1');
    expect(contrast?.message).toContain('4.5:1');
    expect(contrast?.selector).toBe('.banner');
  });

  it('checks the dark theme of semantic tokens too', async () => {
    const [contrast] = (await findingsFor('violations/styles.scss')).filter((f) => f.rule === 'contrast');
    // text.default is black in light (black on Mörkblå fails) — the light theme is the failing one here.
    expect(contrast?.message).toContain('2.69:1');
    expect(contrast?.message).not.toContain('dark theme');
  });

  it('honours gbg-brand-disable-next-line comments for the named rules only', async () => {
    const css = await findingsFor('violations/styles.css');
    expect(css.some((f) => f.line === 19)).toBe(false);
    const html = await findingsFor('violations/page.html');
    expect(html.some((f) => f.line === 16)).toBe(false);
  });
});

describe('clean fixtures', () => {
  it('have zero findings in every syntax', async () => {
    const result = await check(['clean'], { cwd: fixtures });
    expect(result.findings).toEqual([]);
    expect(result.summary.files).toBe(6);
  });
});

describe('disable comments in every syntax', () => {
  it('accept a reason after -- and apply only to the next line', async () => {
    const { checkText } = await import('../src/index.js');
    const css = '/* gbg-brand-disable-next-line palette -- map colours */\n.k { border-color: #5a8f29; }\n.l { border-color: #5a8f29; }';
    expect(checkText(css, 'a.css').map((f) => [f.rule, f.line])).toEqual([['palette', 3]]);
    const scss = '// gbg-brand-disable-next-line\n.k { color: #5a8f29; }';
    expect(checkText(scss, 'a.scss')).toEqual([]);
    const tsx = 'export const A = () => (\n  <div>\n    {/* gbg-brand-disable-next-line text-color */}\n    <p style={{ color: "#0076bc" }} />\n  </div>\n);';
    expect(checkText(tsx, 'a.tsx').map((f) => f.rule)).toEqual(['raw-value']);
    const html = '<!-- gbg-brand-disable-next-line icon-color, raw-value -->\n<svg><path fill="#0076bc"/></svg>';
    expect(checkText(html, 'a.html')).toEqual([]);
  });
});

describe('Tailwind arbitrary values', () => {
  it('are read from any string in JS, with variants, important and type hints', async () => {
    const { checkText } = await import('../src/index.js');
    const ts = "export const danger = 'font-bold md:hover:!text-[#d24723]';\nexport const box = cn('p-[12px]', { 'border-[color:#123456]': true });";
    expect(checkText(ts, 'a.ts', { config: { locale: 'en' } }).map((f) => [f.rule, f.line, f.column, f.value])).toEqual([
      ['text-color', 1, 50, '#d24723'],
      ['raw-value', 1, 50, '#d24723'],
      ['raw-value', 2, 27, '12px'],
      ['palette', 2, 52, '#123456'],
    ]);
  });
});

describe('nested state rules inherit the element’s colours for contrast', () => {
  it('SCSS &:hover uses the base text colour; &__element does not', async () => {
    const { checkText } = await import('../src/index.js');
    const scss = [
      '.btn {',
      '  color: var(--gbg-color-text-inverse);',
      '  background-color: var(--gbg-color-action-primary-background);',
      '  &:hover { background-color: var(--gbg-color-brand-ljusbla); }',
      '  &__label { background-color: var(--gbg-color-brand-gul); }',
      '}',
    ].join('\n');
    const found = checkText(scss, 'a.scss', { config: { locale: 'en' } });
    expect(found.map((f) => [f.rule, f.line, f.column, f.selector])).toEqual([['contrast', 4, 31, '&:hover']]);
    expect(found[0]?.message).toContain('1.34:1');
  });

  it('plain CSS .btn:hover and .btn[aria-pressed] use the .btn rule in the same file', async () => {
    const { checkText } = await import('../src/index.js');
    const css = [
      '.btn { color: var(--gbg-color-brand-vit); background-color: var(--gbg-color-brand-goteborgsbla); }',
      '.btn:focus-visible { background: var(--gbg-color-brand-gra); }',
      '.btn[aria-pressed="true"] { background: var(--gbg-color-brand-morkbla); }',
      '.other:hover { background: var(--gbg-color-brand-gra); }',
    ].join('\n');
    expect(checkText(css, 'a.css').map((f) => [f.rule, f.line, f.column])).toEqual([['contrast', 2, 34]]);
  });

  it('vanilla-extract selectors, pseudo keys and @media entries style the same element', async () => {
    const { checkText } = await import('../src/index.js');
    const ts = [
      "export const btn = style({",
      '  color: vars.color.action.primary.foreground,',
      '  backgroundColor: vars.color.action.primary.background,',
      "  selectors: { '&:hover': { backgroundColor: vars.color.brand.gul }, '.dark &': { backgroundColor: vars.color.brand.gul } },",
      "  '@media': { print: { backgroundColor: vars.color.brand.ljusgul } },",
      "  ':focus': { backgroundColor: vars.color.action.primary.hover },",
      '});',
    ].join('\n');
    const found = checkText(ts, 'a.css.ts', { config: { locale: 'en' } });
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['contrast', 4, 46],
      ['contrast', 5, 41],
    ]);
  });
});

describe('SCSS mixin arguments', () => {
  it('count as colours in source', async () => {
    const { checkText } = await import('../src/index.js');
    const scss = '@mixin m($c: #abc) { color: $c; }\n.a { @include m(#0076bc); @include n(primary); }';
    expect(checkText(scss, 'a.scss').map((f) => [f.rule, f.line, f.column, f.value])).toEqual([
      ['palette', 1, 14, '#abc'],
      ['raw-value', 2, 17, '#0076bc'],
    ]);
  });
});
