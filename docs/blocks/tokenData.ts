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

/** A required minimum, as short as it can be: 4.5 → "4,5:1", 3 → "3:1". */
export function formatMinimum(ratio: number): string {
  return `${ratio.toLocaleString('sv-SE', { maximumFractionDigits: 2 })}:1`;
}

/** Swedish number formatting with a decimal comma: 4.86 → "4,86". */
export function formatRatio(ratio: number): string {
  return `${ratio.toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1`;
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
// Contrast data (`contrast.json`): computed by the token build from unrounded ratios (the ratios
// it reports are rounded down to two decimals). Three parts: `brand` (every palette colour on
// every other), `pairs` (every declared semantic foreground/background pair per theme) and
// `focusRing` (both ring colours against every surface per theme).

export type ContrastLevel = 'AAA' | 'AA' | 'AA-large' | 'fail';
export type ThemeName = 'light' | 'dark';

export interface ContrastPair {
  foreground: PaletteEntry;
  background: PaletteEntry;
  ratio: number;
  level: ContrastLevel;
}

interface BrandContrastRow {
  foreground: string;
  background: string;
  ratio: number;
  aa: boolean;
  aaLarge: boolean;
  aaa: boolean;
}

export interface SemanticContrastRow {
  theme: ThemeName;
  foreground: string;
  background: string;
  foregroundHex: string;
  backgroundHex: string;
  ratio: number;
  level: string;
  minimum: number;
  pass: boolean;
}

export interface FocusSurfaceRow {
  theme: ThemeName;
  surface: string;
  surfaceHex: string;
  outerRatio: number;
  innerRatio: number;
  ratio: number;
  minimum: number;
  pass: boolean;
}

interface ContrastFile {
  brand: BrandContrastRow[];
  pairs: SemanticContrastRow[];
  levels: Record<string, { minimum: number; description: string }>;
  focusRing: {
    bands: Array<{ theme: ThemeName; ratio: number; minimum: number; pass: boolean }>;
    surfaces: FocusSurfaceRow[];
  };
}

const contrastFile = contrastData as unknown as ContrastFile;

const paletteKey = (key: string) => palette.find((p) => p.key === key);

/** Every palette colour as text on every other palette colour. */
export const contrastPairs: ContrastPair[] = (contrastFile.brand ?? []).flatMap((row) => {
  const foreground = paletteKey(row.foreground);
  const background = paletteKey(row.background);
  if (!foreground || !background) return [];
  const level: ContrastLevel = row.aaa ? 'AAA' : row.aa ? 'AA' : row.aaLarge ? 'AA-large' : 'fail';
  return [{ foreground, background, ratio: row.ratio, level }];
});

/** Every declared semantic pair per theme, with the level it must reach and the verdict. */
export const semanticContrast: SemanticContrastRow[] = contrastFile.pairs ?? [];

/** The focus ring's two colours against every surface, per theme. */
export const focusSurfaces: FocusSurfaceRow[] = contrastFile.focusRing?.surfaces ?? [];

/** The contrast between the ring's two bands, per theme. */
export const focusBands = contrastFile.focusRing?.bands ?? [];

/** The levels the build checks, with their minimum ratio. */
export const contrastLevels = contrastFile.levels ?? {};

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

/** Swedish names for what a semantic pair is checked as. */
export const pairLevelLabel: Record<string, string> = {
  text: 'Text (4,5:1)',
  'large-text': 'Stor text (3:1)',
  ui: 'Grafik och kanter (3:1)',
  focus: 'Fokus (3:1)',
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
