/**
 * `check`: source files → front ends → engine → findings.
 */
import { existsSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';
import { loadBrand, withThemeColors, type Brand } from './brand.js';
import { readThemeColors, type BrandCheckConfig } from './config.js';
import { escapeControl } from './escape.js';
import { checkDeclarations } from './engine.js';
import { fromCss } from './frontends/css.js';
import { fromHtml } from './frontends/html.js';
import { fromJs } from './frontends/js.js';
import { fromSvelte, fromVue } from './frontends/sfc.js';
import { MissingParserError, SourceSyntaxError, type ParsedSource } from './frontends/shared.js';
import { MESSAGES } from './messages.js';
import { RULES, type Finding, type RuleId, type Severity } from './model.js';

export const SOURCE_EXTENSIONS = ['css', 'scss', 'sass', 'less', 'html', 'htm', 'vue', 'svelte', 'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

/** Never checked: dependencies and build output. */
export const DEFAULT_IGNORES = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/storybook-static/**',
  '**/.next/**',
  '**/.nuxt/**',
  '**/.svelte-kit/**',
  '**/.turbo/**',
  '**/.cache/**',
  '**/.git/**',
  '**/*.min.css',
  '**/*.min.js',
  '**/*.d.ts',
];

export interface CheckOptions {
  cwd?: string;
  config?: BrandCheckConfig;
  /** Brand data; given, the run stays in this thread (a Brand cannot cross to the worker). */
  brand?: Brand;
  /** See `RunOptions.isolate`. */
  isolate?: boolean;
  /** Per-file time limit in milliseconds (isolated runs). @default 60000 */
  timeout?: number;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  byRule: Partial<Record<RuleId, number>>;
}

export interface CheckResult {
  findings: Finding[];
  summary: Summary;
}

/** A path the user named does not exist: a usage problem (exit 2), not a finding. */
export class MissingPathError extends Error {
  override name = 'MissingPathError';
}

function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

/** Names of folders that are never checked, also when reached through a symlink under another name. */
const IGNORED_FOLDERS = new Set(DEFAULT_IGNORES.filter((g) => /^\*\*\/[^*]+\/\*\*$/.test(g)).map((g) => g.slice(3, -3)));

/** The same order findings are reported in: by display path. */
export function compareFiles(a: string, b: string): number {
  return a.localeCompare(b);
}

export interface ListOptions {
  /** Skip what `.gitignore` files ignore (files found by walking folders only). @default true */
  gitignore?: boolean;
  /** The folder `ignore` patterns are relative to. @default cwd */
  ignoreBase?: string;
}

/** A config `ignore` pattern, relative to the config's folder, made relative to `cwd`. */
function rebase(pattern: string, base: string, cwd: string): string {
  if (pattern.startsWith('**/') || path.resolve(base) === path.resolve(cwd)) return pattern;
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const rel = path.relative(cwd, path.resolve(base, body)).split(path.sep).join('/');
  return (negated ? '!' : '') + rel;
}

/** `.gitignore` rules per folder, read once; looked up from the repository root down. */
class GitIgnores {
  private readonly cache = new Map<string, Ignore | null>();
  private readonly root: string;
  constructor(start: string) {
    // The repository root bounds the search; outside a repository only the start folder counts.
    let dir = path.resolve(start);
    let root = dir;
    for (;;) {
      if (existsSync(path.join(dir, '.git'))) {
        root = dir;
        break;
      }
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    this.root = root;
  }
  private rules(dir: string): Ignore | null {
    let hit = this.cache.get(dir);
    if (hit === undefined) {
      hit = null;
      try {
        const text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
        hit = ignore().add(text);
      } catch {
        // No .gitignore here (or unreadable): nothing to skip.
      }
      this.cache.set(dir, hit);
    }
    return hit;
  }
  ignored(abs: string): boolean {
    const rel = path.relative(this.root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const parts = rel.split(path.sep);
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const r = this.rules(dir);
      if (r) {
        const sub = parts.slice(i).join('/');
        // `ignores` also checks the parent folders (`generated/` matches `generated/a.css`).
        if (r.ignores(sub)) return true;
      }
      dir = path.join(dir, parts[i]!);
    }
    return false;
  }
}

export async function listFiles(paths: readonly string[], cwd: string, ignored: readonly string[] = [], options: ListOptions = {}): Promise<string[]> {
  const explicit = new Set<string>();
  const patterns: string[] = [];
  const base = options.ignoreBase ?? cwd;
  const ignores = [...DEFAULT_IGNORES, ...ignored.map((g) => rebase(g, base, cwd))];
  const ext = `{${SOURCE_EXTENSIONS.join(',')}}`;
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    let s;
    try {
      s = await stat(abs);
    } catch {
      if (/[*?{[]/.test(p)) {
        patterns.push(p);
        continue;
      }
      throw new MissingPathError(`No such file or directory: ${escapeControl(p)}`);
    }
    const rel = path.relative(cwd, abs).split(path.sep).join('/');
    if (s.isDirectory()) patterns.push(rel ? `${rel}/**/*.${ext}` : `**/*.${ext}`);
    // Named explicitly: checked even when a pattern or .gitignore would skip it (FIFOs and devices
    // are reported, never read).
    else explicit.add(abs);
  }
  const files = new Map<string, string>();
  const add = (abs: string, real: string) => {
    if (!files.has(real)) files.set(real, abs);
  };
  for (const abs of explicit) add(abs, realOrSelf(abs));
  if (patterns.length) {
    const found = await glob(patterns, { cwd, ignore: ignores, absolute: true, dot: false, onlyFiles: true, expandDirectories: false });
    const gitignores = options.gitignore === false ? undefined : new GitIgnores(cwd);
    const realCwd = realOrSelf(cwd);
    // Deterministic choice of the name a file is reported under when links reach it twice.
    found.sort((a, b) => a.length - b.length || compareFiles(a, b));
    for (const f of found) {
      const abs = path.resolve(f);
      if (explicit.has(abs)) continue;
      const real = realOrSelf(abs);
      // A symlink loop or a second name for a file: report it once. A symlinked node_modules
      // (or build output) under another name is still dependencies.
      if (files.has(real) || insideIgnoredFolder(real, realCwd)) continue;
      if (gitignores?.ignored(abs)) continue;
      add(abs, real);
    }
  }
  return [...files.values()].sort((a, b) => compareFiles(displayPath(a, cwd), displayPath(b, cwd)));
}

function realOrSelf(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

function insideIgnoredFolder(real: string, realCwd: string): boolean {
  const rel = path.relative(realCwd, real);
  const parts = (rel.startsWith('..') || path.isAbsolute(rel) ? real : rel).split(path.sep).slice(0, -1);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return parts.includes('node_modules');
  return parts.some((p) => IGNORED_FOLDERS.has(p));
}

/** A file's name in findings: relative to `cwd`, with `/`. */
export function displayPath(abs: string, cwd: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);
}

/** Turn one file's text into declarations with the right front end. */
export function parseSource(text: string, file: string, brand: Brand): ParsedSource | undefined {
  const ext = extensionOf(file);
  switch (ext) {
    case 'css':
    case 'scss':
    case 'sass':
    case 'less':
      return fromCss(text, ext, { file });
    case 'vue':
      return fromVue(text, file, (p) => brand.pathToVar.get(p));
    case 'svelte':
      return fromSvelte(text, file, (p) => brand.pathToVar.get(p));
    case 'html':
    case 'htm':
      return fromHtml(text, { file });
    case 'js':
    case 'jsx':
    case 'mjs':
    case 'cjs':
    case 'ts':
    case 'tsx':
    case 'mts':
    case 'cts':
      return fromJs(text, { file, tokenVar: (p) => brand.pathToVar.get(p) });
    default:
      return undefined;
  }
}

function isBinary(buffer: Buffer): boolean {
  const n = Math.min(buffer.length, 8000);
  for (let i = 0; i < n; i++) if (buffer[i] === 0) return true;
  return false;
}

/** Text by byte-order mark: UTF-8 (with or without), UTF-16 LE or BE; undefined for binary content. */
export function decode(buffer: Buffer): string | undefined {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - ((buffer.length - 2) % 2)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (isBinary(buffer)) return undefined;
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A parser or rule that ran out of stack or memory: a resource limit, not a syntax error. */
export function isResourceLimit(error: unknown): boolean {
  return error instanceof RangeError && /call stack|Invalid (string|array) length|allocation failed|out of memory/i.test(error.message);
}

/** Findings for one file's text; bad input becomes an `input` finding, never an exception. */
export function checkText(text: string, file: string, options: Omit<CheckOptions, 'cwd'> = {}): Finding[] {
  const brand = options.brand ?? loadBrand();
  const config = options.config ?? {};
  const m = MESSAGES[config.locale ?? 'sv'];
  const inputSeverity = (config.rules?.input ?? RULES.input.severity) as Severity | 'off';
  const input = (line: number, column: number, message: string): Finding[] =>
    inputSeverity === 'off' ? [] : [{ rule: 'input', severity: inputSeverity, file, line, column, message, value: '' }];
  let parsed: ParsedSource | undefined;
  try {
    parsed = parseSource(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, brand);
  } catch (error) {
    if (error instanceof MissingParserError) return input(1, 1, error.message);
    if (isResourceLimit(error)) return input(1, 1, m.resourceLimit((error as Error).message));
    if (error instanceof SourceSyntaxError) return input(error.line, error.column, m.syntax(error.message));
    return input(1, 1, m.syntax((error as Error).message));
  }
  if (!parsed) return input(1, 1, m.unsupported());
  try {
    const engineOptions = { brand, locale: config.locale ?? 'sv', ...(config.rules ? { severities: config.rules } : {}) };
    let findings = checkDeclarations(parsed.declarations, engineOptions);
    for (const e of parsed.syntaxErrors ?? []) for (const f of input(e.line, e.column, m.syntax(e.message))) findings.push(f);
    if (parsed.directives.length) {
      const byLine = new Map<number, RuleId[][]>();
      for (const d of parsed.directives) {
        const list = byLine.get(d.line);
        if (list) list.push(d.rules);
        else byLine.set(d.line, [d.rules]);
      }
      findings = findings.filter((f) => {
        const ds = byLine.get(f.line);
        return !ds || !ds.some((rules) => rules.length === 0 || rules.includes(f.rule));
      });
    }
    return findings;
  } catch (error) {
    if (isResourceLimit(error)) return input(1, 1, m.resourceLimit((error as Error).message));
    return input(1, 1, m.internal((error as Error).message));
  }
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => compareFiles(a.file ?? a.url ?? '', b.file ?? b.url ?? '') || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

export function summarise(findings: readonly Finding[], files: number): Summary {
  const byRule: Partial<Record<RuleId, number>> = {};
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { files, errors, warnings, byRule };
}

/** Adds findings to a running summary (streamed runs keep no list). */
export function tally(summary: Summary, findings: readonly Finding[]): void {
  for (const f of findings) {
    summary.byRule[f.rule] = (summary.byRule[f.rule] ?? 0) + 1;
    if (f.severity === 'error') summary.errors++;
    else summary.warnings++;
  }
}

function fileKind(s: Stats): string {
  if (s.isFIFO()) return 'FIFO';
  if (s.isCharacterDevice()) return 'character device';
  if (s.isBlockDevice()) return 'block device';
  if (s.isSocket()) return 'socket';
  if (s.isDirectory()) return 'directory';
  return 'special file';
}

/** One file, from disk: never throws and never blocks on a FIFO or device. */
export function checkFile(abs: string, file: string, config: BrandCheckConfig, brand: Brand): Finding[] {
  const m = MESSAGES[config.locale ?? 'sv'];
  const inputSeverity = config.rules?.input ?? RULES.input.severity;
  const input = (message: string): Finding[] => (inputSeverity === 'off' ? [] : [{ rule: 'input', severity: inputSeverity, file, line: 1, column: 1, message, value: '' }]);
  let content: Buffer;
  try {
    // stat, not open: opening a FIFO blocks until a writer comes, reading /dev/zero never ends.
    const s = statSync(abs);
    if (!s.isFile()) return input(m.notRegular(fileKind(s)));
    content = readFileSync(abs);
  } catch (error) {
    return input(m.unreadable((error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  const text = decode(content);
  if (text === undefined) return input(m.binary());
  return sortFindings(checkText(text, file, { config, brand }));
}

/** The brand with the configured sub-brand themes' colours allowed. */
export function brandFor(config: BrandCheckConfig, base: Brand = loadBrand()): Brand {
  return config.themes?.length ? withThemeColors(base, readThemeColors(config.themes)) : base;
}

/** Findings for files given by absolute path, in process (no time limit). */
export function checkFileList(files: readonly string[], cwd: string, config: BrandCheckConfig, brand: Brand = brandFor(config)): Finding[] {
  const findings: Finding[] = [];
  for (const abs of files) for (const f of checkFile(abs, displayPath(abs, cwd), config, brand)) findings.push(f);
  return findings;
}

export interface RunOptions {
  /** Per-file time limit in milliseconds (isolated runs only). @default 60000 */
  timeout?: number;
  /**
   * Check in a worker thread, so a file that takes too long or exhausts memory becomes one
   * `input` finding and the run goes on. @default true where the worker is available (built package)
   */
  isolate?: boolean;
  /** Called in report order with each file's findings — for a file with many findings, in several calls. */
  onFile: (file: string, findings: Finding[]) => void;
}

/** Check files one by one, streaming each file's findings to `onFile`; returns the summary. */
export async function runCheck(files: readonly string[], cwd: string, config: BrandCheckConfig, options: RunOptions): Promise<Summary> {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, byRule: {} };
  const emit = (i: number, findings: Finding[]) => {
    tally(summary, findings);
    options.onFile(displayPath(files[i]!, cwd), findings);
  };
  const worker = workerUrl();
  if (options.isolate === false || (options.isolate === undefined && !worker)) {
    const brand = brandFor(config);
    files.forEach((abs, i) => emit(i, checkFile(abs, displayPath(abs, cwd), config, brand)));
    return summary;
  }
  if (!worker) throw new Error('gbg-brand: the isolated checker needs the built package (dist/check-worker.js).');
  const { runIsolated } = await import('./isolate.js');
  await runIsolated(worker, files, cwd, config, options.timeout ?? DEFAULT_TIMEOUT, emit);
  return summary;
}

export const DEFAULT_TIMEOUT = 60_000;

function workerUrl(): URL | undefined {
  const url = new URL('./check-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Check files and folders; paths in findings are relative to `cwd`, with `/`. */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? {};
  const files = await listFiles(paths, cwd, config.ignore, { ...(config.gitignore !== undefined ? { gitignore: config.gitignore } : {}), ...(config.baseDir ? { ignoreBase: config.baseDir } : {}) });
  const findings: Finding[] = [];
  const summary = options.brand
    ? (() => {
        const brand = options.brand!;
        const s: Summary = { files: files.length, errors: 0, warnings: 0, byRule: {} };
        for (const abs of files) {
          const found = checkFile(abs, displayPath(abs, cwd), config, brand);
          tally(s, found);
          for (const f of found) findings.push(f);
        }
        return s;
      })()
    : await runCheck(files, cwd, config, {
        ...(options.isolate !== undefined ? { isolate: options.isolate } : {}),
        ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
        onFile: (_file, found) => {
          for (const f of found) findings.push(f);
        },
      });
  return { findings, summary };
}
