// Loads the DTCG token source through Style Dictionary, once per theme, and returns a flat,
// output-neutral model that every format writer in ./formats reads.
import path from 'node:path';
import StyleDictionary from 'style-dictionary';
import { parse } from 'culori';

export const PREFIX = 'gbg';
export const THEMES = /** @type {const} */ (['light', 'dark']);
/** Root font size the rem conversion assumes (the browser default). */
export const BASE_FONT_PX = 16;

const REF = /^\{([^{}]+)\}$/;

/** Token path → CSS custom property name, e.g. color.text.default → --gbg-color-text-default. */
export const cssVarName = (tokenPath) => `--${PREFIX}-${tokenPath.join('-')}`;

let registered = false;
function registerHooks() {
  if (registered) return;
  registered = true;
  // The name is the path joined by '-', nothing else: the contract the React theme and
  // every consumer builds on. Built-in kebab-casing would rewrite segments like "2xl".
  StyleDictionary.registerTransform({
    name: 'gbg/name/path',
    type: 'name',
    transform: (token) => `${PREFIX}-${token.path.join('-')}`,
  });
  // Font sizes go to CSS in rem so the user's browser font-size setting scales text.
  StyleDictionary.registerTransform({
    name: 'gbg/css/font-size-rem',
    type: 'value',
    filter: (token) => token.$type === 'dimension' && token.path[0] === 'font' && token.path[1] === 'size',
    transform: (token) => pxToRem(token.$value),
  });
  // Own shorthand: letterSpacing is part of the DTCG composite but not of the CSS `font` shorthand.
  StyleDictionary.registerTransform({
    name: 'gbg/css/typography',
    type: 'value',
    transitive: true,
    filter: (token) => token.$type === 'typography',
    transform: (token) => {
      const v = token.$value;
      if (typeof v !== 'object') return v;
      const family = Array.isArray(v.fontFamily) ? cssFontFamily(v.fontFamily) : v.fontFamily;
      return `${v.fontWeight} ${v.fontSize}/${v.lineHeight} ${family}`;
    },
  });
  // Native platforms get plain numbers in their own units (never the built-in groups, which
  // read px as rem and turn 16px into 256dp).
  StyleDictionary.registerTransform({
    name: 'gbg/native/value',
    type: 'value',
    filter: (token) => !['typography', 'shadow'].includes(token.$type),
    transform: (token) => nativeValue(token.$type, token.$value),
  });
  // Composites are transitive: their parts are resolved before they are converted.
  StyleDictionary.registerTransform({
    name: 'gbg/native/composite',
    type: 'value',
    transitive: true,
    filter: (token) => ['typography', 'shadow'].includes(token.$type),
    transform: (token) => {
      const v = token.$value;
      if (token.$type === 'shadow') {
        return {
          color: typeof v.color === 'string' ? nativeValue('color', v.color) : v.color,
          offsetX: px(v.offsetX),
          offsetY: px(v.offsetY),
          blur: px(v.blur),
          spread: px(v.spread),
        };
      }
      return {
        fontFamily: Array.isArray(v.fontFamily) ? nativeValue('fontFamily', v.fontFamily) : v.fontFamily,
        fontSize: px(v.fontSize),
        fontWeight: v.fontWeight,
        lineHeight: v.lineHeight,
        letterSpacing: px(v.letterSpacing),
      };
    },
  });
}

/** Generic CSS families mean nothing to iOS or Android; named families are kept. */
const CSS_GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong']);

/** "16px" → 16; numbers pass through (already converted). */
function px(value) {
  if (typeof value === 'number') return value;
  const m = /^(-?\d*\.?\d+)px$/.exec(String(value));
  if (!m) throw new Error(`Expected a px dimension, got ${JSON.stringify(value)}`);
  return Number(m[1]);
}

/** Platform-neutral numeric form: px → number (1px = 1pt = 1dp), ms → seconds, colour → rgba 0–1. */
function nativeValue(type, value) {
  switch (type) {
    case 'color': {
      if (typeof value !== 'string') return value;
      const c = parse(value);
      return { r: c.r, g: c.g, b: c.b, a: c.alpha ?? 1, hex: value.toUpperCase() };
    }
    case 'dimension':
      return px(value);
    case 'duration':
      return Number(String(value).replace(/ms$/, '')) / 1000;
    case 'fontFamily':
      return (Array.isArray(value) ? value : [value]).filter((f) => !CSS_GENERIC_FAMILIES.has(f));
    default:
      return value;
  }
}

export function pxToRem(value) {
  const m = /^(-?\d*\.?\d+)px$/.exec(String(value));
  if (!m) return value;
  const n = Number(m[1]);
  return n === 0 ? '0' : `${+(n / BASE_FONT_PX).toFixed(4)}rem`;
}

export function cssFontFamily(list) {
  return list.map((f) => (/^[a-z-]+$/i.test(f) && !/\s/.test(f) ? f : `"${f}"`)).join(', ');
}

const cssTransforms = [
  'gbg/name/path',
  'gbg/css/font-size-rem',
  'fontFamily/css',
  'cubicBezier/css',
  'shadow/css/shorthand',
  'gbg/css/typography',
];

/**
 * Reads one theme (brand tier + that theme's semantic tier) through Style Dictionary.
 * @param {string} tokensDir
 * @param {'light'|'dark'} theme
 */
export async function loadTheme(tokensDir, theme) {
  registerHooks();
  const sd = new StyleDictionary({
    source: [
      path.join(tokensDir, 'brand/**/*.json'),
      path.join(tokensDir, `semantic/${theme}/**/*.json`),
    ],
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: {
      css: { transforms: cssTransforms },
      native: { transforms: ['gbg/name/path', 'gbg/native/value', 'gbg/native/composite'] },
    },
  });
  const dict = await sd.getPlatformTokens('css');
  const native = new Map((await sd.getPlatformTokens('native')).allTokens.map((t) => [t.path.join('.'), t.$value]));
  return dict.allTokens.map((t) => {
    const rel = path.relative(tokensDir, t.filePath).split(path.sep).join('/');
    const original = t.original.$value;
    const ref = typeof original === 'string' ? REF.exec(original)?.[1] : undefined;
    return {
      path: t.path.join('.'),
      segments: [...t.path],
      name: t.name,
      cssVar: cssVarName(t.path),
      type: t.$type,
      /** Value as written into CSS (resolved, transformed). */
      value: t.$value,
      /** Platform-neutral value for iOS and Android writers: numbers in px/pt/dp, seconds, rgba. */
      native: native.get(t.path.join('.')),
      original,
      ref,
      description: t.$description ?? '',
      extensions: t.$extensions,
      tier: rel.startsWith('brand/') ? 'brand' : 'semantic',
      file: rel,
    };
  });
}

/**
 * The whole token model: brand tokens once, semantic tokens with a light and a dark value.
 * @param {string} tokensDir
 */
export async function loadTokens(tokensDir) {
  const [light, dark] = await Promise.all(THEMES.map((t) => loadTheme(tokensDir, t)));
  const darkByPath = new Map(dark.filter((t) => t.tier === 'semantic').map((t) => [t.path, t]));
  const brand = light.filter((t) => t.tier === 'brand');
  const semantic = light
    .filter((t) => t.tier === 'semantic')
    .map((t) => ({ ...t, dark: darkByPath.get(t.path) }));
  return { brand, semantic };
}
