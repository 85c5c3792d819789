/**
 * Brand data, read from @goteborgsstad/tokens (never a copy), indexed for the rules.
 */
import { palette as tokensPalette, flatTokens as tokensFlat } from '@goteborgsstad/tokens';
import { differenceCiede2000, formatHex, parse, type Color } from 'culori';

/** The documented shape of one `palette` entry in @goteborgsstad/tokens. */
export interface PaletteEntry {
  key: string;
  hex: string;
  rgb: { r: number; g: number; b: number };
  nameSv: string;
  nameEn: string;
  group: 'main' | 'dark' | 'light' | 'base';
  textColor: 'black' | 'white' | 'black-or-white';
  token: string;
  cssVar: string;
  /** From a sub-brand theme file: allowed, but with no token of ours to suggest. */
  theme?: boolean;
}

/** The documented shape of one `flatTokens` entry in @goteborgsstad/tokens. */
export interface FlatToken {
  path: string | readonly string[];
  name: string;
  cssVar: string;
  type: string;
  value: unknown;
  darkValue?: unknown;
  description?: string;
  tier: 'brand' | 'semantic';
}

export interface TokenRef {
  /** Dotted token path, `color.text.default`. */
  path: string;
  cssVar: string;
}

export interface ColorTokenRef extends TokenRef {
  hex: string;
  darkHex?: string;
}

export interface Brand {
  palette: readonly PaletteEntry[];
  /** Lower-case `#rrggbb` → palette entry. */
  byHex: ReadonlyMap<string, PaletteEntry>;
  /** `--gbg-…` → light (and dark) value as text. */
  varValues: ReadonlyMap<string, { value: string; darkValue?: string; path: string }>;
  /** Token path → CSS variable, for theme-contract member expressions (`vars.color.text.default`). */
  pathToVar: ReadonlyMap<string, string>;
  colorTokens: readonly ColorTokenRef[];
  /** px value → tokens, per scale. */
  space: ReadonlyMap<number, TokenRef>;
  fontSize: ReadonlyMap<number, TokenRef>;
  radius: ReadonlyMap<number, TokenRef>;
  fontFamily: readonly (TokenRef & { value: string })[];
  /** The nearest brand colour by CIEDE2000. */
  nearest(color: Color): { entry: PaletteEntry; deltaE: number };
}

const ROOT_FONT_SIZE_PX = 16;

function tokenPath(path: FlatToken['path']): string {
  return typeof path === 'string' ? path : path.join('.');
}

/** Token values may be strings, numbers, DTCG objects (`{ value, unit }`, `{ hex }`) or arrays (font stacks). */
export function valueText(value: unknown): string | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => (/[\s,]/.test(String(v)) ? `"${String(v)}"` : String(v))).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.hex === 'string') return o.hex;
    if ((typeof o.value === 'number' || typeof o.value === 'string') && typeof o.unit === 'string') return `${o.value}${o.unit}`;
  }
  return undefined;
}

/** A length in px, for `px` and `rem` (root 16px); undefined otherwise. */
export function lengthToPx(text: string): number | undefined {
  const m = /^(-?\d*\.?\d+)(px|rem)?$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === 'px') return n;
  if (unit === 'rem') return n * ROOT_FONT_SIZE_PX;
  return n === 0 ? 0 : undefined;
}

export function toHex(color: Color): string {
  return formatHex(color).toLowerCase();
}

export function createBrand(palette: readonly PaletteEntry[], flatTokens: readonly FlatToken[]): Brand {
  if (!Array.isArray(palette) || palette.length === 0) {
    throw new Error('@goteborgsstad/tokens: `palette` is missing or empty; rebuild the tokens package.');
  }
  const byHex = new Map<string, PaletteEntry>();
  for (const entry of palette) byHex.set(entry.hex.toLowerCase(), entry);

  const varValues = new Map<string, { value: string; darkValue?: string; path: string }>();
  const pathToVar = new Map<string, string>();
  const colorTokens: ColorTokenRef[] = [];
  const space = new Map<number, TokenRef>();
  const fontSize = new Map<number, TokenRef>();
  const radius = new Map<number, TokenRef>();
  const fontFamily: (TokenRef & { value: string })[] = [];

  for (const t of flatTokens) {
    const path = tokenPath(t.path);
    pathToVar.set(path, t.cssVar);
    const value = valueText(t.value);
    const darkValue = valueText(t.darkValue);
    if (value === undefined) continue;
    varValues.set(t.cssVar, darkValue === undefined ? { value, path } : { value, darkValue, path });
    const ref = { path, cssVar: t.cssVar };
    if (t.type === 'color') {
      const c = parse(value);
      if (!c) continue;
      const d = darkValue === undefined ? undefined : parse(darkValue);
      colorTokens.push(d ? { ...ref, hex: toHex(c), darkHex: toHex(d) } : { ...ref, hex: toHex(c) });
      continue;
    }
    const px = lengthToPx(value);
    // Zero is never reported as a raw value, so the zero tokens need no index entry.
    if (px !== undefined && px !== 0) {
      const scale = path.startsWith('space.') ? space : path.startsWith('font.size.') ? fontSize : path.startsWith('radius.') ? radius : undefined;
      if (scale && !scale.has(px)) scale.set(px, ref);
    }
    if (path.startsWith('font.family.')) fontFamily.push({ ...ref, value });
  }

  const diff = differenceCiede2000();
  const parsed = palette.map((entry) => ({ entry, color: parse(entry.hex)! }));
  return {
    palette,
    byHex,
    varValues,
    pathToVar,
    colorTokens,
    space,
    fontSize,
    radius,
    fontFamily,
    nearest(color) {
      let best = parsed[0]!;
      let bestDelta = Infinity;
      for (const p of parsed) {
        const d = diff(color, p.color);
        if (d < bestDelta) {
          best = p;
          bestDelta = d;
        }
      }
      return { entry: best.entry, deltaE: bestDelta };
    },
  };
}

let defaultBrand: Brand | undefined;

/** The brand as published in the installed @goteborgsstad/tokens. */
export function loadBrand(): Brand {
  defaultBrand ??= createBrand(
    tokensPalette as unknown as readonly PaletteEntry[],
    tokensFlat as unknown as readonly FlatToken[],
  );
  return defaultBrand;
}

/** A colour a sub-brand theme adds to the allowed palette. */
export interface ThemeColor {
  /** `#rrggbb` as written in the theme file. */
  hex: string;
  /** Dotted token path in the theme file. */
  path: string;
  /** The theme file's name, for messages. */
  theme: string;
}

/**
 * The brand plus a sub-brand theme's colours as allowed palette colours. Text stays black or
 * white: only the palette rule learns the new colours.
 */
export function withThemeColors(brand: Brand, colors: readonly ThemeColor[]): Brand {
  if (colors.length === 0) return brand;
  const byHex = new Map(brand.byHex);
  const extra: PaletteEntry[] = [];
  for (const c of colors) {
    const parsed = parse(c.hex);
    if (!parsed) continue;
    const hex = toHex(parsed);
    if (byHex.has(hex)) continue;
    const rgb = { r: Math.round((parsed as { r?: number }).r! * 255), g: Math.round((parsed as { g?: number }).g! * 255), b: Math.round((parsed as { b?: number }).b! * 255) };
    const entry: PaletteEntry = {
      key: c.path,
      hex,
      rgb,
      nameSv: `${c.theme} ${c.path}`,
      nameEn: `${c.theme} ${c.path}`,
      group: 'base',
      textColor: 'black-or-white',
      token: c.path,
      cssVar: `--${c.path.replace(/\./g, '-')}`,
      theme: true,
    };
    byHex.set(hex, entry);
    extra.push(entry);
  }
  const diff = differenceCiede2000();
  const extraParsed = extra.map((entry) => ({ entry, color: parse(entry.hex)! }));
  return {
    ...brand,
    palette: [...brand.palette, ...extra],
    byHex,
    nearest(color) {
      let best = brand.nearest(color);
      for (const p of extraParsed) {
        const d = diff(color, p.color);
        if (d < best.deltaE) best = { entry: p.entry, deltaE: d };
      }
      return best;
    },
  };
}
