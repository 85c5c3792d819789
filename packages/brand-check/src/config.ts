/**
 * `gbg-brand.config.json`: ignores, rule severities, message language.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ThemeColor } from './brand.js';
import type { Locale } from './messages.js';
import { RULE_IDS, type RuleId, type SeveritySetting } from './model.js';

export interface BrandCheckConfig {
  /** Glob patterns (relative to the config file's folder) that are never checked. */
  ignore?: string[];
  /** Severity per rule id: `error`, `warning` or `off`. */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  /** Message language. @default 'sv' */
  locale?: Locale;
  /** @deprecated Ignored: a colour is a palette colour when it converts to the same 8-bit sRGB value. */
  paletteTolerance?: number;
  /**
   * Sub-brand theme files (DTCG JSON, relative to the config file's folder): every
   * `"$type": "color"` token with a literal hex `$value` is an allowed palette colour.
   */
  themes?: string[];
  /** Skip what `.gitignore` files ignore. @default true */
  gitignore?: boolean;
  /** The folder `ignore` and `themes` are relative to: the config file's folder. Set by `readConfigFile`. */
  baseDir?: string;
  /** Chromium executable for `gbg-brand audit`. @default env GBG_CHROMIUM_PATH, else /usr/bin/chromium */
  chromium?: string;
}

export const CONFIG_FILES = ['gbg-brand.config.json', '.gbg-brandrc.json'];

/** A configuration problem; the CLI exits 2 with this message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KEYS = ['$schema', 'ignore', 'rules', 'locale', 'paletteTolerance', 'chromium', 'themes', 'gitignore'];
const SEVERITIES = ['error', 'warning', 'off'];

export function validateConfig(raw: unknown, source: string): BrandCheckConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${source}: the configuration must be a JSON object, e.g. { "rules": { "raw-value": "off" } }.`);
  }
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KEYS.includes(key)) throw new ConfigError(`${source}: unknown key "${key}". Allowed keys: ${KEYS.slice(1).join(', ')}.`);
  }
  const config: BrandCheckConfig = {};
  if (o.ignore !== undefined) {
    if (!Array.isArray(o.ignore) || o.ignore.some((g) => typeof g !== 'string')) {
      throw new ConfigError(`${source}: "ignore" must be an array of glob strings, e.g. ["legacy/**"].`);
    }
    config.ignore = o.ignore as string[];
  }
  if (o.rules !== undefined) {
    if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) {
      throw new ConfigError(`${source}: "rules" must be an object of rule id → "error" | "warning" | "off".`);
    }
    const rules: Partial<Record<RuleId, SeveritySetting>> = {};
    for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) {
      if (!(RULE_IDS as string[]).includes(id)) {
        throw new ConfigError(`${source}: unknown rule "${id}" in "rules". Rules: ${RULE_IDS.join(', ')}.`);
      }
      if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) {
        throw new ConfigError(`${source}: rule "${id}" has severity ${JSON.stringify(sev)}; use "error", "warning" or "off".`);
      }
      rules[id as RuleId] = sev as SeveritySetting;
    }
    config.rules = rules;
  }
  if (o.locale !== undefined) {
    if (o.locale !== 'sv' && o.locale !== 'en') throw new ConfigError(`${source}: "locale" must be "sv" or "en".`);
    config.locale = o.locale;
  }
  if (o.paletteTolerance !== undefined) {
    if (typeof o.paletteTolerance !== 'number' || !(o.paletteTolerance >= 0 && o.paletteTolerance <= 10)) {
      throw new ConfigError(`${source}: "paletteTolerance" must be a number from 0 to 10 (CIEDE2000 ΔE).`);
    }
    config.paletteTolerance = o.paletteTolerance;
  }
  if (o.chromium !== undefined) {
    if (typeof o.chromium !== 'string' || !o.chromium.trim()) throw new ConfigError(`${source}: "chromium" must be the path to a Chromium executable, e.g. "/usr/bin/chromium".`);
    config.chromium = o.chromium;
  }
  if (o.themes !== undefined) {
    if (!Array.isArray(o.themes) || o.themes.some((t) => typeof t !== 'string' || !t.trim())) {
      throw new ConfigError(`${source}: "themes" must be an array of paths to DTCG theme files, e.g. ["./theme.tokens.json"].`);
    }
    config.themes = o.themes as string[];
  }
  if (o.gitignore !== undefined) {
    if (typeof o.gitignore !== 'boolean') throw new ConfigError(`${source}: "gitignore" must be true or false.`);
    config.gitignore = o.gitignore;
  }
  return config;
}

export function readConfigFile(file: string): BrandCheckConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message}). Fix the syntax or delete the file.`);
  }
  const config = validateConfig(raw, file);
  const baseDir = path.dirname(path.resolve(file));
  config.baseDir = baseDir;
  if (config.themes) config.themes = config.themes.map((t) => path.resolve(baseDir, t));
  return config;
}

/**
 * The allowed colours of sub-brand theme files: every token whose (own or inherited group)
 * `$type` is `color` and whose `$value` is a literal hex colour (or a DTCG colour object with `hex`).
 */
export function readThemeColors(files: readonly string[]): ThemeColor[] {
  const out: ThemeColor[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new ConfigError(`theme ${file}: ${e.code ? `cannot read the file (${e.code})` : `not valid JSON (${e.message})`}. Fix "themes" in the configuration or the theme file.`);
    }
    const before = out.length;
    const theme = path.basename(file).replace(/\.tokens\.json$|\.json$/i, '');
    // Iterative walk: a theme file is data from elsewhere and may be deeply nested.
    const stack: { node: unknown; path: string[]; type: string | undefined }[] = [{ node: raw, path: [], type: undefined }];
    while (stack.length) {
      const { node, path: at, type: inherited } = stack.pop()!;
      if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
      const o = node as Record<string, unknown>;
      const type = typeof o.$type === 'string' ? o.$type : inherited;
      if ('$value' in o) {
        const v = o.$value;
        const hex = typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof (v as { hex?: unknown }).hex === 'string' ? (v as { hex: string }).hex : undefined;
        if (type === 'color' && hex && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex.trim())) out.push({ hex: hex.trim(), path: at.join('.'), theme });
        continue;
      }
      for (const [key, child] of Object.entries(o)) if (!key.startsWith('$')) stack.push({ node: child, path: [...at, key], type });
    }
    if (out.length === before) {
      throw new ConfigError(`theme ${file}: no colour tokens found. A theme lists tokens like { "accent": { "$type": "color", "$value": "#1a7f5a" } }.`);
    }
  }
  return out;
}

/** The config file in `cwd`, if any. */
export function findConfig(cwd: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const file = path.join(cwd, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}
