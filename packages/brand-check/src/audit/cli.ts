/**
 * `gbg-brand audit <url|file.html>…` — the rendered-page side of the checker.
 * Exit codes as for `check`: 0 no errors, 1 errors found, 2 usage, configuration or environment problem.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brandFor } from '../check.js';
import { ConfigError, findConfig, readConfigFile, type BrandCheckConfig } from '../config.js';
import { escapeControl } from '../escape.js';
import { format, FORMATS, type Format } from '../formats.js';
import { audit, AuditError } from './run.js';

export const AUDIT_USAGE = `Användning / Usage:
  gbg-brand audit <url|file.html>… [options]

Öppnar sidan i Chromium och kontrollerar det som faktiskt visas: textfärg, palett, kontrast,
ikonfärg och logotyp (och med --a11y även WCAG 2.2 AA via axe-core).
Opens the page in Chromium and checks what is rendered: text colour, palette, contrast,
icon colour and the logotype (and with --a11y also WCAG 2.2 AA through axe-core).

Options:
  --crawl <N>                        follow same-origin links until N pages are audited (default: 1)
  --a11y                             add axe-core's WCAG 2.2 AA violations (rule a11y)
  --format <text|json|sarif|github>  output format (default: text)
  --chromium <path>                  Chromium executable (default: $GBG_CHROMIUM_PATH, else /usr/bin/chromium)
  --config <file>                    configuration file (default: gbg-brand.config.json in the working folder)
  --lang <sv|en>                     message language (default: config, else sv)
  --output <file>                    write the report to a file instead of stdout
  --timeout <seconds>                time limit for loading each page and for each step in it (default: 30)
  -h, --help                         show this help

Exit codes: 0 no errors · 1 errors found · 2 usage, configuration, browser or unreachable page
`;

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export async function auditMain(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
  const fail = (message: string, usage = false) => {
    io.stderr(`gbg-brand audit: ${message}\n${usage ? `\n${AUDIT_USAGE}` : ''}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        crawl: { type: 'string' },
        timeout: { type: 'string' },
        a11y: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        chromium: { type: 'string' },
        config: { type: 'string', short: 'c' },
        lang: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message, true);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(AUDIT_USAGE);
    return 0;
  }
  if (positionals.length === 0) return fail('give a page to audit: an http(s) address or an HTML file.', true);
  const fmt = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(fmt)) return fail(`unknown format "${values.format}"; use ${FORMATS.join(', ')}.`, true);
  if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') return fail(`unknown language "${values.lang}"; use sv or en.`, true);
  let crawl = 1;
  if (values.crawl !== undefined) {
    crawl = Number(values.crawl);
    if (!Number.isInteger(crawl) || crawl < 1) return fail(`--crawl takes a whole number of pages ≥ 1, not "${values.crawl}".`, true);
  }
  let timeout: number | undefined;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!(seconds > 0 && seconds <= 3600)) return fail(`--timeout takes seconds (a number above 0), not "${escapeControl(values.timeout)}".`, true);
    timeout = seconds * 1000;
  }
  let fd: number | undefined;
  try {
    if (values.output) {
      try {
        fd = openSync(path.resolve(io.cwd, values.output), 'w');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'EISDIR' ? 'it is a folder; give a file name' : code === 'ENOENT' ? 'its folder does not exist; create the folder first' : (code ?? (error as Error).message);
        return fail(`cannot write the report to ${escapeControl(values.output)}: ${why}.`);
      }
    }
    const configFile = values.config !== undefined ? path.resolve(io.cwd, values.config) : findConfig(io.cwd);
    const config: BrandCheckConfig = configFile ? readConfigFile(configFile) : {};
    const locale = (values.lang as 'sv' | 'en' | undefined) ?? config.locale ?? 'sv';
    const chromium = values.chromium ?? config.chromium;
    const result = await audit(positionals, {
      crawl,
      ...(timeout !== undefined ? { timeout } : {}),
      a11y: values.a11y === true,
      cwd: io.cwd,
      locale,
      ...(chromium ? { chromium: path.resolve(io.cwd, chromium) } : {}),
      ...(config.rules ? { severities: config.rules } : {}),
      ...(config.themes?.length ? { brand: brandFor(config) } : {}),
    });
    const report = format(result, fmt, version());
    if (fd !== undefined) writeSync(fd, report);
    else io.stdout(report);
    return result.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof AuditError || error instanceof ConfigError) return fail(error.message);
    return fail(escapeControl((error as Error).message ?? String(error)));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
