// The one place where the docs read token data. Every value shown on a guide page comes from
// the built @goteborgsstad/tokens package, never from a hand copy, so the pages cannot drift
// from what ships. The helpers below only reshape that data for display.
import { palette, flatTokens, tokens, darkTokens } from '@goteborgsstad/tokens';
import contrastData from '@goteborgsstad/tokens/contrast.json';

export { palette, flatTokens, tokens, darkTokens, contrastData };

export type PaletteEntry = (typeof palette)[number];
export type FlatToken = (typeof flatTokens)[number];

/** Dotted path of a flat token, whether the build stores it as a string or as segments. */
export function pathOf(token: { path: unknown }): string {
  return Array.isArray(token.path) ? token.path.join('.') : String(token.path);
}

/** The flat tokens under a dotted prefix, in build order (which follows the source files). */
export function tokensUnder(prefix: string): FlatToken[] {
  const dotted = `${prefix}.`;
  return flatTokens.filter((t) => pathOf(t).startsWith(dotted));
}

/** The last path segment: `space.4` → `4`. */
export function leafOf(token: { path: unknown }): string {
  const path = pathOf(token);
  return path.slice(path.lastIndexOf('.') + 1);
}

/** `var(--gbg-…)` for a token, for styles that must follow the active theme. */
export function cssVarRef(token: { cssVar: string }): string {
  return `var(${token.cssVar})`;
}

/**
 * A token value as readable text. Handles strings, numbers, DTCG dimension/duration objects
 * (`{ value, unit }`), cubic-bézier arrays and font stacks given as arrays.
 */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 4 && value.every((v) => typeof v === 'number')) {
      return `cubic-bezier(${value.join(', ')})`;
    }
    return value.map((v) => formatValue(v)).join(', ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('value' in record && 'unit' in record) return `${String(record.value)}${String(record.unit)}`;
    if ('hex' in record && typeof record.hex === 'string') return record.hex;
    return Object.entries(record)
      .map(([key, v]) => `${key}: ${formatValue(v)}`)
      .join('; ');
  }
  return String(value);
}

/** Swedish number formatting with a decimal comma: 4.86 → "4,86". */
export function formatRatio(ratio: number): string {
  return `${ratio.toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1`;
}

/** Parses `#rrggbb` / `#rgb` (the only colour format the token build emits for brand colours). */
export function parseHex(value: string): { r: number; g: number; b: number } | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const hex =
    match[1].length === 3
      ? match[1]
          .split('')
          .map((c) => c + c)
          .join('')
      : match[1];
  return {
    r: Number.parseInt(hex.slice(0, 2), 16),
    g: Number.parseInt(hex.slice(2, 4), 16),
    b: Number.parseInt(hex.slice(4, 6), 16),
  };
}

/** WCAG 2.x relative luminance. */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * WCAG 2.x contrast ratio between two token colour values. Used for pairs the contrast file
 * does not list (semantic colours per theme, e.g. the focus ring against each surface).
 */
export function contrastRatio(a: unknown, b: unknown): number | undefined {
  const ca = typeof a === 'string' ? parseHex(a) : undefined;
  const cb = typeof b === 'string' ? parseHex(b) : undefined;
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The flat token at an exact dotted path. */
export function tokenAt(path: string): FlatToken | undefined {
  return flatTokens.find((t) => pathOf(t) === path);
}

/** Finds the palette colour whose hex equals a resolved value, to name aliases in Swedish. */
export function paletteByValue(value: unknown): PaletteEntry | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toUpperCase();
  return palette.find((p) => p.hex.toUpperCase() === wanted);
}

// ---------------------------------------------------------------------------------------------
// Contrast data. The file lists pairs of palette colours with their WCAG ratio. The reader below
// accepts the shapes a DTCG tool chain commonly writes (an array of pairs, an object holding one,
// or a background → foreground map) and keys every colour back to its palette entry.

export type ContrastLevel = 'AAA' | 'AA' | 'AA-large' | 'fail';

export interface ContrastPair {
  foreground: PaletteEntry;
  background: PaletteEntry;
  ratio: number;
  level: ContrastLevel;
}

function paletteLookup(ref: unknown): PaletteEntry | undefined {
  if (typeof ref === 'object' && ref !== null) {
    const record = ref as Record<string, unknown>;
    return paletteLookup(record.key ?? record.token ?? record.hex ?? record.name);
  }
  if (typeof ref !== 'string') return undefined;
  const wanted = ref.trim();
  const upper = wanted.toUpperCase();
  return palette.find(
    (p) =>
      p.key === wanted ||
      p.token === wanted ||
      p.cssVar === wanted ||
      `{${p.token}}` === wanted ||
      p.hex.toUpperCase() === upper,
  );
}

/** The WCAG level a ratio reaches for text (1.4.3 / 1.4.6) — thresholds are not rounded. */
export function levelOf(ratio: number): ContrastLevel {
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA-large';
  return 'fail';
}

function levelFromRecord(record: Record<string, unknown>, ratio: number): ContrastLevel {
  // Prefer the verdicts the build computed (from unrounded ratios) when they are present.
  const flag = (...names: string[]) => {
    for (const name of names) {
      const v = record[name];
      if (typeof v === 'boolean') return v;
    }
    return undefined;
  };
  const aaa = flag('aaa', 'AAA', 'passesAAA');
  const aa = flag('aa', 'AA', 'passesAA', 'aaNormal', 'normalText');
  const large = flag('aaLarge', 'AALarge', 'largeText', 'passesAALarge');
  if (aaa === undefined && aa === undefined && large === undefined) return levelOf(ratio);
  if (aaa) return 'AAA';
  if (aa) return 'AA';
  if (large) return 'AA-large';
  if (aa === false && large === undefined) return ratio >= 3 ? 'AA-large' : 'fail';
  return 'fail';
}

function numberFrom(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function pairFromRecord(record: Record<string, unknown>): ContrastPair | undefined {
  const foreground = paletteLookup(record.foreground ?? record.fg ?? record.text ?? record.color);
  const background = paletteLookup(record.background ?? record.bg ?? record.surface);
  const ratio = numberFrom(record.ratio ?? record.contrast ?? record.value);
  if (!foreground || !background || ratio === undefined) return undefined;
  return { foreground, background, ratio, level: levelFromRecord(record, ratio) };
}

function readPairs(data: unknown): ContrastPair[] {
  if (Array.isArray(data)) {
    return data.flatMap((item) =>
      typeof item === 'object' && item !== null
        ? (pairFromRecord(item as Record<string, unknown>) ?? [])
        : [],
    );
  }
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  for (const key of ['pairs', 'matrix', 'contrast', 'combinations', 'entries', 'results']) {
    const found = readPairs(record[key]);
    if (found.length > 0) return found;
  }
  // Background → foreground → ratio (or → { ratio, … }).
  const pairs: ContrastPair[] = [];
  for (const [bgKey, row] of Object.entries(record)) {
    const background = paletteLookup(bgKey);
    if (!background || typeof row !== 'object' || row === null) continue;
    for (const [fgKey, cell] of Object.entries(row as Record<string, unknown>)) {
      const foreground = paletteLookup(fgKey);
      if (!foreground) continue;
      const cellRecord =
        typeof cell === 'object' && cell !== null ? (cell as Record<string, unknown>) : {};
      const ratio = numberFrom(typeof cell === 'object' ? cellRecord.ratio : cell);
      if (ratio === undefined) continue;
      pairs.push({ foreground, background, ratio, level: levelFromRecord(cellRecord, ratio) });
    }
  }
  return pairs;
}

/** Every palette pair in the contrast file, read once. */
export const contrastPairs: ContrastPair[] = readPairs(contrastData);

/** The ratio of text colour `fg` on background `bg` (palette keys), if the file lists it. */
export function contrastOf(fgKey: string, bgKey: string): ContrastPair | undefined {
  return contrastPairs.find((p) => p.foreground.key === fgKey && p.background.key === bgKey);
}

/** Swedish wording for a level; used as visible text so state never relies on colour alone. */
export const levelLabel: Record<ContrastLevel, string> = {
  AAA: 'Godkänd, AAA',
  AA: 'Godkänd, AA',
  'AA-large': 'Bara stor text',
  fail: 'Underkänd',
};

/** Swedish names for the palette groups, in display order. */
export const paletteGroups: ReadonlyArray<{ group: PaletteEntry['group']; title: string; intro: string }> =
  [
    {
      group: 'main',
      title: 'Huvudfärg',
      intro: 'Göteborgsblå är den färg som tydligast visar att det är staden som avsändare.',
    },
    {
      group: 'dark',
      title: 'Mörka komplementfärger',
      intro: 'Sju mörka färger för ytor, knappar och grafik.',
    },
    {
      group: 'light',
      title: 'Ljusa komplementfärger',
      intro: 'Sju ljusa färger för bakgrunder och markeringar. Texten på dem är alltid svart.',
    },
    { group: 'base', title: 'Bas', intro: 'Svart och vitt — de enda textfärgerna.' },
  ];

/** Swedish wording for which text colour a palette colour takes. */
export const textColorLabel: Record<PaletteEntry['textColor'], string> = {
  black: 'Svart text',
  white: 'Vit text',
  'black-or-white': 'Svart eller vit text',
};
