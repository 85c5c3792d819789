// DTCG conformance check with Terrazzo's parser, once per theme (brand + that theme's semantic
// tier, since the two themes define the same paths). The relaxed rules are documented in
// tokens/README.md: the source keeps string values because Style Dictionary 4 reads only those.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, defineConfig, Logger, RECOMMENDED_CONFIG } from '@terrazzo/parser';

/** Rules relaxed for the string-value path, with the reason recorded in tokens/README.md. */
export const RELAXED_RULES = {
  // Hex strings instead of { colorSpace, components } objects; the rule still parses each colour.
  'core/valid-color': ['error', { legacyFormat: true }],
  // "16px" instead of { value: 16, unit: "px" }: Terrazzo 2.7 accepts only the object form.
  'core/valid-dimension': 'off',
  // "200ms" instead of { value: 200, unit: "ms" }: same reason.
  'core/valid-duration': 'off',
};

/** Rules added on top of Terrazzo's recommended set. */
export const EXTRA_RULES = {
  'core/descriptions': 'error',
  'core/required-typography-properties': 'error',
  'core/consistent-naming': ['error', { format: 'kebab-case' }],
};

/** @type {Record<string, unknown>} */
export const TERRAZZO_RULES = { ...RECOMMENDED_CONFIG, ...EXTRA_RULES, ...RELAXED_RULES };

async function jsonFiles(dir) {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => path.join(e.parentPath ?? e.path, e.name)).sort();
}

/**
 * Parses tokens/ with Terrazzo. Resolves to the token ids per theme; rejects with Terrazzo's
 * own error text (file, line and rule) when the source is not valid DTCG.
 * @param {string} tokensDir
 * @returns {Promise<Record<'light'|'dark', string[]>>}
 */
export async function checkDtcg(tokensDir) {
  const brand = await jsonFiles(path.join(tokensDir, 'brand'));
  const out = {};
  for (const theme of ['light', 'dark']) {
    const files = [...brand, ...(await jsonFiles(path.join(tokensDir, 'semantic', theme)))];
    const inputs = await Promise.all(files.map(async (f) => ({ filename: pathToFileURL(f), src: await fs.readFile(f, 'utf8') })));
    const config = defineConfig({ lint: { rules: { ...TERRAZZO_RULES } } }, { cwd: pathToFileURL(`${tokensDir}/`) });
    const result = await parse(inputs, { config, logger: new Logger({ level: 'error' }) });
    out[theme] = Object.keys(result.tokens).sort();
  }
  return out;
}
