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
 * Validates, then writes every output. Throws TokenValidationError on bad token files.
 * @param {{ tokensDir?: string, outDir?: string }} [options]
 * @returns {Promise<{ files: string[], outDir: string }>}
 */
export async function build({ tokensDir = DEFAULT_TOKENS_DIR, outDir = DEFAULT_OUT_DIR } = {}) {
  const { contrast } = await assertValidTokens(tokensDir);
  const model = await loadTokens(tokensDir);
  const js = buildJsModel(model);
  const outputs = {
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
