import path from 'node:path';
import { wcagContrast } from 'culori';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildToTemp, importBuilt, readJson, TOKENS_DIR, type BuiltModule } from './helpers.js';

interface Pair { foreground: string; background: string | string[]; level: string; themes?: string[] }
interface Spec { levels: Record<string, { minimum: number }>; pairs: Pair[]; focusRing: { outer: string; inner: string; surfaces: string[] } }

const MINIMUM: Record<string, number> = { text: 4.5, 'large-text': 3, ui: 3, focus: 3 };

describe('contrast', () => {
  let built: BuiltModule;
  let outDir: string;
  let spec: Spec;
  const hex = (theme: 'light' | 'dark', p: string): string => {
    const t = built.flatTokens.find((f) => f.path === p);
    if (!t || t.tier !== 'semantic') throw new Error(`${p} is not a semantic token`);
    const brandPath = String(theme === 'light' ? t.value : t.darkValue);
    return brandPath;
  };

  beforeAll(async () => {
    outDir = await buildToTemp();
    built = await importBuilt(outDir);
    spec = await readJson<Spec>(path.join(TOKENS_DIR, 'contrast-pairs.json'));
  });

  it('levels in the pairs file match WCAG minimums', () => {
    for (const [level, min] of Object.entries(MINIMUM)) expect(spec.levels[level]?.minimum, level).toBe(min);
  });

  it.each(['light', 'dark'] as const)('every declared pair meets its level in the %s theme', (theme) => {
    let checked = 0;
    for (const pair of spec.pairs) {
      if (pair.themes && !pair.themes.includes(theme)) continue;
      for (const bg of ([] as string[]).concat(pair.background)) {
        const r = wcagContrast(hex(theme, pair.foreground), hex(theme, bg));
        expect(r, `${theme}: ${pair.foreground} on ${bg} = ${r.toFixed(2)}`).toBeGreaterThanOrEqual(MINIMUM[pair.level]!);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it.each(['light', 'dark'] as const)('the focus ring holds 3:1 on every surface in the %s theme', (theme) => {
    const outer = hex(theme, spec.focusRing.outer);
    const inner = hex(theme, spec.focusRing.inner);
    expect(wcagContrast(outer, inner)).toBeGreaterThanOrEqual(9);
    const surfaces = built.flatTokens.filter((t) => t.path.startsWith('color.surface.')).map((t) => t.path);
    expect(spec.focusRing.surfaces).toEqual(expect.arrayContaining(surfaces));
    for (const s of spec.focusRing.surfaces) {
      const best = Math.max(wcagContrast(outer, hex(theme, s)), wcagContrast(inner, hex(theme, s)));
      expect(best, `${theme}: focus ring on ${s}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('text on every surface: each surface has a declared text pair in both themes', () => {
    const surfaces = built.flatTokens.filter((t) => /^color\.(surface|status\.[a-z]+\.surface)/.test(t.path)).map((t) => t.path);
    for (const s of surfaces) {
      const hasText = spec.pairs.some((p) => p.level === 'text' && ([] as string[]).concat(p.background).includes(s) && /^color\.text\./.test(p.foreground));
      expect(hasText, s).toBe(true);
    }
  });

  it('publishes the matrix: every pair with ratio, level and pass, plus brand × brand', async () => {
    const matrix = await readJson(path.join(outDir, 'json/contrast.json'));
    const expectedPairs = ['light', 'dark'].reduce(
      (n, theme) => n + spec.pairs.filter((p) => !p.themes || p.themes.includes(theme)).reduce((m, p) => m + ([] as string[]).concat(p.background).length, 0),
      0,
    );
    expect(matrix.pairs).toHaveLength(expectedPairs);
    for (const p of matrix.pairs) {
      expect(p).toMatchObject({ theme: expect.stringMatching(/^(light|dark)$/), level: expect.any(String), pass: true });
      expect(p.ratio).toBeCloseTo(Math.round(wcagContrast(p.foregroundHex, p.backgroundHex) * 100) / 100, 5);
    }
    expect(matrix.focusRing.surfaces).toHaveLength(spec.focusRing.surfaces.length * 2);
    expect(matrix.brand).toHaveLength(17 * 16);
    const blueOnWhite = matrix.brand.find((r: any) => r.foreground === 'vit' && r.background === 'goteborgsbla');
    expect(blueOnWhite).toMatchObject({ ratio: 4.86, aa: true });
    const blackOnBlue = matrix.brand.find((r: any) => r.foreground === 'svart' && r.background === 'goteborgsbla');
    expect(blackOnBlue).toMatchObject({ ratio: 4.32, aa: false, aaLarge: true });
  });
});
