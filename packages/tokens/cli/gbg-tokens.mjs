#!/usr/bin/env node
// gbg-tokens: command line of @goteborgsstad/tokens. Today one command group, `theme`, for
// sub-brand themes (companies and units with their own profile inside the city's rules).
import { realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildTheme, createTheme, textOn, ThemeError } from './theme.mjs';
import { contrast, isOpaqueHex, show } from './wcag.mjs';

const BASE = fileURLToPath(new URL('../dist/json/theme-base.json', import.meta.url));

const HELP = `gbg-tokens — Göteborgs Stads designtokens

Usage:
  gbg-tokens theme create <name> --accent <hex> [options]
      Writes <name>.tokens.json (DTCG; its colours are the theme's allowed palette for gbg-brand)
      and <name>.css (overrides only the accent variables under [data-gbg-brand="<name>"]).
  gbg-tokens theme build <file.tokens.json> [--out <dir>]
      Checks an edited theme file again and rewrites its CSS.

Options for theme create:
  --accent <hex>         accent of the light theme (primary action, secondary border, brand surface)
  --accent-dark <hex>    accent of the dark theme (a light colour); without it the light accent is
                         tried and, when it cannot work there, the dark theme keeps the city's accents
  --text black|white     text on the accent (default: the one with more contrast)
  --text-dark black|white
  --hover <hex>, --active <hex>, --hover-dark <hex>, --active-dark <hex>
                         primary action states (default: black or white, opposite the text)
  --kind company|unit    wholly owned company (default) or unit with an approved special profile
  --display-name <text>  name shown in the guarantee text, e.g. "Exempelbolaget AB"
  --logo <path or URL>   the sub-brand's own logo file, recorded in the theme
  --out <dir>            folder to write to (default: the current folder)
  --force                overwrite existing files

Every accent is checked at WCAG AA against the city's declared contrast pairs for each role it
takes; the command refuses colours that fail and says which text colour works.`;

const OPTIONS = {
  accent: { type: 'string' },
  'accent-dark': { type: 'string' },
  text: { type: 'string' },
  'text-dark': { type: 'string' },
  hover: { type: 'string' },
  active: { type: 'string' },
  'hover-dark': { type: 'string' },
  'active-dark': { type: 'string' },
  kind: { type: 'string' },
  'display-name': { type: 'string' },
  logo: { type: 'string' },
  out: { type: 'string' },
  base: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

class UsageError extends Error {}

async function readBase(file) {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read the token base ${path.basename(file)} (${err.code ?? err.message}). In this repository run "pnpm --filter @goteborgsstad/tokens build" first.`);
  }
}

async function writeOutputs(outDir, files, force) {
  await fs.mkdir(outDir, { recursive: true });
  if (!force) {
    for (const name of Object.keys(files)) {
      const exists = await fs.stat(path.join(outDir, name)).then(() => true, () => false);
      if (exists) throw new UsageError(`${name} exists already in ${outDir}. Use --force to overwrite it, or "gbg-tokens theme build" to rebuild its CSS.`);
    }
  }
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(outDir, name), content);
  return Object.keys(files).map((n) => path.join(outDir, n));
}

export async function main(argv, { stdout = process.stdout, stderr = process.stderr } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    stderr.write(`gbg-tokens: ${err.message}\n\n${HELP}\n`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  const [group, command, target] = positionals;
  if (v.help || !group) {
    (v.help ? stdout : stderr).write(`${HELP}\n`);
    return v.help ? 0 : 2;
  }
  try {
    if (group !== 'theme' || !['create', 'build'].includes(command) || !target || positionals.length > 3) {
      throw new UsageError(`unknown command "${positionals.join(' ')}". Try "gbg-tokens theme create <name> --accent <hex>".`);
    }
    const base = await readBase(v.base ? path.resolve(v.base) : BASE);
    if (command === 'create') {
      const { doc, file, notes } = createTheme(
        {
          name: target,
          accent: v.accent,
          accentDark: v['accent-dark'],
          text: v.text,
          textDark: v['text-dark'],
          hover: v.hover,
          active: v.active,
          hoverDark: v['hover-dark'],
          activeDark: v['active-dark'],
          kind: v.kind,
          displayName: v['display-name'],
          logo: v.logo,
        },
        base,
      );
      const { css } = buildTheme(doc, base, { file });
      const written = await writeOutputs(path.resolve(v.out ?? '.'), { [file]: `${JSON.stringify(doc, null, 2)}\n`, [`${target}.css`]: css }, v.force);
      const meta = doc.$extensions['se.goteborg.theme'];
      stdout.write(`gbg-tokens: theme "${target}" (${meta.displayName}, ${meta.kind})\n`);
      for (const mode of Object.keys(meta.semantic)) {
        const s = meta.semantic[mode];
        const accentRef = s['color.action.primary.background'].slice(1, -1);
        const accentHex = base.brand[accentRef] ?? doc.color.subbrand[target][accentRef.split('.').pop()].$value;
        const textHex = s['color.action.primary.foreground'] === '{color.brand.vit}' ? '#FFFFFF' : '#000000';
        stdout.write(`  ${mode}: accent ${accentHex} with ${textHex === '#FFFFFF' ? 'white' : 'black'} text (${show(contrast(accentHex, textHex))}:1); every declared pair passes\n`);
      }
      for (const n of notes) stdout.write(`  note: ${n}\n`);
      stdout.write(`  guarantee text: "${meta.guarantee.sv}" / "${meta.guarantee.en}"\n`);
      for (const f of written) stdout.write(`  wrote ${f}\n`);
      return 0;
    }
    const abs = path.resolve(target);
    let doc;
    const text = await fs.readFile(abs, 'utf8').catch((err) => {
      throw new UsageError(`cannot read ${target} (${err.code ?? err.message})`);
    });
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new UsageError(`${target} is not valid JSON: ${err.message}`);
    }
    const { css } = buildTheme(doc, base, { file: path.basename(abs) });
    const name = doc.$extensions['se.goteborg.theme'].name;
    const written = await writeOutputs(path.resolve(v.out ?? path.dirname(abs)), { [`${name}.css`]: css }, true);
    stdout.write(`gbg-tokens: theme "${name}" checked; every declared pair passes\n${written.map((f) => `  wrote ${f}\n`).join('')}`);
    return 0;
  } catch (err) {
    if (err instanceof ThemeError || err instanceof UsageError) {
      // Say first which text colour works on the refused accent, then every failing role.
      if (err instanceof ThemeError && command === 'create' && isOpaqueHex(v.accent)) {
        for (const [opt, hex] of [['--accent', v.accent], ['--accent-dark', v['accent-dark']]]) {
          if (!isOpaqueHex(hex)) continue;
          const t = textOn(hex);
          const works = ['black', 'white'].filter((c) => t[c] >= 4.5);
          stderr.write(`gbg-tokens: ${opt} ${hex.toUpperCase()}: ${works.length ? `${works.join(' or ')} text works on it` : 'neither black nor white text reaches 4.5:1 on it'} (black ${show(t.black)}:1, white ${show(t.white)}:1; WCAG AA needs 4.5:1)\n`);
        }
      }
      stderr.write(`gbg-tokens: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

// Run as a program (also through the symlink npm puts in node_modules/.bin), not when imported.
if (process.argv[1] && realpathSync(path.resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
