import { readFileSync } from 'node:fs';
import path from 'node:path';
import stylelint from 'stylelint';
import postcssScss from 'postcss-scss';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import gbgStylelint from '../src/stylelint.js';
import gbgEslint from '../src/eslint.js';
import { fixtures } from './helpers.js';

type Row = [string | null, number, number, string | number];
/** Linters order same-position problems their own way; compare by position, then rule. */
function sorted(rows: Row[]): Row[] {
  return rows.sort((a, b) => a[1] - b[1] || a[2] - b[2] || String(a[0]).localeCompare(String(b[0])));
}

describe('Stylelint plugin', () => {
  async function lint(file: string, extra: Record<string, unknown> = {}) {
    const code = readFileSync(path.join(fixtures, file), 'utf8');
    const result = await stylelint.lint({
      code,
      codeFilename: path.join(fixtures, file),
      config: { ...gbgStylelint.configs.recommended, ...extra },
      ...(file.endsWith('.scss') ? { customSyntax: postcssScss } : {}),
    });
    return sorted(result.results[0]!.warnings.map((w) => [w.rule, w.line, w.column, w.severity]));
  }

  it('reports the same findings as the CLI through Stylelint', async () => {
    expect(await lint('violations/styles.css')).toEqual([
      ['gbg-brand/raw-value', 3, 10, 'warning'],
      ['gbg-brand/text-color', 3, 10, 'error'],
      ['gbg-brand/palette', 6, 17, 'error'],
      ['gbg-brand/contrast', 9, 10, 'error'],
      ['gbg-brand/raw-value', 13, 17, 'warning'],
      ['gbg-brand/icon-color', 16, 9, 'warning'],
    ]);
  });

  it('ends each message with the rule name once', async () => {
    const code = readFileSync(path.join(fixtures, 'violations/styles.css'), 'utf8');
    const result = await stylelint.lint({ code, codeFilename: 'styles.css', config: gbgStylelint.configs.recommended });
    const warnings = result.results[0]!.warnings;
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      expect(w.text.endsWith(`(${w.rule})`), w.text).toBe(true);
      expect(w.text.split(`(${w.rule})`)).toHaveLength(2);
    }
  });

  it('works with postcss-scss', async () => {
    const rules = (await lint('violations/styles.scss')).map((w) => w[0]);
    expect(rules).toEqual(['gbg-brand/palette', 'gbg-brand/text-color', 'gbg-brand/contrast', 'gbg-brand/raw-value', 'gbg-brand/icon-color']);
  });

  it('is quiet on clean code and can be configured rule by rule', async () => {
    expect(await lint('clean/styles.css')).toEqual([]);
    const onlyPalette = await lint('violations/styles.css', {
      rules: { 'gbg-brand/palette': true, 'gbg-brand/text-color': null, 'gbg-brand/raw-value': null, 'gbg-brand/contrast': null, 'gbg-brand/icon-color': null },
    });
    expect(onlyPalette.map((w) => w[0])).toEqual(['gbg-brand/palette']);
  });

  it('rejects invalid options through Stylelint', async () => {
    const result = await stylelint.lint({
      code: '.a { color: red; }',
      config: { plugins: gbgStylelint.configs.recommended.plugins, rules: { 'gbg-brand/palette': [true, { locale: 'fi' }] } },
    });
    expect(result.results[0]!.invalidOptionWarnings.length).toBeGreaterThan(0);
  });
});

describe('ESLint plugin', () => {
  async function lint(file: string) {
    const eslint = new ESLint({
      cwd: fixtures,
      overrideConfigFile: true,
      overrideConfig: [
        gbgEslint.configs.recommended,
        { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      ] as ESLint.Options['overrideConfig'],
    });
    const [result] = await eslint.lintFiles([path.join(fixtures, file)]);
    return sorted(result!.messages.map((m) => [m.ruleId, m.line, m.column, m.severity]));
  }

  it('reports the same findings as the CLI through ESLint', async () => {
    expect(await lint('violations/Inline.jsx')).toEqual([
      ['gbg-brand/raw-value', 4, 32, 1],
      ['gbg-brand/raw-value', 4, 41, 1],
      ['gbg-brand/text-color', 4, 41, 2],
      ['gbg-brand/raw-value', 4, 72, 1],
      ['gbg-brand/raw-value', 5, 28, 1],
      ['gbg-brand/contrast', 5, 37, 2],
      ['gbg-brand/raw-value', 5, 37, 1],
      ['gbg-brand/icon-color', 6, 51, 1],
      ['gbg-brand/raw-value', 6, 51, 1],
      ['gbg-brand/contrast', 7, 27, 2],
      ['gbg-brand/raw-value', 7, 27, 1],
      ['gbg-brand/raw-value', 7, 52, 1],
    ]);
  });

  it('suggests theme entries in messages', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [gbgEslint.configs.recommended] as ESLint.Options['overrideConfig'] });
    const [result] = await eslint.lintText("export const s = style({ padding: '16px' });", { filePath: 'x.css.js' });
    expect(result!.messages.map((m) => m.message)).toEqual([expect.stringContaining('vars.space[4]')]);
  });

  it('exposes a flat-config plugin with meta and a recommended config', () => {
    expect(Object.keys(gbgEslint.rules).sort()).toEqual(['contrast', 'icon-color', 'palette', 'raw-value', 'text-color']);
    expect(gbgEslint.configs.recommended.rules['gbg-brand/palette']).toBe('error');
    expect(gbgEslint.configs.recommended.rules['gbg-brand/raw-value']).toBe('warn');
    expect(gbgEslint.configs.recommended.plugins['gbg-brand']).toBe(gbgEslint);
  });
});
