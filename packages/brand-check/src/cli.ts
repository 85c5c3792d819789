/**
 * gbg-brand — check that code follows Göteborgs Stad's graphic profile.
 * Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or environment problem.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles, MissingPathError, runCheck } from './check.js';
import { ConfigError, findConfig, readConfigFile, readThemeColors, type BrandCheckConfig } from './config.js';
import { escapeControl } from './escape.js';
import { createReportWriter, FORMATS, type Format } from './formats.js';

const USAGE = `Användning / Usage:
  gbg-brand check [paths…] [options]
  gbg-brand audit <url|file.html>… [options]   (rendered pages in Chromium; see gbg-brand audit --help)

Kontrollerar CSS, SCSS, Sass, Less, HTML, Vue, Svelte och JS/TS/JSX/TSX mot Göteborgs Stads grafiska profil.
Checks CSS, SCSS, Sass, Less, HTML, Vue, Svelte and JS/TS/JSX/TSX against Göteborgs Stad's graphic profile.
Folders are walked without node_modules, build output and what .gitignore files ignore.

Options:
  --format <text|json|sarif|github>  output format (default: text)
  --config <file>                    configuration file (default: gbg-brand.config.json in the working folder)
  --lang <sv|en>                     message language (default: config, else sv)
  --output <file>                    write the report to a file instead of stdout
  --timeout <seconds>                time limit per file (default: 60); a slower file becomes one input finding
  --no-gitignore                     also check files that .gitignore files ignore
  -h, --help                         show this help
  -v, --version                      show the version

Exit codes: 0 no errors · 1 errors found · 2 usage, configuration or read problem
Disable one line: // gbg-brand-disable-next-line <rule>[, <rule>]
`;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

class UsageError extends Error {}

export async function main(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string; isolate?: boolean }): Promise<number> {
  // `audit` has its own options and loads the browser driver only when used.
  if (argv[0] === 'audit') return (await import('./audit/cli.js')).auditMain(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        lang: { type: 'string' },
        output: { type: 'string', short: 'o' },
        timeout: { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`gbg-brand: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  try {
    const [command, ...paths] = positionals;
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}".` : 'missing command.');
    const fmt = (values.format ?? 'text') as Format;
    if (!FORMATS.includes(fmt)) throw new UsageError(`unknown format "${values.format}"; use ${FORMATS.join(', ')}.`);
    if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') throw new UsageError(`unknown language "${values.lang}"; use sv or en.`);
    let timeout: number | undefined;
    if (values.timeout !== undefined) {
      const seconds = Number(values.timeout);
      if (!(seconds > 0 && seconds <= 86_400)) throw new UsageError(`--timeout takes seconds (a number above 0), not "${escapeControl(values.timeout)}".`);
      timeout = seconds * 1000;
    }
    const configFile = values.config !== undefined ? path.resolve(io.cwd, values.config) : findConfig(io.cwd);
    const config: BrandCheckConfig = configFile ? readConfigFile(configFile) : {};
    if (values.lang) config.locale = values.lang as 'sv' | 'en';
    if (values['no-gitignore']) config.gitignore = false;
    // Validate the themes before any work, so a broken theme file is a configuration error.
    if (config.themes) readThemeColors(config.themes);
    // Open the report file first: a folder or a missing folder is a usage problem, found before the run.
    let fd: number | undefined;
    if (values.output) {
      const target = path.resolve(io.cwd, values.output);
      try {
        fd = openSync(target, 'w');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'EISDIR' ? 'it is a folder; give a file name, e.g. --output gbg-brand.sarif'
          : code === 'ENOENT' ? 'its folder does not exist; create the folder first'
          : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
          : (code ?? (error as Error).message);
        throw new UsageError(`cannot write the report to ${escapeControl(values.output)}: ${why}.`);
      }
    }
    const write = fd === undefined ? io.stdout : (s: string) => void writeSync(fd, s);
    try {
      const files = await listFiles(paths, io.cwd, config.ignore, {
        ...(config.gitignore !== undefined ? { gitignore: config.gitignore } : {}),
        ...(config.baseDir ? { ignoreBase: config.baseDir } : {}),
      });
      const writer = createReportWriter(fmt, write, version());
      const summary = await runCheck(files, io.cwd, config, {
        ...(timeout !== undefined ? { timeout } : {}),
        ...(io.isolate !== undefined ? { isolate: io.isolate } : {}),
        onFile: (_file, findings) => writer.add(findings),
      });
      writer.end(summary);
      return summary.errors > 0 ? 1 : 0;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gbg-brand: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof MissingPathError) {
      io.stderr(`gbg-brand: ${error.message}\n`);
      return 2;
    }
    io.stderr(`gbg-brand: ${escapeControl((error as Error).message ?? String(error))}\n`);
    return 2;
  }
}
