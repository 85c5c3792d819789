// Loads the DTCG token source through Style Dictionary, once per theme, and returns a flat,
// output-neutral model that every format writer in ./formats reads.
import path from 'node:path';
import StyleDictionary from 'style-dictionary';

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
    platforms: { css: { transforms: cssTransforms } },
  });
  const dict = await sd.getPlatformTokens('css');
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
      /** Resolved value before CSS transforms (e.g. font size in px). */
      resolved: undefined,
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
