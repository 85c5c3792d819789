// Sub-brand themes ("särprofilerade verksamheter" and wholly owned city companies): a DTCG file
// with the sub-brand's own colours and the semantic accent tokens they replace, checked against
// the city's declared contrast pairs, and built into CSS scoped to [data-gbg-brand="<name>"].
// Shared by the `gbg-tokens` CLI and the token build (examples in tokens/themes/).
import { contrast, isOpaqueHex, show } from './wcag.mjs';

export const EXTENSION = 'se.goteborg.theme';
export const MODES = /** @type {const} */ (['light', 'dark']);
export const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const BLACK = '{color.brand.svart}';
const WHITE = '{color.brand.vit}';
const ALIAS = /^\{([^{}]+)\}$/;

/**
 * The only semantic tokens a sub-brand may replace: where the city uses its accent
 * (Göteborgsblå in the light theme). Text, surfaces, status colours and focus stay the city's.
 */
export const ACCENT_PATHS = [
  'color.action.primary.background',
  'color.action.primary.hover',
  'color.action.primary.active',
  'color.action.primary.foreground',
  'color.action.primary.border',
  'color.action.secondary.border',
  'color.surface.brand',
];
/** Of those, the ones that colour text: black or white only (graphic profile). */
const TEXT_PATHS = ['color.action.primary.foreground'];

export const GUARANTEE = {
  company: () => ({ sv: 'En del av Göteborgs Stad', en: 'A municipal company, City of Gothenburg' }),
  unit: (name) => ({ sv: `${name} är en del av Göteborgs Stad`, en: `${name} is part of the City of Gothenburg` }),
};

const LOGO_RULE = {
  company: 'The company shows its own logo together with the guarantee text "En del av Göteborgs Stad" (English: "A municipal company, City of Gothenburg").',
  unit: "The unit shows its own logo together with the city's logotype and the guarantee text \"… är en del av Göteborgs Stad\"; it never mixes the city's profile with its own.",
};

export class ThemeError extends Error {
  /** @param {{ code: string, file: string, path: string, message: string, fix: string }[]} issues */
  constructor(issues) {
    super(`Theme check failed with ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n\n${issues.map((i) => `✖ ${i.file} › ${i.path || '(file)'}\n  ${i.message}\n  Fix: ${i.fix}`).join('\n\n')}`);
    this.name = 'ThemeError';
    this.issues = issues;
  }
}

const hasOwn = (o, k) => Boolean(o) && typeof o === 'object' && Object.hasOwn(o, k);
const isObject = (v) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** Black or white on a colour: both ratios, and the one that carries text at AA (the better one). */
export function textOn(hex) {
  const black = contrast('#000000', hex);
  const white = contrast('#FFFFFF', hex);
  return { black, white, best: black >= white ? 'black' : 'white' };
}

const describeText = (hex) => {
  const t = textOn(hex);
  const verdict = (r) => (r >= 4.5 ? 'passes AA' : 'fails AA');
  return `black text ${show(t.black)}:1 (${verdict(t.black)}), white text ${show(t.white)}:1 (${verdict(t.white)}) on ${hex.toUpperCase()}`;
};

/**
 * Builds the theme document (DTCG) from CLI options. Colours are checked by checkTheme().
 * @param {{ name: string, accent: string, accentDark?: string, text?: 'black'|'white', textDark?: 'black'|'white',
 *   hover?: string, hoverDark?: string, active?: string, activeDark?: string, kind?: 'company'|'unit',
 *   displayName?: string, logo?: string }} o
 * @param {object} base theme-base.json of @goteborgsstad/tokens
 */
export function createTheme(o, base) {
  const file = `${o.name}.tokens.json`;
  const issues = [];
  const bad = (path, message, fix) => issues.push({ code: 'option', file, path, message, fix });
  if (typeof o.name !== 'string' || !NAME.test(o.name) || o.name.length > 40) {
    bad('name', `theme name ${JSON.stringify(o.name)} is not lower-case kebab-case`, 'use letters a–z, digits and hyphens, at most 40 characters, e.g. "exempelbolaget"');
  }
  const kind = o.kind ?? 'company';
  if (!['company', 'unit'].includes(kind)) bad('--kind', `unknown kind ${JSON.stringify(kind)}`, 'use --kind company (wholly owned company) or --kind unit (unit with an approved special profile)');
  for (const [opt, v] of [['--accent', o.accent], ['--accent-dark', o.accentDark], ['--hover', o.hover], ['--hover-dark', o.hoverDark], ['--active', o.active], ['--active-dark', o.activeDark]]) {
    if (v === undefined && opt !== '--accent') continue;
    if (!isOpaqueHex(v)) bad(opt, `${opt} ${v === undefined ? 'is missing' : `${JSON.stringify(v)} is not an opaque hex colour`}`, `give six hex digits, e.g. ${opt} "#8A1538"`);
  }
  for (const [opt, v] of [['--text', o.text], ['--text-dark', o.textDark]]) {
    if (v !== undefined && v !== 'black' && v !== 'white') bad(opt, `${opt} ${JSON.stringify(v)}: text is always black or white`, `use ${opt} black or ${opt} white, or leave it out to take the one with more contrast`);
  }
  if (issues.length) throw new ThemeError(issues);

  const displayName = (o.displayName ?? o.name).trim() || o.name;
  const group = `color.subbrand.${o.name}`;
  const palette = {};
  const add = (key, hex, description) => {
    palette[key] = { $value: hex.toUpperCase(), $description: description, $extensions: { 'se.goteborg': { textColor: textOn(hex).black >= 4.5 && textOn(hex).white >= 4.5 ? 'black-or-white' : textOn(hex).best } } };
    return `{${group}.${key}}`;
  };
  const notes = [];
  const semantic = {};
  for (const mode of MODES) {
    const dark = mode === 'dark';
    const accentHex = dark ? (o.accentDark ?? o.accent) : o.accent;
    const text = (dark ? o.textDark : o.text) ?? textOn(accentHex).best;
    const textAlias = text === 'black' ? BLACK : WHITE;
    const accent = dark
      ? o.accentDark
        ? add('accent-dark', o.accentDark, `${displayName}: accent in the dark theme (filled primary action, secondary action border, brand surface).`)
        : `{${group}.accent}`
      : add('accent', o.accent, `${displayName}: accent in the light theme (filled primary action, secondary action border, brand surface).`);
    // Hover and pressed states default to the city's base colours (black or white), never to a
    // derived tint: the palette is tuned to the contrast limit, so a tint cannot be assumed to pass.
    const stateDefault = text === 'black' ? WHITE : BLACK;
    const hoverHex = dark ? o.hoverDark : o.hover;
    const activeHex = dark ? o.activeDark : o.active;
    const hover = hoverHex ? add(dark ? 'hover-dark' : 'hover', hoverHex, `${displayName}: primary action background on hover (${mode} theme).`) : stateDefault;
    const active = activeHex ? add(dark ? 'active-dark' : 'active', activeHex, `${displayName}: primary action background while pressed (${mode} theme).`) : stateDefault;
    semantic[mode] = {
      'color.action.primary.background': accent,
      'color.action.primary.hover': hover,
      'color.action.primary.active': active,
      'color.action.primary.foreground': textAlias,
      'color.action.primary.border': accent,
      'color.action.secondary.border': accent,
      'color.surface.brand': accent,
    };
  }
  const doc = {
    $description: `${displayName}: sub-brand theme for Göteborgs Stads designsystem (${kind === 'company' ? 'wholly owned city company' : 'unit with an approved special profile'}). Every colour token here is an allowed palette colour for this theme; the semantic accent tokens it replaces are listed under $extensions. Generated by gbg-tokens theme create.`,
    $extensions: {
      [EXTENSION]: {
        version: 1,
        name: o.name,
        displayName,
        kind,
        selector: `[data-gbg-brand="${o.name}"]`,
        guarantee: kind === 'company' ? GUARANTEE.company() : GUARANTEE.unit(displayName),
        logo: { src: o.logo ?? null, rule: LOGO_RULE[kind] },
        semantic,
      },
    },
    color: { $type: 'color', subbrand: { [o.name]: { $description: `${displayName}'s own colours.`, ...palette } } },
  };
  // Without --accent-dark the light accent is tried in the dark theme; when it cannot carry the
  // dark theme's roles there, the dark theme keeps the city's accents instead of failing.
  if (!o.accentDark) {
    const trial = checkTheme(doc, base, { file });
    const darkIssues = trial.issues.filter((i) => i.mode === 'dark');
    if (darkIssues.length) {
      delete doc.$extensions[EXTENSION].semantic.dark;
      notes.push(`dark theme keeps the city's accents: ${o.accent.toUpperCase()} ${darkIssues[0].short}. Give --accent-dark with a light colour that carries black text to brand the dark theme too.`);
    }
  }
  return { doc, file, notes };
}

/** Reads the palette (literal hex colour tokens) of a theme document: path → hex. */
export function themePalette(doc) {
  const out = new Map();
  const walk = (node, segs, type, depth) => {
    if (!isObject(node) || depth > 32) return;
    const t = typeof node.$type === 'string' ? node.$type : type;
    if (hasOwn(node, '$value')) {
      if (t === 'color' && typeof node.$value === 'string' && node.$value.startsWith('#')) out.set(segs.join('.'), node.$value);
      return;
    }
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('$')) walk(v, [...segs, k], t, depth + 1);
  };
  walk(doc, [], undefined, 0);
  return out;
}

/**
 * Checks a theme document against the city's rules and declared contrast pairs.
 * Returns { issues, meta, resolved: { light, dark } } and never throws.
 * @param {unknown} doc
 * @param {{ levels: object, pairs: any[], focusRing?: any, themes: Record<string, Record<string, string>>, brand: Record<string, string> }} base
 */
export function checkTheme(doc, base, { file = 'theme.tokens.json' } = {}) {
  const issues = [];
  const bad = (path, message, fix, extra = {}) => issues.push({ code: 'theme', file, path, message, fix, ...extra });
  const meta = isObject(doc) && isObject(doc.$extensions) ? doc.$extensions[EXTENSION] : undefined;
  if (!isObject(meta)) {
    bad('$extensions', `no "${EXTENSION}" extension`, 'create the file with gbg-tokens theme create <name> --accent <hex>');
    return { issues, meta: undefined, resolved: {} };
  }
  if (typeof meta.name !== 'string' || !NAME.test(meta.name)) bad(`$extensions.${EXTENSION}.name`, `theme name ${JSON.stringify(meta.name)} is not lower-case kebab-case`, 'use letters a–z, digits and hyphens');
  if (!['company', 'unit'].includes(meta.kind)) bad(`$extensions.${EXTENSION}.kind`, `unknown kind ${JSON.stringify(meta.kind)}`, 'use "company" or "unit"');
  const guarantee = isObject(meta.guarantee) ? meta.guarantee : {};
  if (meta.kind === 'company' && guarantee.sv !== GUARANTEE.company().sv) {
    bad(`$extensions.${EXTENSION}.guarantee`, `a company's guarantee text is "${GUARANTEE.company().sv}", not ${JSON.stringify(guarantee.sv)}`, `set "guarantee": ${JSON.stringify(GUARANTEE.company())}`);
  }
  if (meta.kind === 'unit' && !(typeof guarantee.sv === 'string' && guarantee.sv.endsWith(' är en del av Göteborgs Stad'))) {
    bad(`$extensions.${EXTENSION}.guarantee`, `a unit's guarantee text is "<unit> är en del av Göteborgs Stad", not ${JSON.stringify(guarantee.sv)}`, `set "guarantee": ${JSON.stringify(GUARANTEE.unit(typeof meta.displayName === 'string' ? meta.displayName : '<unit>'))}`);
  }
  const palette = themePalette(doc);
  for (const [p, hex] of palette) {
    if (!isOpaqueHex(hex)) bad(p, `${JSON.stringify(hex)} is not an opaque hex colour`, 'write six hex digits, e.g. "#8A1538" (no transparency: contrast is proven on opaque colours)');
  }
  const semantic = isObject(meta.semantic) ? meta.semantic : {};
  if (!isObject(meta.semantic) || !isObject(semantic.light)) bad(`$extensions.${EXTENSION}.semantic.light`, 'no light theme overrides', 'list the accent tokens the theme replaces, e.g. { "color.action.primary.background": "{color.subbrand.<name>.accent}" }');
  const resolved = {};
  for (const mode of MODES) {
    const overrides = semantic[mode];
    if (overrides === undefined) continue;
    const where = `$extensions.${EXTENSION}.semantic.${mode}`;
    if (!isObject(overrides)) {
      bad(where, 'expected an object of token path → alias', 'see tokens/README.md, "Sub-brand themes"');
      continue;
    }
    const values = { ...base.themes[mode] };
    const changed = new Set();
    for (const [p, alias] of Object.entries(overrides)) {
      if (!ACCENT_PATHS.includes(p)) {
        bad(`${where}.${p}`, `${p} cannot be replaced by a sub-brand: only the accent tokens can`, `replace only ${ACCENT_PATHS.join(', ')}`);
        continue;
      }
      const ref = typeof alias === 'string' ? ALIAS.exec(alias)?.[1] : undefined;
      const hex = ref ? (palette.get(ref) ?? (Object.hasOwn(base.brand, ref) ? base.brand[ref] : undefined)) : undefined;
      if (!ref || !isOpaqueHex(hex)) {
        bad(`${where}.${p}`, `${JSON.stringify(alias)} is not an alias of a colour in this theme or of a city brand colour`, `write an alias such as "{color.subbrand.${typeof meta.name === 'string' ? meta.name : '<name>'}.accent}" or "${WHITE}"`);
        continue;
      }
      if (TEXT_PATHS.includes(p) && hex.toUpperCase() !== '#000000' && hex.toUpperCase() !== '#FFFFFF') {
        bad(`${where}.${p}`, `text colour ${hex}: text is always black or white (graphic profile)`, `alias ${BLACK} or ${WHITE}`);
        continue;
      }
      values[p] = hex.toUpperCase();
      changed.add(p);
    }
    resolved[mode] = values;
    for (const f of contrastFailures(base, mode, values, changed)) bad(f.path, f.message, f.fix, { mode, short: f.short });
  }
  return { issues, meta, resolved };
}

/** Every declared pair (and focus ring surface) that involves a replaced token, below its minimum. */
function contrastFailures(base, mode, values, changed) {
  const out = [];
  const inverse = values['color.text.inverse'] === '#000000' ? 'black' : 'white';
  for (const pair of base.pairs) {
    if (pair.themes && !pair.themes.includes(mode)) continue;
    const minimum = base.levels[pair.level]?.minimum;
    for (const bg of [pair.background].flat()) {
      if (!changed.has(pair.foreground) && !changed.has(bg)) continue;
      const fgHex = values[pair.foreground];
      const bgHex = values[bg];
      if (!fgHex || !bgHex) continue;
      const r = contrast(fgHex, bgHex);
      if (r >= minimum) continue;
      const accentSide = changed.has(bg) ? { path: bg, hex: bgHex } : { path: pair.foreground, hex: fgHex };
      let fix;
      if (pair.foreground === 'color.action.primary.foreground') {
        const t = textOn(bgHex);
        fix = t[t.best] >= minimum ? `use --text${mode === 'dark' ? '-dark' : ''} ${t.best} (${t.best} text ${show(t[t.best])}:1 on ${bgHex})` : 'choose another colour';
      } else if (pair.foreground === 'color.text.inverse' || pair.foreground === 'color.icon.inverse') {
        fix = `the brand surface carries color.text.inverse, ${inverse} in the ${mode} theme: choose ${mode === 'dark' ? '--accent-dark' : '--accent'} where ${inverse} text reaches 4.5:1 (a ${inverse === 'white' ? 'darker' : 'lighter'} colour)`;
      } else {
        const lighter = mode === 'dark';
        fix = `a filled or outlined action must stand out from what it sits on: choose a ${lighter ? 'lighter' : 'darker'} ${mode === 'dark' ? '--accent-dark' : '--accent'}`;
      }
      const short = `${pair.foreground} on ${bg} is ${show(r)}:1, below ${minimum}:1 (${pair.level})`;
      out.push({
        path: accentSide.path,
        short,
        message: `${mode} theme: ${short}; ${fgHex} on ${bgHex}${pair.level === 'text' || pair.level === 'large-text' ? `. ${describeText(bgHex)}` : ''}`,
        fix,
      });
    }
  }
  const ring = base.focusRing;
  if (ring) {
    for (const surface of ring.surfaces) {
      if (!changed.has(surface)) continue;
      const best = Math.max(contrast(values[ring.outer], values[surface]), contrast(values[ring.inner], values[surface]));
      const minimum = base.levels.focus?.minimum ?? 3;
      if (best < minimum) out.push({ path: surface, short: `the focus ring reaches only ${show(best)}:1 on ${surface}`, message: `${mode} theme: the focus ring reaches only ${show(best)}:1 on ${surface} (${values[surface]})`, fix: 'choose another accent' });
    }
  }
  return out;
}

const cssVar = (path) => `--gbg-${path.split('.').join('-')}`;
const varOf = (alias) => `var(${cssVar(ALIAS.exec(alias)[1])})`;

/**
 * Writes the theme's CSS: its palette on the brand element, then the replaced accent tokens per
 * theme. The NEAREST theme decides, as it does for the city's own tokens: each theme region is an
 * `@scope` that ends where a nested theme begins, so a brand element inside a light section of a
 * dark page gets the light accent, and a dark footer inside a branded page gets the dark one.
 * Without dark overrides, a dark region keeps the city's dark accents (`inherit` from the region).
 */
export function formatThemeCss(doc, header) {
  const meta = doc.$extensions[EXTENSION];
  const b = `[data-gbg-brand="${meta.name}"]`;
  const decls = (overrides, indent = '  ') => Object.entries(overrides).map(([p, a]) => `${indent}${cssVar(p)}: ${varOf(a)};`).join('\n');
  const inherited = (overrides, indent) => Object.keys(overrides).map((p) => `${indent}${cssVar(p)}: inherit;`).join('\n');
  const palette = [...themePalette(doc)].map(([p, hex]) => `  ${cssVar(p)}: ${hex};`).join('\n');
  const { light, dark } = meta.semantic;
  // A theme region: the theme element and everything inside it down to the next theme element.
  const scope = (theme, body, indent = '') =>
    `${indent}@scope ([data-gbg-theme="${theme}"]) to ([data-gbg-theme]:not(:scope)) {\n${body}\n${indent}}`;
  // In a region: the brand element (a plain selector in @scope matches only below the root, so the
  // root that is itself the brand element is named apart), or the root inside the brand element.
  const branded = (body, indent) => `${indent}${b},\n${indent}:scope${b},\n${indent}${b} :scope {\n${body}\n${indent}}`;
  const parts = [
    header,
    `/* ${meta.displayName} (${meta.kind === 'company' ? 'wholly owned city company' : 'unit with an approved special profile'}). Load after @goteborgsstad/tokens/tokens.css and set data-gbg-brand="${meta.name}" on the element that carries the brand. Guarantee text: "${meta.guarantee.sv}". */`,
    `${b} {\n${palette}\n}`,
    `/* No theme around the brand element: the light accent (the city's default theme is light). No\n   specificity, so every theme region below wins over it. */\n:where(${b}:not([data-gbg-theme])) {\n${decls(light)}\n}`,
    `/* Light regions. */\n${scope('light', branded(decls(light, '    '), '  '))}`,
  ];
  if (dark) {
    parts.push(`/* Auto regions follow the reader's colour scheme. */\n${scope('auto', branded(decls(light, '    '), '  '))}`);
    parts.push(`/* Dark regions. */\n${scope('dark', branded(decls(dark, '    '), '  '))}`);
    parts.push(`@media (prefers-color-scheme: dark) {\n${scope('auto', branded(decls(dark, '      '), '    '), '  ')}\n}`);
  } else {
    parts.push(`/* Auto regions follow the reader's colour scheme. */\n@media not (prefers-color-scheme: dark) {\n${scope('auto', branded(decls(light, '      '), '    '), '  ')}\n}`);
    parts.push(`/* Dark regions keep the city's dark accents: the brand element inherits them from the region. */\n${scope('dark', `  ${b}:not(:scope) {\n${inherited(light, '    ')}\n  }`)}`);
    parts.push(`@media (prefers-color-scheme: dark) {\n${scope('auto', `    ${b}:not(:scope) {\n${inherited(light, '      ')}\n    }`, '  ')}\n}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** Checks and builds: returns { css, doc } or throws ThemeError. */
export function buildTheme(doc, base, { file, header = '/* Sub-brand theme for Göteborgs Stads designsystem, generated by @goteborgsstad/tokens (gbg-tokens theme). */' } = {}) {
  const { issues } = checkTheme(doc, base, { file });
  if (issues.length) throw new ThemeError(issues);
  return { css: formatThemeCss(doc, header), doc };
}
