// Builds tokens/ (DTCG) into packages/tokens/dist. Usage: node scripts/build.mjs [--out <dir>] [--tokens <dir>]
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTokens } from './load.mjs';
import { formatCss } from './formats/css.mjs';
import { buildJsModel, formatJs, formatDts } from './formats/js.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_TOKENS_DIR = path.resolve(here, '../../../tokens');
export const DEFAULT_OUT_DIR = path.resolve(here, '../dist');

const HEADER = '/* Göteborgs Stads designsystem — generated from tokens/ by @goteborgsstad/tokens. Do not edit. */';

/**
 * @param {{ tokensDir?: string, outDir?: string }} [options]
 * @returns {Promise<{ files: string[] }>}
 */
export async function build({ tokensDir = DEFAULT_TOKENS_DIR, outDir = DEFAULT_OUT_DIR } = {}) {
  const model = await loadTokens(tokensDir);
  const js = buildJsModel(model);
  const outputs = {
    'css/tokens.css': formatCss(model, HEADER),
    'js/tokens.js': formatJs(js, HEADER),
    'js/tokens.d.ts': formatDts(js, HEADER),
  };
  await fs.rm(outDir, { recursive: true, force: true });
  const files = [];
  for (const [rel, content] of Object.entries(outputs)) {
    const file = path.join(outDir, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
    files.push(rel);
  }
  return { files };
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > -1 ? path.resolve(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build({ tokensDir: arg('--tokens'), outDir: arg('--out') }).then(
    ({ files }) => console.log(`@goteborgsstad/tokens: wrote ${files.length} files`),
    (err) => {
      console.error(err.message ?? err);
      process.exitCode = 1;
    },
  );
}
