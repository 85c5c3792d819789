/**
 * `check`: source files → front ends → engine → findings.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { loadBrand, type Brand } from './brand.js';
import type { BrandCheckConfig } from './config.js';
import { checkDeclarations } from './engine.js';
import { fromCss } from './frontends/css.js';
import { fromHtml } from './frontends/html.js';
import { fromJs } from './frontends/js.js';
import { SourceSyntaxError, type ParsedSource } from './frontends/shared.js';
import { MESSAGES } from './messages.js';
import { RULES, type Finding, type RuleId, type Severity } from './model.js';

export const SOURCE_EXTENSIONS = ['css', 'scss', 'less', 'html', 'htm', 'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

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
  brand?: Brand;
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

export async function listFiles(paths: readonly string[], cwd: string, ignore: readonly string[] = []): Promise<string[]> {
  const files = new Set<string>();
  const patterns: string[] = [];
  const ignores = [...DEFAULT_IGNORES, ...ignore];
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
      throw new MissingPathError(`No such file or directory: ${p}`);
    }
    const rel = path.relative(cwd, abs).split(path.sep).join('/');
    if (s.isDirectory()) patterns.push(rel ? `${rel}/**/*.${ext}` : `**/*.${ext}`);
    else files.add(abs);
  }
  if (patterns.length) {
    const found = await glob(patterns, { cwd, ignore: ignores, absolute: true, dot: false, onlyFiles: true, expandDirectories: false });
    for (const f of found) files.add(path.resolve(f));
  }
  return [...files].sort();
}

/** Turn one file's text into declarations with the right front end. */
export function parseSource(text: string, file: string, brand: Brand): ParsedSource | undefined {
  const ext = extensionOf(file);
  switch (ext) {
    case 'css':
    case 'scss':
    case 'less':
      return fromCss(text, ext, { file });
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
    if (error instanceof SourceSyntaxError) return input(error.line, error.column, m.syntax(error.message));
    return input(1, 1, m.syntax((error as Error).message));
  }
  if (!parsed) return input(1, 1, m.unsupported());
  const engineOptions = { brand, locale: config.locale ?? 'sv', ...(config.rules ? { severities: config.rules } : {}), ...(config.paletteTolerance !== undefined ? { paletteTolerance: config.paletteTolerance } : {}) };
  let findings = checkDeclarations(parsed.declarations, engineOptions);
  for (const e of parsed.syntaxErrors ?? []) findings.push(...input(e.line, e.column, m.syntax(e.message)));
  if (parsed.directives.length) {
    const byLine = new Map<number, RuleId[][]>();
    for (const d of parsed.directives) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d.rules]);
    findings = findings.filter((f) => {
      const ds = byLine.get(f.line);
      return !ds || !ds.some((rules) => rules.length === 0 || rules.includes(f.rule));
    });
  }
  return findings;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.file ?? a.url ?? '').localeCompare(b.file ?? b.url ?? '') || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
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

/** Findings for files given by absolute path (one thread's share of a run). */
export function checkFileList(files: readonly string[], cwd: string, config: BrandCheckConfig, brand: Brand = loadBrand()): Finding[] {
  const m = MESSAGES[config.locale ?? 'sv'];
  const inputSeverity = config.rules?.input ?? RULES.input.severity;
  const findings: Finding[] = [];
  // Synchronous reads: for many small source files they beat the promise API (one thread-pool
  // round trip per open/stat/read/close) several times over, and only one file is held at a time.
  for (const abs of files) {
    const file = path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);
    let content: Buffer;
    try {
      content = readFileSync(abs);
    } catch (error) {
      if (inputSeverity !== 'off') {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        findings.push({ rule: 'input', severity: inputSeverity, file, line: 1, column: 1, message: m.unreadable(reason), value: '' });
      }
      continue;
    }
    if (isBinary(content)) {
      if (inputSeverity !== 'off') findings.push({ rule: 'input', severity: inputSeverity, file, line: 1, column: 1, message: m.binary(), value: '' });
      continue;
    }
    findings.push(...checkText(content.toString('utf8'), file, { config, brand }));
  }
  return findings;
}

/** Check files and folders; paths in findings are relative to `cwd`, with `/`. */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? {};
  const brand = options.brand ?? loadBrand();
  const files = await listFiles(paths, cwd, config.ignore);
  const findings = checkFileList(files, cwd, config, brand);
  sortFindings(findings);
  return { findings, summary: summarise(findings, files.length) };
}
