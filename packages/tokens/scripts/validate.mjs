// Validates a DTCG token source directory before anything is built. Every problem becomes an
// issue naming the file, the token path and the fix; the build stops on the first report.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse, nearest, differenceCiede2000 } from 'culori';
import { evaluatePairs, evaluateFocusRing, round2, ratio } from './contrast.mjs';

export const THEMES = ['light', 'dark'];
export const CONTRAST_FILE = 'contrast-pairs.json';

/** $type values this system builds. Other DTCG types would pass through untranslated. */
export const SUPPORTED_TYPES = ['color', 'dimension', 'fontFamily', 'fontWeight', 'duration', 'cubicBezier', 'number', 'shadow', 'typography'];

/** Semantic tokens that colour text: the profile allows only black or white. */
export const TEXT_ROLE = /^color\.(text\.|link\.|action\.[^.]+\.foreground$|disabled\.foreground$)/;
const TEXT_COLOURS = ['color.brand.svart', 'color.brand.vit'];
const BRAND_COLOUR_PREFIX = 'color.brand.';
const GROUPS = ['main', 'dark', 'light', 'base'];
const TEXT_COLOR_VALUES = ['black', 'white', 'black-or-white'];
const TOKEN_KEYS = ['$value', '$type', '$description', '$extensions', '$deprecated'];
const GROUP_KEYS = ['$type', '$description', '$extensions', '$deprecated'];
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ALIAS = /^\{([^{}]+)\}$/;

const SUB_TYPES = {
  typography: { fontFamily: 'fontFamily', fontSize: 'dimension', fontWeight: 'fontWeight', lineHeight: 'number', letterSpacing: 'dimension' },
  shadow: { color: 'color', offsetX: 'dimension', offsetY: 'dimension', blur: 'dimension', spread: 'dimension' },
};

export class TokenValidationError extends Error {
  /** @param {Issue[]} issues */
  constructor(issues) {
    super(`Token validation failed with ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n\n${issues.map(formatIssue).join('\n\n')}`);
    this.name = 'TokenValidationError';
    this.issues = issues;
  }
}

/**
 * @typedef {{ code: string, file: string, path: string, message: string, fix: string, line?: number, column?: number }} Issue
 * @typedef {{ levels: Record<string, { minimum: number, description?: string }>, pairs: any[], focusRing: any[], focusBands: any[] }} ContrastReport
 */

/** @param {Issue} i */
export function formatIssue(i) {
  return `✖ ${i.file}${i.line ? `:${i.line}:${i.column}` : ''} › ${i.path || '(file)'}\n  ${i.message}\n  Fix: ${i.fix}`;
}

const isAlias = (v) => typeof v === 'string' && ALIAS.test(v);
/** Own-property lookup: a key such as "constructor" must never find Object.prototype's. */
const own = (obj, key) => (obj && typeof obj === 'object' && Object.hasOwn(obj, key) ? obj[key] : undefined);
/** Token groups nest a few levels; anything deeper is a mistake, and bounded recursion cannot overflow. */
export const MAX_DEPTH = 32;

/**
 * Turns a JSON.parse error into "line L, column C" (V8 on Node 20 reports only a character
 * offset, Node 22 adds line and column; both are read here) plus the offending line.
 */
export function describeJsonError(text, err) {
  const raw = String(err?.message ?? err);
  const reason = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+/, '').replace(/^JSON\.parse: /, '');
  let offset = Number(/at position (\d+)/.exec(raw)?.[1]);
  const lc = /line (\d+) column (\d+)/.exec(raw);
  let line;
  let column;
  if (lc) {
    line = Number(lc[1]);
    column = Number(lc[2]);
  } else {
    if (!Number.isFinite(offset)) offset = text.length; // "Unexpected end of JSON input"
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    line = before.length;
    column = before[before.length - 1].length + 1;
  }
  const source = (text.split(/\r\n|\r|\n/)[line - 1] ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ');
  const excerpt = source.length > 80 ? `${source.slice(Math.max(0, column - 40), Math.max(0, column - 40) + 80)}` : source;
  const bom = text.charCodeAt(0) === 0xfeff ? ' (the file starts with a byte order mark)' : '';
  return { line, column, message: `invalid JSON at line ${line}, column ${column}: ${reason}${bom}${excerpt.trim() ? ` — ${JSON.stringify(excerpt.trim())}` : ''}` };
}

/** Parses a token file; a syntax error becomes an issue with line and column. */
function parseJson(text, file, issues) {
  try {
    return { ok: true, doc: JSON.parse(text) };
  } catch (err) {
    const d = describeJsonError(text, err);
    issues.push({ code: 'json', file, path: '', line: d.line, column: d.column, message: d.message, fix: 'correct the JSON syntax (trailing commas, comments and a byte order mark are not allowed)' });
    return { ok: false };
  }
}
const aliasTarget = (v) => ALIAS.exec(v)?.[1];

/** Guesses the $type a raw value looks like, for hints only. */
function looksLike(value) {
  if (typeof value === 'string') {
    if (/^#/.test(value) || /^(rgb|hsl|oklch)a?\(/i.test(value)) return 'color';
    if (/^-?\d*\.?\d+(px|rem|em)$/.test(value)) return 'dimension';
    if (/^\d*\.?\d+m?s$/.test(value)) return 'duration';
    return 'fontFamily';
  }
  if (typeof value === 'number') return 'number';
  if (Array.isArray(value)) return value.every((v) => typeof v === 'number') ? 'cubicBezier' : 'fontFamily';
  if (value && typeof value === 'object') return 'fontFamily' in value ? 'typography' : 'shadow';
  return undefined;
}

/** A colour the contrast maths can use: a 6- or 8-digit hex string culori parses. */
export const isColour = (v) => typeof v === 'string' && /^#([0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) && Boolean(parse(v));

/** Checks a raw (non-alias) value against its $type; returns a problem text or undefined. */
function checkValue(type, value) {
  switch (type) {
    case 'color':
      if (typeof value !== 'string' || !/^#([0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) || !parse(value)) {
        const bad = typeof value === 'string' && /^#/.test(value) ? [...new Set(value.slice(1).replace(/[0-9a-f]/gi, ''))].join('') : '';
        const why = bad ? ` (${JSON.stringify(bad)} ${bad.length === 1 ? 'is not a hex digit' : 'are not hex digits'}; use 0–9 and A–F)` : typeof value === 'string' && /^#/.test(value) ? ` (${value.length - 1} digits)` : '';
        return { message: `value ${JSON.stringify(value)} is not a colour${why}`, fix: 'write a 6- or 8-digit hex string such as "#0076BC"' };
      }
      return undefined;
    case 'dimension':
      if (typeof value !== 'string' || !/^-?\d*\.?\d+px$/.test(value))
        return { message: `value ${JSON.stringify(value)} is not a dimension`, fix: 'write a px string such as "16px" (outputs convert px to rem, pt, dp and sp)' };
      return undefined;
    case 'duration':
      if (typeof value !== 'string' || !/^\d*\.?\d+ms$/.test(value))
        return { message: `value ${JSON.stringify(value)} is not a duration`, fix: 'write a millisecond string such as "200ms"' };
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { message: `value ${JSON.stringify(value)} is not a number`, fix: 'write a JSON number such as 1.5' };
      return undefined;
    case 'fontWeight':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1000)
        return { message: `value ${JSON.stringify(value)} is not a font weight`, fix: 'write an integer from 1 to 1000 such as 400' };
      return undefined;
    case 'fontFamily': {
      const list = Array.isArray(value) ? value : [value];
      if (!list.length || !list.every((f) => typeof f === 'string' && f.trim()))
        return { message: `value ${JSON.stringify(value)} is not a font family`, fix: 'write a family name or an array of names ending in a generic family, e.g. ["Arial", "sans-serif"]' };
      return undefined;
    }
    case 'cubicBezier':
      if (!Array.isArray(value) || value.length !== 4 || !value.every((n) => typeof n === 'number') || value[0] < 0 || value[0] > 1 || value[2] < 0 || value[2] > 1)
        return { message: `value ${JSON.stringify(value)} is not a cubic Bézier`, fix: 'write four numbers [x1, y1, x2, y2] with x1 and x2 between 0 and 1' };
      return undefined;
    default:
      return undefined;
  }
}

const REFERENCE = /\{[^{}]*\}/;

/**
 * Strings of a token or group node that hold `{…}` outside an alias. The build (Style Dictionary)
 * resolves references in every string of a token — a description, an extension, an entry of a
 * font-family list — so a stray one breaks it; references belong only in `$value` or in a
 * composite value's property, as the whole string.
 */
function strayReferences(node) {
  const found = [];
  const scan = (value, where) => {
    if (typeof value === 'string') {
      if (REFERENCE.test(value)) found.push([where, REFERENCE.exec(value)[0]]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) scan(v, Array.isArray(value) ? `${where}[${k}]` : `${where}.${k}`);
    }
  };
  scan(node.$description, '$description');
  scan(node.$extensions, '$extensions');
  const v = node.$value;
  if (typeof v === 'string' && !isAlias(v)) scan(v, '$value');
  else if (Array.isArray(v)) scan(v, '$value');
  else if (v && typeof v === 'object') for (const [k, sub] of Object.entries(v)) if (!isAlias(sub)) scan(sub, `$value.${k}`);
  return found;
}

/** Flattens one file into tokens, reporting structural problems. */
function walkFile(doc, file, tier, issues) {
  const tokens = [];
  const visit = (node, segs, inheritedType) => {
    const p = segs.join('.');
    if (segs.length > MAX_DEPTH) {
      issues.push({ code: 'structure', file, path: segs.slice(0, MAX_DEPTH).join('.'), message: `groups nested deeper than ${MAX_DEPTH} levels`, fix: 'flatten the token tree; DTCG groups rarely need more than five levels' });
      return;
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      issues.push({ code: 'structure', file, path: p, message: 'expected a token (object with "$value") or a group (object)', fix: 'wrap the value as { "$value": …, "$description": "…" }' });
      return;
    }
    const type = typeof node.$type === 'string' ? node.$type : inheritedType;
    for (const [where, reference] of strayReferences(node)) {
      issues.push({ code: 'alias', file, path: p, message: `${where} contains ${JSON.stringify(reference)}, which the build reads as a token reference`, fix: 'write it without curly braces; a reference belongs only in $value (or a composite value\'s property), as the whole string' });
    }
    if (Object.hasOwn(node, '$type') && !SUPPORTED_TYPES.includes(node.$type)) {
      issues.push({ code: 'type', file, path: p, message: `wrong $type ${JSON.stringify(node.$type)}`, fix: `use one of ${SUPPORTED_TYPES.join(', ')}` });
    }
    if (Object.hasOwn(node, '$value')) {
      for (const k of Object.keys(node)) {
        if (!TOKEN_KEYS.includes(k)) issues.push({ code: 'structure', file, path: p, message: `unexpected key ${JSON.stringify(k)} in a token`, fix: `tokens take only ${TOKEN_KEYS.join(', ')}; move child tokens into a group` });
      }
      tokens.push({ path: p, segments: segs, type, value: node.$value, description: node.$description, extensions: node.$extensions, file, tier });
      return;
    }
    for (const [k, child] of Object.entries(node)) {
      if (k.startsWith('$')) {
        if (!GROUP_KEYS.includes(k)) issues.push({ code: 'structure', file, path: p, message: `unknown group property ${JSON.stringify(k)}`, fix: `groups take only ${GROUP_KEYS.join(', ')}` });
        continue;
      }
      if (!NAME.test(k)) {
        issues.push({ code: 'name', file, path: [...segs, k].join('.'), message: `name ${JSON.stringify(k)} is not lower-case kebab-case`, fix: 'use lower-case letters, digits and hyphens (Swedish brand names without å, ä, ö: "goteborgsbla")' });
      }
      visit(child, [...segs, k], type);
    }
  };
  visit(doc, [], undefined);
  return tokens;
}

async function listJson(dir) {
  try {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => path.join(e.parentPath ?? e.path, e.name))
      .sort();
  } catch {
    return undefined;
  }
}

/**
 * Reads a token source directory into memory: relative path (with "/") → file text.
 * @param {string} tokensDir
 * @returns {Promise<Map<string, string>>}
 */
export async function readSources(tokensDir) {
  const sources = new Map();
  for (const sub of ['brand', ...THEMES.map((th) => `semantic/${th}`)]) {
    for (const abs of (await listJson(path.join(tokensDir, sub))) ?? []) {
      sources.set(path.relative(tokensDir, abs).split(path.sep).join('/'), await fs.readFile(abs, 'utf8'));
    }
  }
  try {
    sources.set(CONTRAST_FILE, await fs.readFile(path.join(tokensDir, CONTRAST_FILE), 'utf8'));
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return sources;
}

function readTier(sources, sub, tier, issues) {
  const files = [...sources.keys()].filter((f) => f.startsWith(`${sub}/`) && f.endsWith('.json')).sort();
  if (!files.length) {
    issues.push({ code: 'structure', file: `${sub}/`, path: '', message: 'no token files found', fix: `add DTCG JSON files under ${sub}/` });
    return [];
  }
  const tokens = [];
  for (const file of files) {
    const parsed = parseJson(sources.get(file), file, issues);
    if (parsed.ok) for (const t of walkFile(parsed.doc, file, tier, issues)) tokens.push(t);
  }
  return tokens;
}

/** Edit distance, to rank alias suggestions (typos are the usual cause of a broken alias). */
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Closest existing paths for a broken alias, preferring siblings under the deepest existing group. */
function suggestFor(target, byPath) {
  const segs = target.split('.');
  for (let n = segs.length - 1; n >= 0; n--) {
    const prefix = n ? `${segs.slice(0, n).join('.')}.` : '';
    const hits = [...byPath.keys()].filter((p) => p.startsWith(prefix));
    if (hits.length) return hits.sort((a, b) => editDistance(a, target) - editDistance(b, target)).slice(0, 3);
  }
  return [];
}

/**
 * Resolves aliases of one theme's token set, reporting broken, circular and mistyped aliases.
 * Returns path → { token, resolved value, brand target (for whole-value colour aliases) }.
 */
function resolveSet(tokens, theme, issues, seenIssue) {
  const byPath = new Map();
  for (const t of tokens) {
    if (byPath.has(t.path)) {
      const first = byPath.get(t.path);
      const key = `dup:${t.path}:${t.file}`;
      if (!seenIssue.has(key)) {
        seenIssue.add(key);
        issues.push({ code: 'duplicate', file: t.file, path: t.path, message: `token is defined twice (also in ${first.file})`, fix: 'keep one definition; semantic tokens must not redefine brand paths' });
      }
      continue;
    }
    byPath.set(t.path, t);
  }
  const report = (t, issue) => {
    const key = `${issue.code}:${t.file}:${t.path}:${issue.message}`;
    if (seenIssue.has(key)) return;
    seenIssue.add(key);
    issues.push({ ...issue, file: t.file, path: t.path });
  };
  const cache = new Map();
  const resolve = (t, stack) => {
    if (cache.has(t.path)) return cache.get(t.path);
    if (stack.includes(t.path)) {
      report(t, { code: 'alias', message: `circular alias: ${[...stack, t.path].join(' → ')}`, fix: 'point one of these tokens at a raw value or at another token' });
      return { value: undefined, type: t.type };
    }
    const next = [...stack, t.path];
    const resolveRef = (ref, expectedType, where) => {
      const target = byPath.get(ref);
      if (!target) {
        const hints = suggestFor(ref, byPath);
        const scope = t.tier === 'semantic' ? `brand tokens or ${theme} semantic tokens` : 'brand tokens';
        report(t, {
          code: 'alias',
          message: `broken alias {${ref}}${where}: no token at that path among ${scope}`,
          fix: hints.length ? `point it at an existing token, e.g. ${hints.map((h) => `{${h}}`).join(', ')}` : 'point it at an existing token path',
        });
        return { value: undefined };
      }
      const r = resolve(target, next);
      if (expectedType && target.type && target.type !== expectedType) {
        report(t, { code: 'type', message: `wrong $type: alias {${ref}}${where} is a ${target.type} token but a ${expectedType} is expected`, fix: `alias a ${expectedType} token, or correct the $type` });
      }
      return r;
    };
    let out;
    if (isAlias(t.value)) {
      const ref = aliasTarget(t.value);
      const r = resolveRef(ref, t.type, '');
      out = { value: r.value, type: t.type, brandRef: r.brandRef ?? (byPath.get(ref)?.tier === 'brand' && !isAlias(byPath.get(ref)?.value) ? ref : r.brandRef) };
    } else if (t.value && typeof t.value === 'object' && !Array.isArray(t.value) && own(SUB_TYPES, t.type)) {
      const value = {};
      for (const [prop, sub] of Object.entries(t.value)) {
        const expected = own(SUB_TYPES[t.type], prop);
        if (!expected) {
          report(t, { code: 'type', message: `unknown ${t.type} property ${JSON.stringify(prop)}`, fix: `use ${Object.keys(SUB_TYPES[t.type]).join(', ')}` });
          continue;
        }
        if (isAlias(sub)) value[prop] = resolveRef(aliasTarget(sub), expected, ` in "${prop}"`).value;
        else {
          const problem = checkValue(expected, sub);
          if (problem) report(t, { code: 'type', message: `${problem.message} in "${prop}"`, fix: problem.fix });
          value[prop] = sub;
        }
      }
      for (const prop of Object.keys(SUB_TYPES[t.type])) {
        if (!Object.hasOwn(t.value, prop)) report(t, { code: 'type', message: `${t.type} value lacks "${prop}"`, fix: `add "${prop}" (a ${SUB_TYPES[t.type][prop]} or an alias to one)` });
      }
      out = { value, type: t.type };
    } else {
      // A raw value that does not match its type was reported already; resolving it to
      // nothing keeps it away from the colour maths (culori throws on "#GGHHII").
      const broken = SUPPORTED_TYPES.includes(t.type) && checkValue(t.type, t.value);
      out = { value: broken ? undefined : t.value, type: t.type, invalid: Boolean(broken) };
    }
    cache.set(t.path, out);
    return out;
  };
  const resolved = new Map();
  for (const t of byPath.values()) resolved.set(t.path, { token: t, ...resolve(t, []) });
  return resolved;
}

/**
 * Validates a token source directory.
 * @param {string} tokensDir directory holding brand/, semantic/light/, semantic/dark/ and contrast-pairs.json
 * @returns {Promise<{ issues: Issue[], contrast: ContrastReport | undefined, resolved: Record<string, Map<string, any>> }>}
 */
export async function validateTokens(tokensDir) {
  return validateSources(await readSources(tokensDir));
}

/**
 * Validates token files held in memory (relative path → JSON text), the same way as a directory.
 * Never throws for any input: every problem is an issue.
 * @param {Map<string, string>} sources
 */
export function validateSources(sources) {
  /** @type {Issue[]} */
  const issues = [];
  const brand = readTier(sources, 'brand', 'brand', issues);
  const semantic = {};
  for (const theme of THEMES) semantic[theme] = readTier(sources, `semantic/${theme}`, 'semantic', issues);

  // Per-token checks: description, type, raw value shape.
  for (const t of [...brand, ...THEMES.flatMap((th) => semantic[th])]) {
    if (typeof t.description !== 'string' || !t.description.trim()) {
      issues.push({ code: 'description', file: t.file, path: t.path, message: 'missing $description', fix: 'add "$description": "<what the token is for and when to use it>"' });
    }
    if (!t.type) {
      const guess = looksLike(t.value);
      issues.push({ code: 'type', file: t.file, path: t.path, message: 'missing $type (on the token or a parent group)', fix: `add "$type"${guess ? `, probably "${guess}"` : ''}` });
      continue;
    }
    if (!SUPPORTED_TYPES.includes(t.type)) continue; // reported at the $type itself
    if (!isAlias(t.value) && !own(SUB_TYPES, t.type)) {
      const problem = checkValue(t.type, t.value);
      if (problem) {
        const guess = looksLike(t.value);
        const retype = guess && guess !== t.type && !checkValue(guess, t.value) ? `, or correct $type to "${guess}" if that is what the token is` : '';
        issues.push({ code: 'type', file: t.file, path: t.path, message: `wrong $type or value: ${problem.message} ($type "${t.type}")`, fix: `${problem.fix}${retype}` });
      }
    }
    if (t.tier === 'brand' && t.path.startsWith(BRAND_COLOUR_PREFIX)) {
      const ext = t.extensions?.['se.goteborg'];
      const missing = ['nameSv', 'nameEn', 'group', 'textColor'].filter((k) => !ext?.[k]);
      if (missing.length) issues.push({ code: 'extensions', file: t.file, path: t.path, message: `brand colour lacks $extensions["se.goteborg"].${missing.join(', ')}`, fix: 'add "$extensions": { "se.goteborg": { "nameSv", "nameEn", "group", "textColor" } }' });
      else {
        if (!GROUPS.includes(ext.group)) issues.push({ code: 'extensions', file: t.file, path: t.path, message: `unknown group ${JSON.stringify(ext.group)}`, fix: `use one of ${GROUPS.join(', ')}` });
        if (!TEXT_COLOR_VALUES.includes(ext.textColor)) issues.push({ code: 'extensions', file: t.file, path: t.path, message: `unknown textColor ${JSON.stringify(ext.textColor)}`, fix: `use one of ${TEXT_COLOR_VALUES.join(', ')}` });
      }
    }
  }

  // Alias resolution per theme, then semantic tier rules.
  const seenIssue = new Set();
  const resolved = {};
  for (const theme of THEMES) resolved[theme] = resolveSet([...brand, ...semantic[theme]], theme, issues, seenIssue);
  const brandResolved = resolveSet(brand, 'brand', issues, seenIssue);
  const palette = [...brandResolved.values()].filter((r) => r.token.path.startsWith(BRAND_COLOUR_PREFIX) && r.type === 'color' && isColour(r.value));

  for (const theme of THEMES) {
    for (const t of semantic[theme]) {
      const where = { file: t.file, path: t.path };
      if (!t.path.startsWith('color.') || t.path.startsWith(BRAND_COLOUR_PREFIX)) {
        issues.push({ code: 'semantic', ...where, message: 'semantic tokens live under color.* (not color.brand.*, which belongs to the brand tier)', fix: 'rename the token, or move it to tokens/brand/' });
        continue;
      }
      if (t.type !== 'color') {
        issues.push({ code: 'type', ...where, message: `wrong $type ${JSON.stringify(t.type)}: semantic tokens are colours`, fix: 'set "$type": "color" (on the token or its group)' });
        continue;
      }
      if (!isAlias(t.value)) {
        const hex = isColour(t.value) ? t.value : undefined;
        let hint = '{color.brand.svart}';
        if (hex && palette.length) {
          const nearestKey = nearest(palette.map((r) => r.token.path), differenceCiede2000(), (p) => brandResolved.get(p).value)(hex, 1)[0];
          hint = `{${nearestKey}}`;
        }
        issues.push({ code: 'raw-value', ...where, message: `raw colour value ${JSON.stringify(t.value)} in the semantic tier (${theme} theme); the semantic tier aliases brand primitives only`, fix: `alias a brand primitive instead, e.g. "$value": "${hint}"` });
        continue;
      }
      const ref = aliasTarget(t.value);
      if (!ref.startsWith(BRAND_COLOUR_PREFIX)) {
        const r = resolved[theme].get(t.path);
        issues.push({ code: 'semantic', ...where, message: `aliases {${ref}}, which is not a brand primitive; semantic tokens alias brand primitives only`, fix: r?.brandRef ? `alias {${r.brandRef}} directly` : 'alias one of {color.brand.*}' });
        continue;
      }
      if (TEXT_ROLE.test(t.path) && !TEXT_COLOURS.includes(ref)) {
        issues.push({ code: 'text-colour', ...where, message: `text colour aliases {${ref}}; text is always black or white (graphic profile)`, fix: 'alias {color.brand.svart} or {color.brand.vit}' });
      }
    }
  }

  // Both themes define the same semantic tokens.
  const paths = Object.fromEntries(THEMES.map((th) => [th, new Map(semantic[th].map((t) => [t.path, t]))]));
  for (const [a, b] of [['light', 'dark'], ['dark', 'light']]) {
    for (const [p, t] of paths[a]) {
      if (!paths[b].has(p)) issues.push({ code: 'theme-parity', file: t.file, path: p, message: `defined in the ${a} theme but missing in the ${b} theme`, fix: `add ${p} to tokens/semantic/${b}/ (or remove it from ${a})` });
    }
  }

  // Contrast of every declared pair.
  const contrast = checkContrast(sources, resolved, paths, palette, issues);
  return { issues, contrast, resolved };
}

const isPlainObject = (v) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const isPathList = (v) => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));

/**
 * Checks the shape of contrast-pairs.json and returns a spec the evaluator can trust: malformed
 * pairs and pairs with an unknown level are reported once here and left out of the maths (an
 * unknown level would otherwise fail every ratio against "undefined").
 */
function checkContrastSpec(spec, issues) {
  const bad = (p, message, fix) => issues.push({ code: 'contrast-spec', file: CONTRAST_FILE, path: p, message, fix });
  if (!isPlainObject(spec) || !isPlainObject(spec.levels) || !Array.isArray(spec.pairs)) {
    bad('', 'expected an object with "levels" (an object) and "pairs" (an array)', 'see "Contrast is proven, not assumed" in tokens/README.md for the format');
    return undefined;
  }
  const levels = {};
  for (const [name, level] of Object.entries(spec.levels)) {
    if (isPlainObject(level) && typeof level.minimum === 'number' && level.minimum >= 1 && level.minimum <= 21) levels[name] = level;
    else bad(`levels.${name}`, `level ${JSON.stringify(name)} has no valid "minimum"`, 'give "minimum" as a contrast ratio from 1 to 21, e.g. { "minimum": 4.5 }');
  }
  const known = Object.keys(levels);
  const unknownLevels = new Map();
  const pairs = [];
  spec.pairs.forEach((pair, i) => {
    const where = `pairs[${i}]`;
    if (!isPlainObject(pair)) return bad(where, 'expected a pair object', 'write { "foreground": "color.…", "background": ["color.…"], "level": "text" }');
    if (typeof pair.foreground !== 'string') return bad(where, '"foreground" must be a token path', 'write the path of a semantic colour token, e.g. "color.text.default"');
    if (!isPathList(pair.background)) return bad(where, '"background" must be a token path or a non-empty list of paths', 'write e.g. ["color.surface.default"]');
    if (pair.themes !== undefined && !(Array.isArray(pair.themes) && pair.themes.every((th) => THEMES.includes(th)))) {
      return bad(where, `"themes" must list theme names (${THEMES.join(', ')})`, 'leave "themes" out to check the pair in both themes');
    }
    if (typeof pair.level !== 'string' || !Object.hasOwn(levels, pair.level)) {
      const key = JSON.stringify(pair.level);
      unknownLevels.set(key, [...(unknownLevels.get(key) ?? []), i]);
      return undefined;
    }
    pairs.push({ ...pair, index: i });
  });
  for (const [level, at] of unknownLevels) {
    bad(`pairs[${at.join(', ')}]`, `unknown contrast level ${level} (in ${at.length} pair${at.length === 1 ? '' : 's'}); these pairs were not checked`, `use one of the levels declared under "levels": ${known.join(', ') || '(none declared)'}`);
  }
  let focusRing;
  if (spec.focusRing !== undefined) {
    const r = spec.focusRing;
    if (!isPlainObject(r) || typeof r.outer !== 'string' || typeof r.inner !== 'string' || !Array.isArray(r.surfaces) || !r.surfaces.every((x) => typeof x === 'string') || (r.bandsMinimum !== undefined && typeof r.bandsMinimum !== 'number')) {
      bad('focusRing', 'expected { "outer": path, "inner": path, "surfaces": [paths], "bandsMinimum"?: number }', 'see tokens/README.md, "Focus ring"');
    } else focusRing = r;
  }
  return { levels, pairs, focusRing };
}

/** How a colour is named in a report: its brand alias, or the raw value when there is none. */
const describeColour = (r) => (r?.brandRef ? `{${r.brandRef}}` : `raw value ${JSON.stringify(r?.token?.value)}`);

function checkContrast(sources, resolved, semanticPaths, palette, issues) {
  if (!sources.has(CONTRAST_FILE)) {
    issues.push({ code: 'contrast', file: CONTRAST_FILE, path: '', message: 'contrast pairs file is missing', fix: 'declare every semantic foreground/background pair in tokens/contrast-pairs.json' });
    return undefined;
  }
  const parsed = parseJson(sources.get(CONTRAST_FILE), CONTRAST_FILE, issues);
  if (!parsed.ok) return undefined;
  const spec = checkContrastSpec(parsed.doc, issues);
  if (!spec) return undefined;
  const out = { pairs: [], focusRing: [], focusBands: [] };
  for (const theme of THEMES) {
    // undefined: no such semantic colour (reported below); null: the token exists but its value
    // is broken, which is reported at the token, so its pairs are skipped rather than guessed.
    const hexOf = (p) => {
      const r = resolved[theme].get(p);
      if (!r || r.type !== 'color' || !semanticPaths[theme].has(p)) return undefined;
      return isColour(r.value) ? r.value : null;
    };
    const pairs = evaluatePairs(spec, theme, hexOf);
    const ring = evaluateFocusRing(spec, theme, hexOf);
    for (const m of [...pairs.missing, ...ring.missing]) {
      const where = m.index === undefined ? 'focusRing' : `pairs[${m.index}]`;
      const key = `${where}:${m.token}`;
      if (issues.some((i) => i.code === 'contrast-pair' && i.path === key)) continue;
      issues.push({ code: 'contrast-pair', file: CONTRAST_FILE, path: key, message: `${m.token} is not a semantic colour token in the ${theme} theme`, fix: 'use the path of a token from tokens/semantic/, or add the token to both themes' });
    }
    for (const r of pairs.results) {
      if (r.pass) continue;
      const fg = resolved[theme].get(r.foreground);
      const bg = resolved[theme].get(r.background);
      const textOnly = TEXT_ROLE.test(r.foreground);
      const candidates = palette
        .filter((p) => !textOnly || TEXT_COLOURS.includes(p.token.path))
        .map((p) => ({ path: p.token.path, r: ratio(p.value, r.backgroundHex) }))
        .filter((c) => c.r >= r.minimum)
        .sort((a, b) => b.r - a.r)
        .slice(0, 3);
      const bgName = bg.brandRef ? `{${bg.brandRef}}` : r.background;
      const suggestion = candidates.length
        ? `alias a foreground that passes on ${bgName}: ${candidates.map((c) => `{${c.path}} (${round2(c.r).toFixed(2)}:1)`).join(', ')}`
        : 'choose another background for this pair';
      issues.push({
        code: 'contrast',
        file: fg.token.file,
        path: r.foreground,
        message: `contrast ${r.ratio.toFixed(2)}:1 on ${r.background} in the ${theme} theme is below ${r.minimum}:1 (${r.level}); ${describeColour(fg)} on ${describeColour(bg)}`,
        fix: `${suggestion}; or change ${r.background} in ${bg.token.file}; or remove the pair from ${CONTRAST_FILE} if it cannot occur`,
      });
    }
    if (ring.bands && !ring.bands.pass) {
      const fg = resolved[theme].get(spec.focusRing.outer);
      issues.push({ code: 'contrast', file: fg.token.file, path: spec.focusRing.outer, message: `focus ring bands differ by only ${ring.bands.ratio.toFixed(2)}:1 in the ${theme} theme (minimum ${ring.bands.minimum}:1)`, fix: 'use {color.brand.svart} for one band and {color.brand.vit} for the other' });
    }
    for (const r of ring.results) {
      if (r.pass) continue;
      const fg = resolved[theme].get(spec.focusRing.outer);
      issues.push({ code: 'contrast', file: fg.token.file, path: spec.focusRing.outer, message: `focus ring reaches only ${r.ratio.toFixed(2)}:1 on ${r.surface} in the ${theme} theme (minimum ${r.minimum}:1)`, fix: `pick focus colours where one band reaches ${r.minimum}:1 on ${r.surface}, e.g. black and white` });
    }
    out.pairs.push(...pairs.results);
    out.focusRing.push(...ring.results);
    if (ring.bands) out.focusBands.push(ring.bands);
  }
  return { levels: spec.levels, ...out };
}

/** Validates and throws a TokenValidationError listing every problem. */
export async function assertValidTokens(tokensDir) {
  const result = await validateTokens(tokensDir);
  if (result.issues.length) throw new TokenValidationError(result.issues);
  return result;
}
