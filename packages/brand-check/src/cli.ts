/**
 * gbg-brand — check that code follows Göteborgs Stad's graphic profile.
 * Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or environment problem.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { check, MissingPathError } from './check.js';
import { ConfigError, findConfig, readConfigFile, type BrandCheckConfig } from './config.js';
import { format, FORMATS, type Format } from './formats.js';

const USAGE = `Användning / Usage:
  gbg-brand check [paths…] [options]
  gbg-brand audit <url|file.html>… [options]   (rendered pages in Chromium; see gbg-brand audit --help)

Kontrollerar CSS, SCSS, Less, HTML och JS/TS/JSX/TSX mot Göteborgs Stads grafiska profil.
Checks CSS, SCSS, Less, HTML and JS/TS/JSX/TSX against Göteborgs Stad's graphic profile.

Options:
  --format <text|json|sarif|github>  output format (default: text)
  --config <file>                    configuration file (default: gbg-brand.config.json in the working folder)
  --lang <sv|en>                     message language (default: config, else sv)
  --output <file>                    write the report to a file instead of stdout
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

export async function main(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
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
    const configFile = values.config !== undefined ? path.resolve(io.cwd, values.config) : findConfig(io.cwd);
    const config: BrandCheckConfig = configFile ? readConfigFile(configFile) : {};
    if (values.lang) config.locale = values.lang as 'sv' | 'en';
    const result = await check(paths, { cwd: io.cwd, config });
    const report = format(result, fmt, version());
    if (values.output) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.resolve(io.cwd, values.output), report);
    } else io.stdout(report);
    return result.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gbg-brand: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof MissingPathError) {
      io.stderr(`gbg-brand: ${error.message}\n`);
      return 2;
    }
    io.stderr(`gbg-brand: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
