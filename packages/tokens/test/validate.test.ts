import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build } from '../scripts/build.mjs';
import { TokenValidationError, validateTokens } from '../scripts/validate.mjs';
import { copyTokens, PACKAGE_DIR, readJson, tempDir, TOKENS_DIR, writeJson } from './helpers.js';

const run = promisify(execFile);

interface Issue { code: string; file: string; path: string; message: string; fix: string }

/** Copies tokens/, applies a change to one file, validates, returns the issues. */
async function issuesAfter(file: string, change: (doc: any) => void): Promise<{ issues: Issue[]; dir: string }> {
  const dir = await copyTokens();
  const abs = path.join(dir, file);
  const doc = await readJson(abs);
  change(doc);
  await writeJson(abs, doc);
  const { issues } = await validateTokens(dir);
  return { issues, dir };
}

describe('token validation', () => {
  it('accepts the real token source', async () => {
    const { issues, contrast } = await validateTokens(TOKENS_DIR);
    expect(issues).toEqual([]);
    expect(contrast!.pairs.length).toBeGreaterThan(100);
  });

  it('broken alias: names file, path and the nearest existing tokens', async () => {
    const { issues } = await issuesAfter('semantic/light/text.json', (d) => {
      d.color.text.default.$value = '{color.brand.svartt}';
    });
    const issue = issues.find((i) => i.code === 'alias');
    expect(issue).toMatchObject({ file: 'semantic/light/text.json', path: 'color.text.default' });
    expect(issue!.message).toContain('broken alias {color.brand.svartt}');
    expect(issue!.fix).toContain('{color.brand.svart}');
  });

  it('a {reference} outside $value (description, font list) is a build error, not a Style Dictionary crash', async () => {
    const { issues, dir } = await issuesAfter('brand/typography.json', (d) => {
      d.font.family.sans.$description = 'Like {font.family.serif}, but without serifs.';
      d.font.family.sans.$value[0] = '{font.family.nope}';
    });
    const stray = issues.filter((i) => i.code === 'alias' && i.path === 'font.family.sans');
    expect(stray.map((i) => i.message)).toEqual([
      '$description contains "{font.family.serif}", which the build reads as a token reference',
      '$value[0] contains "{font.family.nope}", which the build reads as a token reference',
    ]);
    expect(stray[0]!.fix).toMatch(/without curly braces/);
    // Found by the property test: Style Dictionary threw its own reference error here.
    await expect(build({ tokensDir: dir, outDir: path.join(dir, 'out') })).rejects.toBeInstanceOf(TokenValidationError);
  });

  it('wrong $type: a colour declared as a dimension', async () => {
    const { issues } = await issuesAfter('brand/color.json', (d) => {
      d.color.brand.gul.$type = 'dimension';
    });
    const issue = issues.find((i) => i.code === 'type' && i.path === 'color.brand.gul');
    expect(issue).toMatchObject({ file: 'brand/color.json' });
    expect(issue!.message).toMatch(/wrong \$type/);
    expect(issue!.fix).toContain('correct $type to "color"');
  });

  it('unknown $type is named with the supported ones', async () => {
    const { issues } = await issuesAfter('brand/space.json', (d) => {
      d.space.$type = 'spacing';
    });
    const issue = issues.find((i) => i.code === 'type' && i.path === 'space');
    expect(issue).toMatchObject({ file: 'brand/space.json', message: 'wrong $type "spacing"' });
    expect(issue!.fix).toContain('dimension');
  });

  it('raw colour value in the semantic tier suggests the nearest brand primitive', async () => {
    const { issues } = await issuesAfter('semantic/dark/surface.json', (d) => {
      d.color.surface.subtle.$value = '#3F5565';
    });
    const issue = issues.find((i) => i.code === 'raw-value');
    expect(issue).toMatchObject({ file: 'semantic/dark/surface.json', path: 'color.surface.subtle' });
    expect(issue!.message).toContain('raw colour value "#3F5565" in the semantic tier');
    expect(issue!.fix).toContain('{color.brand.morkbla}');
  });

  it('semantic alias to another semantic token is refused', async () => {
    const { issues } = await issuesAfter('semantic/light/link.json', (d) => {
      d.color.link.default.$value = '{color.text.default}';
    });
    const issue = issues.find((i) => i.code === 'semantic');
    expect(issue).toMatchObject({ file: 'semantic/light/link.json', path: 'color.link.default' });
    expect(issue!.fix).toBe('alias {color.brand.svart} directly');
  });

  it('coloured text is refused', async () => {
    const { issues } = await issuesAfter('semantic/light/link.json', (d) => {
      d.color.link.visited.$value = '{color.brand.lila}';
    });
    const issue = issues.find((i) => i.code === 'text-colour');
    expect(issue).toMatchObject({ file: 'semantic/light/link.json', path: 'color.link.visited' });
    expect(issue!.fix).toBe('alias {color.brand.svart} or {color.brand.vit}');
  });

  it('failing contrast pair: black on Göteborgsblå', async () => {
    const { issues } = await issuesAfter('semantic/light/action.json', (d) => {
      d.color.action.primary.foreground.$value = '{color.brand.svart}';
    });
    const issue = issues.find((i) => i.code === 'contrast' && i.message.includes('color.action.primary.background'));
    expect(issue).toMatchObject({ file: 'semantic/light/action.json', path: 'color.action.primary.foreground' });
    expect(issue!.message).toContain('contrast 4.32:1 on color.action.primary.background in the light theme is below 4.5:1 (text)');
    expect(issue!.fix).toContain('{color.brand.vit} (4.86:1)');
    expect(issue!.fix).toContain('contrast-pairs.json');
  });

  it('failing focus ring on a surface', async () => {
    const { issues } = await issuesAfter('semantic/dark/focus.json', (d) => {
      d.color.focus.outer.$value = '{color.brand.morkbla}';
      d.color.focus.inner.$value = '{color.brand.svart}';
    });
    const ring = issues.filter((i) => i.code === 'contrast' && i.path === 'color.focus.outer');
    expect(ring.length).toBeGreaterThan(0);
    expect(ring.every((i) => i.file === 'semantic/dark/focus.json')).toBe(true);
    expect(ring.map((i) => i.message).join('\n')).toMatch(/focus ring (bands differ by only|reaches only)/);
  });

  it('missing $description', async () => {
    const { issues } = await issuesAfter('brand/layout.json', (d) => {
      delete d['z-index'].modal.$description;
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'description', file: 'brand/layout.json', path: 'z-index.modal', message: 'missing $description' }),
    );
    expect(issues.find((i) => i.code === 'description')!.fix).toMatch(/add "\$description"/);
  });

  it('a token missing in one theme', async () => {
    const { issues } = await issuesAfter('semantic/dark/icon.json', (d) => {
      delete d.color.icon.inverse;
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'theme-parity', file: 'semantic/light/icon.json', path: 'color.icon.inverse' }));
  });

  it('a contrast pair naming a token that does not exist', async () => {
    const { issues } = await issuesAfter('contrast-pairs.json', (d) => {
      d.pairs.push({ foreground: 'color.text.muted', background: ['color.surface.default'], level: 'text' });
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'contrast-pair', file: 'contrast-pairs.json', path: expect.stringContaining('color.text.muted') }));
  });

  it('invalid JSON names the file', async () => {
    const dir = await copyTokens();
    await fs.writeFile(path.join(dir, 'brand/motion.json'), '{ "motion": { , } }');
    const { issues } = await validateTokens(dir);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'json', file: 'brand/motion.json' }));
  });

  it('invalid JSON gives line and column, the file and the offending line', async () => {
    const dir = await copyTokens();
    const text = await fs.readFile(path.join(dir, 'brand/motion.json'), 'utf8');
    // Break the third line: a trailing comma before a closing brace.
    const lines = text.split('\n');
    lines[2] = `${lines[2]} ,}`;
    await fs.writeFile(path.join(dir, 'brand/motion.json'), lines.join('\n'));
    const { issues } = await validateTokens(dir);
    const issue = issues.find((i) => i.code === 'json') as Issue & { line: number; column: number };
    expect(issue).toMatchObject({ file: 'brand/motion.json', line: 3 });
    expect(issue.column).toBeGreaterThan(lines[2].length - 3);
    expect(issue.message).toMatch(/^invalid JSON at line 3, column \d+: /);
    expect(issue.message).not.toMatch(/position/);
    const error = await build({ tokensDir: dir, outDir: await tempDir('out') }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(TokenValidationError);
    expect((error as Error).message).toContain(`✖ brand/motion.json:3:${issue.column} › (file)`);
  });

  it('invalid JSON at the end of a file and in contrast-pairs.json has a line too', async () => {
    const dir = await copyTokens();
    await fs.writeFile(path.join(dir, 'brand/layout.json'), '{\n  "breakpoint": {\n');
    await fs.writeFile(path.join(dir, 'contrast-pairs.json'), '{\n  "levels": {},\n  // comment\n}');
    const { issues } = await validateTokens(dir);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'json', file: 'brand/layout.json', line: 3, column: 1 }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'json', file: 'contrast-pairs.json', line: 3, column: 3 }));
  });

  it('a malformed hex value is a build error with file, path and fix, never a TypeError', async () => {
    const dir = await copyTokens();
    const file = path.join(dir, 'brand/color.json');
    const doc = await readJson(file);
    doc.color.brand.goteborgsbla.$value = '#GGHHII';
    await writeJson(file, doc);
    const error = await build({ tokensDir: dir, outDir: await tempDir('out') }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(TokenValidationError);
    const issues = (error as TokenValidationError & { issues: Issue[] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'type', file: 'brand/color.json', path: 'color.brand.goteborgsbla' });
    expect(issues[0]!.message).toContain('"#GGHHII" is not a colour ("GHI" are not hex digits');
    expect(issues[0]!.fix).toBe('write a 6- or 8-digit hex string such as "#0076BC"');
  });

  it('a malformed hex in the semantic tier is reported once, not as a contrast cascade', async () => {
    const { issues } = await issuesAfter('semantic/light/surface.json', (d) => {
      d.color.surface.default.$value = '#12345G';
    });
    expect(issues.filter((i) => i.path === 'color.surface.default').map((i) => i.code)).toEqual(['type', 'raw-value']);
    expect(issues.some((i) => i.code === 'contrast')).toBe(false);
  });

  it('an unknown contrast level is one clear error, not a cascade of "below undefined"', async () => {
    const { issues } = await issuesAfter('contrast-pairs.json', (d) => {
      d.pairs[0].level = 'txt';
      d.pairs[2].level = 'txt';
    });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'contrast-spec', file: 'contrast-pairs.json', path: 'pairs[0, 2]', message: 'unknown contrast level "txt" (in 2 pairs); these pairs were not checked' }),
    ]);
    expect(issues[0]!.fix).toContain('text, large-text, ui, focus');
  });

  it('a level named like an Object.prototype member is unknown too', async () => {
    const { issues } = await issuesAfter('contrast-pairs.json', (d) => {
      d.pairs[0].level = 'constructor';
    });
    expect(issues.map((i) => i.message)).toEqual(['unknown contrast level "constructor" (in 1 pair); these pairs were not checked']);
  });

  it('malformed pairs and focus ring are named, not crashed on', async () => {
    const { issues } = await issuesAfter('contrast-pairs.json', (d) => {
      d.pairs.push(null, { foreground: 'color.text.default', background: [], level: 'text' }, { foreground: 1, background: 'x', level: 'text' });
      d.focusRing.surfaces = 'color.surface.default';
    });
    const base = (await readJson(path.join(TOKENS_DIR, 'contrast-pairs.json'))).pairs.length;
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      `contrast-spec pairs[${base}]`,
      `contrast-spec pairs[${base + 1}]`,
      `contrast-spec pairs[${base + 2}]`,
      'contrast-spec focusRing',
    ]);
  });

  it('a raw value in the dark theme names the token and the rule, never {undefined}', async () => {
    const { issues } = await issuesAfter('semantic/dark/text.json', (d) => {
      d.color.text.default.$value = '#000000';
    });
    expect(issues[0]).toMatchObject({ code: 'raw-value', file: 'semantic/dark/text.json', path: 'color.text.default' });
    expect(issues[0]!.message).toBe('raw colour value "#000000" in the semantic tier (dark theme); the semantic tier aliases brand primitives only');
    const text = issues.map((i) => `${i.message} ${i.fix}`).join('\n');
    expect(text).not.toContain('undefined');
    expect(issues.find((i) => i.code === 'contrast')!.message).toContain('raw value "#000000" on {color.brand.svart}');
  });

  it('build() stops with a TokenValidationError and writes nothing', async () => {
    const dir = await copyTokens();
    const file = path.join(dir, 'semantic/light/surface.json');
    const doc = await readJson(file);
    doc.color.surface.brand.$value = '#0076BC';
    await writeJson(file, doc);
    const outDir = path.join(await tempDir('out'), 'dist');
    const error = await build({ tokensDir: dir, outDir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TokenValidationError);
    expect((error as Error).message).toContain('semantic/light/surface.json › color.surface.brand');
    expect((error as Error).message).toContain('Fix: alias a brand primitive instead, e.g. "$value": "{color.brand.goteborgsbla}"');
    await expect(fs.stat(outDir)).rejects.toThrow();
  });

  it('the CLI exits non-zero and prints file, path and fix', async () => {
    const dir = await copyTokens();
    const file = path.join(dir, 'semantic/dark/text.json');
    const doc = await readJson(file);
    doc.color.text.default.$value = '{color.brand.nope}';
    await writeJson(file, doc);
    const outDir = await tempDir('cli');
    const result = await run('node', [path.join(PACKAGE_DIR, 'scripts/build.mjs'), '--tokens', dir, '--out', outDir]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('semantic/dark/text.json › color.text.default');
    expect(result.stderr).toContain('broken alias {color.brand.nope}');
    expect(result.stderr).toContain('Fix: ');
  });
});
