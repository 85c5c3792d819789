/**
 * `gbg-brand.config.json`: ignores, rule severities, message language.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './messages.js';
import { RULE_IDS, type RuleId, type SeveritySetting } from './model.js';

export interface BrandCheckConfig {
  /** Glob patterns (relative to the config file's folder) that are never checked. */
  ignore?: string[];
  /** Severity per rule id: `error`, `warning` or `off`. */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  /** Message language. @default 'sv' */
  locale?: Locale;
  /** Largest CIEDE2000 difference still counted as a brand colour. @default 0.5 */
  paletteTolerance?: number;
  /** Chromium executable for `gbg-brand audit`. @default env GBG_CHROMIUM_PATH, else /usr/bin/chromium */
  chromium?: string;
}

export const CONFIG_FILES = ['gbg-brand.config.json', '.gbg-brandrc.json'];

/** A configuration problem; the CLI exits 2 with this message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KEYS = ['$schema', 'ignore', 'rules', 'locale', 'paletteTolerance', 'chromium'];
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
  return validateConfig(raw, file);
}

/** The config file in `cwd`, if any. */
export function findConfig(cwd: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const file = path.join(cwd, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}
