// dist/js/tokens.js + tokens.d.ts: palette, cssVarTree, tokens, darkTokens, flatTokens.
import { parse } from 'culori';
import { nest, literalType } from './tree.mjs';

export function buildJsModel({ brand, semantic }) {
  const palette = brand
    .filter((t) => t.segments[0] === 'color' && t.segments[1] === 'brand')
    .map((t) => {
      const ext = t.extensions?.['se.goteborg'] ?? {};
      const c = parse(t.original);
      const to255 = (x) => Math.round(x * 255);
      return {
        key: t.segments[2],
        hex: t.original,
        rgb: { r: to255(c.r), g: to255(c.g), b: to255(c.b) },
        nameSv: ext.nameSv,
        nameEn: ext.nameEn,
        group: ext.group,
        textColor: ext.textColor,
        token: t.path,
        cssVar: t.cssVar,
      };
    });
  const all = [...brand, ...semantic];
  const cssVarTree = nest(all, (t) => t.cssVar);
  const tokens = nest(all, (t) => t.value);
  const darkTokens = nest(semantic, (t) => t.dark.value);
  const flatTokens = all.map((t) => ({
    path: t.path,
    name: t.name,
    cssVar: t.cssVar,
    type: t.type,
    value: t.value,
    ...(t.tier === 'semantic' ? { darkValue: t.dark.value } : {}),
    description: t.description,
    tier: t.tier,
  }));
  return { palette, cssVarTree, tokens, darkTokens, flatTokens };
}

// Compact: this module lands in application bundles.
const json = (v) => JSON.stringify(v);

export function formatJs(model, header) {
  return `${header}
/** The 17 colours of the graphic profile, in profile order. */
export const palette = ${json(model.palette)};

/** Token tree whose leaves are CSS custom property names (without var()). */
export const cssVarTree = ${json(model.cssVarTree)};

/** Resolved values; semantic colours in the light (default) theme. Font sizes in rem as in CSS. */
export const tokens = ${json(model.tokens)};

/** Semantic token values in the dark theme. */
export const darkTokens = ${json(model.darkTokens)};

/** Every token as a flat record. */
export const flatTokens = ${json(model.flatTokens)};
`;
}

export function formatDts(model, header) {
  return `${header}
export type PaletteKey = ${model.palette.map((p) => JSON.stringify(p.key)).join(' | ')};
export type PaletteGroup = 'main' | 'dark' | 'light' | 'base';
export type PaletteTextColor = 'black' | 'white' | 'black-or-white';

export interface PaletteColor {
  /** Token key, e.g. "goteborgsbla". */
  readonly key: PaletteKey;
  /** Hex value exactly as in the graphic profile, e.g. "#0076BC". */
  readonly hex: string;
  readonly rgb: { readonly r: number; readonly g: number; readonly b: number };
  readonly nameSv: string;
  readonly nameEn: string;
  readonly group: PaletteGroup;
  /** Which text colour the profile allows on this colour. */
  readonly textColor: PaletteTextColor;
  /** Token path, e.g. "color.brand.goteborgsbla". */
  readonly token: \`color.brand.\${PaletteKey}\`;
  /** CSS custom property name, e.g. "--gbg-color-brand-goteborgsbla". */
  readonly cssVar: \`--gbg-color-brand-\${PaletteKey}\`;
}

export type TokenTier = 'brand' | 'semantic';

export interface FlatToken {
  /** Dot path, e.g. "color.text.default". */
  readonly path: string;
  /** Path joined by "-" with the gbg prefix, e.g. "gbg-color-text-default". */
  readonly name: string;
  /** CSS custom property, e.g. "--gbg-color-text-default". */
  readonly cssVar: string;
  /** DTCG $type. */
  readonly type: string;
  /** Resolved value (light theme for semantic tokens). */
  readonly value: string | number;
  /** Resolved dark-theme value; semantic tokens only. */
  readonly darkValue?: string | number;
  readonly description: string;
  readonly tier: TokenTier;
}

/** The 17 colours of the graphic profile, in profile order. */
export declare const palette: readonly PaletteColor[];

/** Token tree whose leaves are CSS custom property names (without var()). */
export declare const cssVarTree: ${literalType(model.cssVarTree)};

/** Resolved values; semantic colours in the light (default) theme. */
export declare const tokens: ${literalType(model.tokens)};

/** Semantic token values in the dark theme. */
export declare const darkTokens: ${literalType(model.darkTokens)};

/** Every token as a flat record. */
export declare const flatTokens: readonly FlatToken[];
`;
}
