import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDtcg, RELAXED_RULES, TERRAZZO_RULES } from '../scripts/dtcg.mjs';
import { copyTokens, readJson, TOKENS_DIR, writeJson } from './helpers.js';

describe('DTCG validity (Terrazzo parser)', () => {
  it('parses tokens/ in both themes with every token', async () => {
    const ids = await checkDtcg(TOKENS_DIR);
    expect(ids.light).toContain('color.brand.goteborgsbla');
    expect(ids.light).toContain('color.text.default');
    expect(ids.light).toEqual(ids.dark);
    expect(ids.light.length).toBeGreaterThan(140);
  });

  it('relaxes only the documented value-format rules, and the README names each one', async () => {
    expect(Object.keys(RELAXED_RULES).sort()).toEqual(['core/valid-color', 'core/valid-dimension', 'core/valid-duration']);
    expect(TERRAZZO_RULES['core/valid-typography']).toBeDefined();
    expect(TERRAZZO_RULES['core/descriptions']).toBe('error');
    const readme = await fs.readFile(path.join(TOKENS_DIR, 'README.md'), 'utf8');
    for (const rule of Object.keys(RELAXED_RULES)) expect(readme).toContain(rule);
  });

  it('still fails on invalid DTCG (an unparseable colour)', async () => {
    const dir = await copyTokens();
    const file = path.join(dir, 'brand/color.json');
    const doc = await readJson(file);
    doc.color.brand.gul.$value = 'not-a-colour';
    await writeJson(file, doc);
    await expect(checkDtcg(dir)).rejects.toThrow(/valid-color/);
  });

  it('still fails on a token without $description', async () => {
    const dir = await copyTokens();
    const file = path.join(dir, 'brand/space.json');
    const doc = await readJson(file);
    delete doc.space['4'].$description;
    await writeJson(file, doc);
    await expect(checkDtcg(dir)).rejects.toThrow(/descriptions/);
  });
});
