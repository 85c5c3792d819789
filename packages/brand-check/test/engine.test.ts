import { describe, expect, it } from 'vitest';
import { palette } from '@goteborgsstad/tokens';
import { checkDeclarations, checkLogo, createBrand, loadBrand, type Declaration } from '../src/index.js';

function decl(property: string, value: string, context: Partial<Declaration['context']> = {}): Declaration {
  return { property, value, file: 'x.css', line: 1, column: 1, selector: '.x', context: { origin: 'css', block: 'b', ...context } };
}

const run = (decls: Declaration[]) => checkDeclarations(decls, { locale: 'en' });
const rules = (decls: Declaration[]) => run(decls).map((f) => f.rule);

describe('brand data comes from @goteborgsstad/tokens', () => {
  it('indexes all 17 palette colours from the tokens package', () => {
    const brand = loadBrand();
    expect(brand.palette).toBe(palette);
    expect(brand.byHex.size).toBe(17);
    expect(brand.byHex.get('#0076bc')?.key).toBe('goteborgsbla');
  });

  it('rejects an empty palette with a message naming the fix', () => {
    expect(() => createBrand([], [])).toThrow(/rebuild the tokens package/);
  });
});

describe('colour syntaxes', () => {
  // Off-brand colours written in every CSS colour syntax.
  const offBrand = [
    '#f0f', '#f0f8', '#ff00ff', '#ff00ff80', 'rgb(255 0 255)', 'rgba(255, 0, 255, 0.5)', 'hsl(300 100% 50%)',
    'hsla(300, 100%, 50%, 1)', 'hwb(300 0% 0%)', 'lab(60% 98 -60)', 'lch(60% 116 328)', 'oklab(0.7 0.27 -0.17)',
    'oklch(0.7 0.32 328)', 'color(srgb 1 0 1)', 'fuchsia', 'Magenta',
  ];
  for (const value of offBrand) {
    it(`palette: ${value}`, () => {
      const found = run([decl('border-color', value)]);
      expect(found.map((f) => f.rule)).toEqual(['palette']);
      expect(found[0]?.value).toBe(value);
    });
  }

  // Göteborgsblå in other syntaxes is the brand colour (within rounding), so only a raw-value warning.
  const brandBlue = ['#0076bc', '#0076BC', 'rgb(0 118 188)', 'rgb(0, 118, 188)', 'hsl(202.3 100% 36.9%)', 'color(srgb 0 0.4627 0.7373)'];
  for (const value of brandBlue) {
    it(`brand colour as ${value}`, () => {
      const found = run([decl('border-color', value)]);
      expect(found.map((f) => [f.rule, f.suggestion])).toEqual([['raw-value', 'var(--gbg-color-brand-goteborgsbla)']]);
    });
  }

  it('ignores keywords that are not colour choices', () => {
    for (const v of ['transparent', 'currentColor', 'inherit', 'none', 'initial']) {
      expect(run([decl('color', v), decl('fill', v)])).toEqual([]);
    }
  });

  it('does not read words in non-colour properties as colours', () => {
    expect(run([decl('animation-name', 'red'), decl('grid-area', 'tan')])).toEqual([]);
  });

  it('finds colours inside gradients and shadows, not inside url()', () => {
    const found = run([decl('background-image', 'linear-gradient(#ff0000, #0076bc), url(#abcdef)')]);
    expect(found.map((f) => [f.rule, f.value])).toEqual([
      ['palette', '#ff0000'],
      ['raw-value', '#0076bc'],
    ]);
  });
});

describe('text-color', () => {
  it('allows black and white text, through literals or tokens', () => {
    expect(rules([decl('color', 'var(--gbg-color-text-default)')])).toEqual([]);
    expect(rules([decl('color', 'var(--gbg-color-text-inverse)')])).toEqual([]);
  });

  it('flags coloured text through a token whose light or dark value is not black or white', () => {
    // action.primary.background is blue in light and light blue in dark.
    expect(rules([decl('color', 'var(--gbg-color-action-primary-background)')])).toEqual(['text-color']);
  });

  it('flags translucent black as grey text', () => {
    const [f] = run([decl('color', 'rgb(0 0 0 / 60%)')]);
    expect(f?.rule).toBe('text-color');
    expect(f?.message).toMatch(/translucent/);
  });

  it('covers -webkit-text-fill-color and SVG text fill', () => {
    expect(rules([decl('-webkit-text-fill-color', 'var(--gbg-color-brand-rod)')])).toEqual(['text-color']);
    expect(rules([decl('fill', 'var(--gbg-color-brand-rod)', { paints: 'svg-text' })])).toEqual(['text-color']);
  });

  it('follows same-file variables', () => {
    const found = run([decl('--accent', 'var(--gbg-color-brand-lila)', { block: 'root' }), decl('color', 'var(--accent)')]);
    expect(found.map((f) => f.rule)).toEqual(['text-color']);
  });
});

describe('contrast', () => {
  it('uses 4.5:1 for text and 3:1 for large text', () => {
    // White on Grön is 4.51:1 (passes); black on Göteborgsblå is 4.32:1 (fails normal, passes large).
    expect(rules([decl('color', 'var(--gbg-color-text-inverse)'), decl('background-color', 'var(--gbg-color-brand-gron)')])).toEqual([]);
    expect(rules([decl('color', 'var(--gbg-color-brand-svart)'), decl('background-color', 'var(--gbg-color-brand-goteborgsbla)')])).toEqual(['contrast']);
    expect(rules([decl('color', 'var(--gbg-color-brand-svart)'), decl('background-color', 'var(--gbg-color-brand-goteborgsbla)'), decl('font-size', '24px')])).toEqual(['raw-value']);
    expect(rules([decl('color', 'var(--gbg-color-brand-svart)'), decl('background-color', 'var(--gbg-color-brand-goteborgsbla)'), decl('font-size', '19px'), decl('font-weight', '700')])).toEqual([]);
  });

  it('reports a failure that only happens in the dark theme', () => {
    // text.inverse is white (fine on Mörkblå) in light but black in dark.
    const found = run([decl('color', 'var(--gbg-color-text-inverse)'), decl('background-color', 'var(--gbg-color-brand-morkbla)')]);
    expect(found.map((f) => f.rule)).toEqual(['contrast']);
    expect(found[0]?.message).toContain('(dark theme)');
  });

  it('checks icons and UI parts at 3:1', () => {
    expect(rules([decl('fill', 'var(--gbg-color-brand-gra)'), decl('background-color', 'var(--gbg-color-brand-vit)')])).toEqual(['icon-color', 'contrast']);
  });

  it('accepts a known backdrop from an audit front end (computed styles)', () => {
    const computed = (property: string, value: string, extra: Partial<Declaration['context']> = {}): Declaration => ({
      property,
      value,
      url: 'https://example.test/',
      line: 1,
      column: 1,
      selector: 'main > p',
      context: { origin: 'computed', block: 'el-1', background: 'rgb(0, 118, 188)', fontSize: '16px', fontWeight: '400', ...extra },
    });
    const found = checkDeclarations([computed('color', 'rgb(0, 0, 0)'), computed('border-top-color', 'rgb(191, 228, 242)', { uiPart: true })], { locale: 'en' });
    expect(found.map((f) => [f.rule, f.url])).toEqual([['contrast', 'https://example.test/']]);
    // Computed values never produce raw-value warnings.
    expect(checkDeclarations([computed('padding-top', '16px')])).toEqual([]);
    const ui = checkDeclarations([computed('outline-color', 'rgb(209, 217, 220)', { uiPart: true, background: '#ffffff' })], { locale: 'en' });
    expect(ui.map((f) => f.rule)).toEqual(['contrast']);
    expect(ui[0]?.message).toContain('3:1');
  });

  it('composites translucent text over the background', () => {
    // 50% black on white is about 3.9:1.
    expect(rules([decl('color', 'rgba(0, 0, 0, 0.5)'), decl('background-color', 'var(--gbg-color-brand-vit)')])).toEqual(['text-color', 'contrast']);
  });
});

describe('raw-value', () => {
  it('suggests the token for spacing, font size, radius and font family', () => {
    const found = run([decl('padding', '8px 1rem'), decl('font-size', '0.875rem'), decl('border-top-left-radius', '9999px'), decl('font-family', 'Menlo, monospace')]);
    expect(found.map((f) => [f.value, f.suggestion])).toEqual([
      ['8px', 'var(--gbg-space-2)'],
      ['1rem', 'var(--gbg-space-4)'],
      ['0.875rem', 'var(--gbg-font-size-sm)'],
      ['9999px', 'var(--gbg-radius-pill)'],
      ['Menlo, monospace', 'var(--gbg-font-family-mono)'],
    ]);
  });

  it('leaves values without a token, zero and the design system’s own definitions alone', () => {
    expect(run([decl('padding', '7px'), decl('margin', '0'), decl('--gbg-color-brand-gul', '#FFCD37')])).toEqual([]);
  });

  it('suggests theme entries in JS', () => {
    const [f] = run([decl('font-size', '36px', { themeSuggestions: true })]);
    expect(f?.suggestion).toBe("vars.font.size['4xl']");
  });
});

describe('severities', () => {
  it('can turn a rule off or change its severity', () => {
    const d = [decl('color', '#ff0000')];
    expect(checkDeclarations(d, { severities: { palette: 'off' } }).map((f) => f.rule)).toEqual(['text-color']);
    expect(checkDeclarations(d, { severities: { 'text-color': 'warning' } }).find((f) => f.rule === 'text-color')?.severity).toBe('warning');
  });
});

describe('logo', () => {
  const good = { url: 'https://example.test/', selector: 'header .logo', accessibleName: 'Göteborgs Stad', width: 160, height: 48, intrinsicWidth: 160, intrinsicHeight: 48, clearSpace: { top: 16, right: 16, bottom: 16, left: 16 } };

  it('passes a correctly named, sized, proportioned logo with clear space', () => {
    expect(checkLogo(good)).toEqual([]);
    expect(checkLogo({ ...good, accessibleName: ' City of  Gothenburg ' })).toEqual([]);
  });

  it('flags each broken rule', () => {
    expect(checkLogo({ ...good, accessibleName: '' }, { locale: 'en' })[0]?.message).toMatch(/no accessible name/);
    expect(checkLogo({ ...good, accessibleName: 'Logo' }).map((f) => f.rule)).toEqual(['logo']);
    expect(checkLogo({ ...good, width: 80, height: 24, intrinsicWidth: 80, intrinsicHeight: 24, clearSpace: undefined }, { locale: 'en' })[0]?.message).toMatch(/below the minimum size/);
    expect(checkLogo({ ...good, width: 200 }, { locale: 'en' })[0]?.message).toMatch(/distorted/);
    expect(checkLogo({ ...good, clearSpace: { top: 16, right: 4, bottom: 16, left: 16 } }, { locale: 'en' })[0]?.message).toMatch(/right/);
  });
});
