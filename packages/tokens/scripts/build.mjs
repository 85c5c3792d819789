// Builds tokens/ (DTCG) into packages/tokens/dist.
// Usage: node scripts/build.mjs [--tokens <dir>] [--out <dir>]
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidTokens, TokenValidationError } from './validate.mjs';
import { loadTokens } from './load.mjs';
import { brandMatrix } from './contrast.mjs';
import { formatCss } from './formats/css.mjs';
import { buildJsModel, formatJs, formatDts } from './formats/js.mjs';
import { formatScss } from './formats/scss.mjs';
import { formatJsonNested, formatJsonFlat } from './formats/json.mjs';
import { formatSwift } from './formats/swift.mjs';
import { formatAndroid } from './formats/android.mjs';
import { formatFigma } from './formats/figma.mjs';
import { buildTheme, ThemeError } from '../cli/theme.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_TOKENS_DIR = path.resolve(here, '../../../tokens');
export const DEFAULT_OUT_DIR = path.resolve(here, '../dist');

const HEADER = '/* Göteborgs Stads designsystem — generated from tokens/ by @goteborgsstad/tokens. Do not edit. */';

function formatContrast(contrast, palette) {
  const all = [...contrast.pairs, ...contrast.focusRing];
  return `${JSON.stringify(
    {
      $description: 'WCAG 2.x contrast of every declared semantic pair per theme, the focus ring on every surface, and the full brand × brand matrix. Ratios are rounded to two decimals; pass is decided on the exact ratio.',
      levels: contrast.levels,
      summary: { pairs: all.length, pass: all.filter((p) => p.pass).length, fail: all.filter((p) => !p.pass).length },
      pairs: contrast.pairs,
      focusRing: { bands: contrast.focusBands, surfaces: contrast.focusRing },
      brand: brandMatrix(palette.map((p) => ({ key: p.key, hex: p.hex }))),
    },
    null,
    2,
  )}\n`;
}

/**
 * What the theme CLI needs to prove a sub-brand's contrast without the token source: every
 * semantic colour per theme, the brand colours, and the declared pairs (dist/json/theme-base.json).
 */
async function formatThemeBase(tokensDir, model) {
  const spec = JSON.parse(await fs.readFile(path.join(tokensDir, 'contrast-pairs.json'), 'utf8'));
  const themes = { light: {}, dark: {} };
  for (const t of model.semantic) {
    if (t.type !== 'color') continue;
    themes.light[t.path] = String(t.value).toUpperCase();
    themes.dark[t.path] = String(t.dark.value).toUpperCase();
  }
  const brand = Object.fromEntries(model.brand.filter((t) => t.type === 'color' && t.path.startsWith('color.brand.')).map((t) => [t.path, String(t.value).toUpperCase()]));
  return `${JSON.stringify({ $description: 'Input of gbg-tokens theme: resolved semantic colours per theme, brand colours and the declared contrast pairs.', levels: spec.levels, pairs: spec.pairs.map(({ $description, ...p }) => p), focusRing: spec.focusRing, themes, brand }, null, 2)}\n`;
}

/** Example sub-brand themes in tokens/themes/*.tokens.json, checked and built like a user's. */
async function buildExampleThemes(tokensDir, baseJson) {
  const dir = path.join(tokensDir, 'themes');
  const names = (await fs.readdir(dir).catch(() => [])).filter((f) => f.endsWith('.tokens.json')).sort();
  const base = JSON.parse(baseJson);
  const out = {};
  const issues = [];
  for (const name of names) {
    const file = `themes/${name}`;
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      const { describeJsonError } = await import('./validate.mjs');
      const d = describeJsonError(text, err);
      issues.push({ code: 'json', file, path: '', line: d.line, column: d.column, message: d.message, fix: 'correct the JSON syntax' });
      continue;
    }
    try {
      const { css } = buildTheme(doc, base, { file, header: HEADER });
      const id = name.replace(/\.tokens\.json$/, '');
      out[`themes/${id}.css`] = css;
      out[`themes/${id}.tokens.json`] = text;
    } catch (err) {
      if (!(err instanceof ThemeError)) throw err;
      issues.push(...err.issues.map(({ mode, short, ...i }) => i));
    }
  }
  if (issues.length) throw new TokenValidationError(issues);
  return out;
}

/**
 * Validates, then writes every output. Throws TokenValidationError on bad token files.
 * @param {{ tokensDir?: string, outDir?: string }} [options]
 * @returns {Promise<{ files: string[], outDir: string }>}
 */
export async function build({ tokensDir = DEFAULT_TOKENS_DIR, outDir = DEFAULT_OUT_DIR } = {}) {
  const { contrast } = await assertValidTokens(tokensDir);
  const model = await loadTokens(tokensDir);
  const js = buildJsModel(model);
  const themeBase = await formatThemeBase(tokensDir, model);
  const outputs = {
    'json/theme-base.json': themeBase,
    ...(await buildExampleThemes(tokensDir, themeBase)),
    'css/tokens.css': formatCss(model, HEADER),
    'js/tokens.js': formatJs(js, HEADER),
    'js/tokens.d.ts': formatDts(js, HEADER),
    'scss/_tokens.scss': formatScss(model, HEADER),
    'json/tokens.json': formatJsonNested(model),
    'json/tokens.flat.json': formatJsonFlat(js.flatTokens),
    'json/contrast.json': formatContrast(contrast, js.palette),
    'ios/GbgTokens.swift': formatSwift(model, HEADER),
    ...formatAndroid(model, HEADER),
    'figma/figma-variables.json': formatFigma(model),
  };
  await fs.rm(outDir, { recursive: true, force: true });
  for (const [rel, content] of Object.entries(outputs)) {
    const file = path.join(outDir, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
  return { files: Object.keys(outputs), outDir };
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > -1 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build({ tokensDir: arg('--tokens'), outDir: arg('--out') }).then(
    ({ files }) => console.log(`@goteborgsstad/tokens: wrote ${files.length} files`),
    (err) => {
      console.error(err instanceof TokenValidationError ? err.message : (err.stack ?? err));
      process.exitCode = 1;
    },
  );
}
