// WCAG 2.x contrast for declared semantic pairs, the focus ring and the brand palette.
// All colour maths is culori's (wcagContrast); nothing here re-implements it.
import { wcagContrast, parse } from 'culori';

/** Ratio rounded to two decimals for reports; pass/fail is always decided on the exact value. */
export const round2 = (n) => Math.round(n * 100) / 100;

export const ratio = (a, b) => {
  const fg = parse(a);
  const bg = parse(b);
  if (!fg || !bg) throw new TypeError(`Not a colour: ${JSON.stringify(fg ? b : a)}`);
  return wcagContrast(fg, bg);
};

/** WCAG conformance labels for a ratio. */
export function grades(r) {
  return { aa: r >= 4.5, aaLarge: r >= 3, aaa: r >= 7, aaaLarge: r >= 4.5, ui: r >= 3 };
}

/**
 * Full brand × brand matrix for the docs.
 * @param {{ key: string, hex: string }[]} colours
 */
export function brandMatrix(colours) {
  const rows = [];
  for (const fg of colours) {
    for (const bg of colours) {
      if (fg.key === bg.key) continue;
      const r = ratio(fg.hex, bg.hex);
      rows.push({ foreground: fg.key, background: bg.key, foregroundHex: fg.hex, backgroundHex: bg.hex, ratio: round2(r), ...grades(r) });
    }
  }
  return rows;
}

/**
 * Evaluates the declared pairs for one theme.
 * @param {object} spec parsed contrast-pairs.json
 * @param {'light'|'dark'} theme
 * @param {(path: string) => string | null | undefined} hexOf resolved hex of a semantic token in
 *   that theme; undefined when there is no such token, null when its value is broken (reported
 *   elsewhere, so the pair is skipped)
 */
export function evaluatePairs(spec, theme, hexOf) {
  const results = [];
  const missing = [];
  spec.pairs.forEach((pair, i) => {
    const index = pair.index ?? i;
    if (pair.themes && !pair.themes.includes(theme)) return;
    const minimum = Object.hasOwn(spec.levels, pair.level) ? spec.levels[pair.level].minimum : undefined;
    if (minimum === undefined) return;
    const backgrounds = Array.isArray(pair.background) ? pair.background : [pair.background];
    for (const background of backgrounds) {
      const fgHex = hexOf(pair.foreground);
      const bgHex = hexOf(background);
      if (fgHex === null || bgHex === null) continue;
      if (!fgHex || !bgHex) {
        missing.push({ index, token: !fgHex ? pair.foreground : background, theme });
        continue;
      }
      const r = ratio(fgHex, bgHex);
      results.push({
        theme,
        foreground: pair.foreground,
        background,
        foregroundHex: fgHex,
        backgroundHex: bgHex,
        ratio: round2(r),
        level: pair.level,
        minimum,
        pass: minimum !== undefined && r >= minimum,
      });
    }
  });
  return { results, missing };
}

/** Two-colour focus ring on every declared surface (technique C40). */
export function evaluateFocusRing(spec, theme, hexOf) {
  const ring = spec.focusRing;
  if (!ring) return { results: [], bands: undefined, missing: [] };
  const minimum = spec.levels.focus?.minimum ?? 3;
  const outer = hexOf(ring.outer);
  const inner = hexOf(ring.inner);
  const missing = [];
  if (outer === undefined) missing.push({ token: ring.outer, theme });
  if (inner === undefined) missing.push({ token: ring.inner, theme });
  if (missing.length || outer === null || inner === null) return { results: [], bands: undefined, missing };
  const bandsRatio = ratio(outer, inner);
  const bands = {
    theme,
    outer: ring.outer,
    inner: ring.inner,
    ratio: round2(bandsRatio),
    minimum: ring.bandsMinimum ?? 9,
    pass: bandsRatio >= (ring.bandsMinimum ?? 9),
  };
  const results = [];
  for (const surface of ring.surfaces) {
    const bg = hexOf(surface);
    if (bg === null) continue;
    if (!bg) {
      missing.push({ token: surface, theme });
      continue;
    }
    const outerRatio = ratio(outer, bg);
    const innerRatio = ratio(inner, bg);
    const best = Math.max(outerRatio, innerRatio);
    results.push({
      theme,
      surface,
      surfaceHex: bg,
      outerRatio: round2(outerRatio),
      innerRatio: round2(innerRatio),
      ratio: round2(best),
      level: 'focus',
      minimum,
      pass: best >= minimum,
    });
  }
  return { results, bands, missing };
}
