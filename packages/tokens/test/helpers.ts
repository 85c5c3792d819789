// Shared test helpers: build into a fresh temp directory, copy the token source for mutation.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from '../scripts/build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const TOKENS_DIR = path.resolve(here, '../../../tokens');
export const PACKAGE_DIR = path.resolve(here, '..');

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `gbg-tokens-${prefix}-`));
}

/** Builds the real token source into a new temp directory and returns it. */
export async function buildToTemp(): Promise<string> {
  const outDir = await tempDir('dist');
  await build({ tokensDir: TOKENS_DIR, outDir });
  return outDir;
}

/** Copies tokens/ to a temp directory so a test can break it without touching the source. */
export async function copyTokens(): Promise<string> {
  const dir = await tempDir('src');
  await fs.cp(TOKENS_DIR, dir, { recursive: true });
  return dir;
}

export async function readJson<T = any>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T;
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

export interface FlatTokenRecord {
  path: string;
  name: string;
  cssVar: string;
  type: string;
  value: string | number;
  darkValue?: string | number;
  description: string;
  tier: 'brand' | 'semantic';
}

export interface BuiltModule {
  palette: Array<{ key: string; hex: string; rgb: { r: number; g: number; b: number }; nameSv: string; nameEn: string; group: string; textColor: string; token: string; cssVar: string }>;
  cssVarTree: any;
  tokens: any;
  darkTokens: any;
  flatTokens: FlatTokenRecord[];
}

/** Imports the JS entry written into a temp build directory. */
export async function importBuilt(outDir: string): Promise<BuiltModule> {
  return import(pathToFileURL(path.join(outDir, 'js/tokens.js')).href);
}

/** Leaves of a nested object, as [dot path, value]. */
export function leaves(obj: any, prefix: string[] = []): Array<[string, unknown]> {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? leaves(v, [...prefix, k]) : [[[...prefix, k].join('.'), v] as [string, unknown]],
  );
}

/** Every JSON token file of a tier, relative to the token dir. */
export async function tokenFiles(dir: string, sub: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, sub), { recursive: true });
  return entries.filter((e) => e.endsWith('.json')).map((e) => path.join(sub, e)).sort();
}

export interface RawToken {
  path: string;
  file: string;
  type: string | undefined;
  value: unknown;
  description: unknown;
  extensions: any;
}

/** Flattens DTCG files into tokens with inherited $type, without Style Dictionary. */
export async function rawTokens(dir: string, sub: string): Promise<RawToken[]> {
  const out: RawToken[] = [];
  for (const file of await tokenFiles(dir, sub)) {
    const doc = await readJson(path.join(dir, file));
    const walk = (node: any, segs: string[], type: string | undefined) => {
      const t = node.$type ?? type;
      if ('$value' in node) {
        out.push({ path: segs.join('.'), file, type: t, value: node.$value, description: node.$description, extensions: node.$extensions });
        return;
      }
      for (const [k, v] of Object.entries(node)) if (!k.startsWith('$')) walk(v, [...segs, k], t);
    };
    walk(doc, [], undefined);
  }
  return out;
}
