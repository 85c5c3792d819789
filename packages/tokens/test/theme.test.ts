// End to end: `gbg-tokens theme create` writes a DTCG theme and CSS into a temp folder; the CSS,
// resolved the way a browser cascades it over tokens.css, passes every declared contrast pair
// (computed here with culori, independently of the CLI's own contrast code).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, wcagContrast } from 'culori';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCENT_PATHS } from '../cli/theme.mjs';
import { buildToTemp, PACKAGE_DIR, readJson, tempDir, TOKENS_DIR, writeJson } from './helpers.js';

const run = promisify(execFile);
const CLI = path.join(PACKAGE_DIR, 'cli/gbg-tokens.mjs');

let distDir: string;
let base: string;
beforeAll(async () => {
  distDir = await buildToTemp();
  base = path.join(distDir, 'json/theme-base.json');
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run('node', [CLI, ...args, '--base', base]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

type Decls = Record<string, string>;
/** Innermost CSS rules (those inside @media too) as selector list → declarations. */
function cssRules(css: string): Array<{ selectors: string[]; decls: Decls }> {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selectors: m[1]!.split(',').map((s) => s.trim()),
    decls: Object.fromEntries(
      m[2]!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
    ),
  }));
}
const rule = (css: string, selector: string): Decls => {
  const found = cssRules(css).filter((r) => r.selectors.includes(selector));
  expect(found.length, selector).toBeGreaterThan(0);
  return Object.assign({}, ...found.map((r) => r.decls));
};
function resolveVar(value: string, decls: Decls, depth = 0): string {
  const m = /^var\((--[a-z0-9-]+)\)$/.exec(value);
  if (!m) return value;
  expect(depth).toBeLessThan(10);
  const name = m[1]!;
  expect(decls[name], name).toBeDefined();
  return resolveVar(decls[name]!, decls, depth + 1);
}
const cssVar = (p: string) => `--gbg-${p.split('.').join('-')}`;

/** Checks every declared pair and the focus ring on resolved custom properties. */
async function failingPairs(decls: Decls, theme: 'light' | 'dark'): Promise<string[]> {
  const spec = await readJson(path.join(TOKENS_DIR, 'contrast-pairs.json'));
  const hex = (p: string) => resolveVar(decls[cssVar(p)] ?? `missing ${p}`, decls);
  const ratio = (a: string, b: string) => wcagContrast(parse(a)!, parse(b)!);
  const failing: string[] = [];
  let checked = 0;
  for (const pair of spec.pairs) {
    if (pair.themes && !pair.themes.includes(theme)) continue;
    for (const bg of [pair.background].flat()) {
      checked += 1;
      const r = ratio(hex(pair.foreground), hex(bg));
      if (r < spec.levels[pair.level].minimum) failing.push(`${pair.foreground} on ${bg}: ${r.toFixed(2)}`);
    }
  }
  for (const surface of spec.focusRing.surfaces) {
    const best = Math.max(ratio(hex(spec.focusRing.outer), hex(surface)), ratio(hex(spec.focusRing.inner), hex(surface)));
    if (best < spec.levels.focus.minimum) failing.push(`focus ring on ${surface}: ${best.toFixed(2)}`);
  }
  expect(checked).toBeGreaterThan(50);
  return failing;
}

describe('gbg-tokens theme create', () => {
  it('writes a DTCG theme and CSS whose every declared pair passes in both themes', async () => {
    const out = await tempDir('theme');
    const r = await cli(['theme', 'create', 'exempelbolaget', '--accent', '#8a1538', '--accent-dark', '#F9D3DE', '--display-name', 'Exempelbolaget AB', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('light: accent #8A1538 with white text (9.35:1)');
    expect(r.stdout).toContain('dark: accent #F9D3DE with black text');
    expect(r.stdout).toContain('"En del av Göteborgs Stad" / "A municipal company, City of Gothenburg"');
    expect((await fs.readdir(out)).sort()).toEqual(['exempelbolaget.css', 'exempelbolaget.tokens.json']);

    // The theme file: its literal hex colour tokens are the palette gbg-brand allows for it.
    const doc = await readJson(path.join(out, 'exempelbolaget.tokens.json'));
    const meta = doc.$extensions['se.goteborg.theme'];
    expect(meta).toMatchObject({ name: 'exempelbolaget', kind: 'company', displayName: 'Exempelbolaget AB', selector: '[data-gbg-brand="exempelbolaget"]' });
    expect(meta.guarantee).toEqual({ sv: 'En del av Göteborgs Stad', en: 'A municipal company, City of Gothenburg' });
    expect(doc.color.$type).toBe('color');
    expect(Object.values(doc.color.subbrand.exempelbolaget).filter((t: any) => t?.$value).map((t: any) => t.$value)).toEqual(['#8A1538', '#F9D3DE']);

    // The CSS replaces only the semantic accent variables (plus the theme's own palette).
    const css = await fs.readFile(path.join(out, 'exempelbolaget.css'), 'utf8');
    const declared = new Set(cssRules(css).flatMap((x) => Object.keys(x.decls)));
    const allowed = new Set([...ACCENT_PATHS.map(cssVar), '--gbg-color-subbrand-exempelbolaget-accent', '--gbg-color-subbrand-exempelbolaget-accent-dark']);
    expect([...declared].filter((d) => !allowed.has(d))).toEqual([]);
    expect(css).not.toMatch(/#(?!8A1538|F9D3DE)[0-9A-F]{6}/i);

    // Cascade it over the city's tokens.css the way a browser would for each theme.
    const tokensCss = await fs.readFile(path.join(distDir, 'css/tokens.css'), 'utf8');
    const b = '[data-gbg-brand="exempelbolaget"]';
    const root = rule(tokensCss, ':root');
    const palette = rule(css, b);
    const scoped = (theme: string) => cssRules(css.slice(css.indexOf(`@scope ([data-gbg-theme="${theme}"])`)))[0]!.decls;
    const light = { ...root, ...rule(tokensCss, '[data-gbg-theme="light"]'), ...palette, ...rule(css, `:where(${b}:not([data-gbg-theme]))`) };
    expect(scoped('light')).toEqual(rule(css, `:where(${b}:not([data-gbg-theme]))`));
    const dark = { ...root, ...rule(tokensCss, '[data-gbg-theme="dark"]'), ...palette, ...scoped('dark') };
    expect(resolveVar(light['--gbg-color-action-primary-background']!, light)).toBe('#8A1538');
    expect(resolveVar(light['--gbg-color-surface-brand']!, light)).toBe('#8A1538');
    expect(resolveVar(dark['--gbg-color-action-primary-background']!, dark)).toBe('#F9D3DE');
    expect(resolveVar(dark['--gbg-color-action-primary-foreground']!, dark)).toBe('#000000');
    expect(await failingPairs(light, 'light')).toEqual([]);
    expect(await failingPairs(dark, 'dark')).toEqual([]);
    // Which theme region wins where is checked in Chromium (theme-cascade.test.ts).
  });

  it('a unit gets "<unit> är en del av Göteborgs Stad"; without --accent-dark a dark accent keeps the city dark theme', async () => {
    const out = await tempDir('theme');
    const r = await cli(['theme', 'create', 'exempelhuset', '--accent', '#1F5C3A', '--kind', 'unit', '--display-name', 'Exempelhuset', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("note: dark theme keeps the city's accents");
    expect(r.stdout).toContain('--accent-dark');
    const doc = await readJson(path.join(out, 'exempelhuset.tokens.json'));
    expect(doc.$extensions['se.goteborg.theme'].guarantee).toEqual({ sv: 'Exempelhuset är en del av Göteborgs Stad', en: 'Exempelhuset is part of the City of Gothenburg' });
    expect(Object.keys(doc.$extensions['se.goteborg.theme'].semantic)).toEqual(['light']);
    const css = await fs.readFile(path.join(out, 'exempelhuset.css'), 'utf8');
    expect(css).not.toContain('accent-dark');
  });

  it('refuses an accent that cannot carry the roles, and says which text colour works', async () => {
    const out = await tempDir('theme');
    const r = await cli(['theme', 'create', 'gulbolaget', '--accent', '#FFCD37', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--accent #FFCD37: black text works on it (black 14.04:1, white 1.50:1; WCAG AA needs 4.5:1)');
    expect(r.stderr).toContain('✖ gulbolaget.tokens.json › color.surface.brand');
    expect(r.stderr).toContain('color.text.inverse on color.surface.brand is 1.50:1, below 4.5:1 (text)');
    expect(r.stderr).toContain('color.action.primary.background on color.surface.default is 1.50:1, below 3:1 (ui)');
    expect(r.stderr).toContain('Fix: a filled or outlined action must stand out from what it sits on: choose a darker --accent');
    expect(await fs.readdir(out)).toEqual([]);
  });

  it('refuses a forced text colour that fails, naming the one that works', async () => {
    const r = await cli(['theme', 'create', 'blabolaget', '--accent', '#0076BC', '--text', 'black', '--out', await tempDir('theme')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('color.action.primary.foreground on color.action.primary.background is 4.32:1, below 4.5:1 (text)');
    expect(r.stderr).toContain('Fix: use --text white (white text 4.86:1 on #0076BC)');
  });

  it('refuses a dark accent that fails in the dark theme', async () => {
    const r = await cli(['theme', 'create', 'x', '--accent', '#8A1538', '--accent-dark', '#8A1538', '--out', await tempDir('theme')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dark theme: color.action.primary.background on color.surface.default');
    expect(r.stderr).toContain('choose a lighter --accent-dark');
  });

  it('bad options get one clear line each, never a stack trace', async () => {
    const bad = await cli(['theme', 'create', 'Exempel Bolaget', '--accent', '#GGHHII', '--text', 'red', '--out', await tempDir('theme')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('theme name "Exempel Bolaget" is not lower-case kebab-case');
    expect(bad.stderr).toContain('--accent "#GGHHII" is not an opaque hex colour');
    expect(bad.stderr).toContain('--text "red": text is always black or white');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const missing = await cli(['theme', 'create', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--accent is missing');
    const unknown = await cli(['theme', 'create', 'x', '--accent', '#8A1538', '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    const wrong = await cli(['theme', 'delete', 'x']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('unknown command "theme delete x"');
  });

  it('does not overwrite a theme without --force', async () => {
    const out = await tempDir('theme');
    const args = ['theme', 'create', 'exempelbolaget', '--accent', '#8A1538', '--out', out];
    expect((await cli(args)).code).toBe(0);
    const again = await cli(args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exempelbolaget.tokens.json exists already');
    expect((await cli([...args, '--force'])).code).toBe(0);
  });
});

describe('gbg-tokens theme build', () => {
  it('rebuilds the CSS of an edited theme and refuses coloured text or a non-accent token', async () => {
    const out = await tempDir('theme');
    expect((await cli(['theme', 'create', 'exempelbolaget', '--accent', '#8A1538', '--accent-dark', '#F9D3DE', '--out', out])).code).toBe(0);
    const file = path.join(out, 'exempelbolaget.tokens.json');
    const doc = await readJson(file);
    doc.color.subbrand.exempelbolaget.accent.$value = '#6B2C91';
    await writeJson(file, doc);
    const ok = await cli(['theme', 'build', file]);
    expect(ok.code).toBe(0);
    expect(await fs.readFile(path.join(out, 'exempelbolaget.css'), 'utf8')).toContain('--gbg-color-subbrand-exempelbolaget-accent: #6B2C91;');

    const light = doc.$extensions['se.goteborg.theme'].semantic.light;
    light['color.action.primary.foreground'] = '{color.subbrand.exempelbolaget.accent-dark}';
    light['color.text.default'] = '{color.brand.svart}';
    doc.$extensions['se.goteborg.theme'].guarantee.sv = 'Ett bolag';
    await writeJson(file, doc);
    const refused = await cli(['theme', 'build', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('text colour #F9D3DE: text is always black or white (graphic profile)');
    expect(refused.stderr).toContain('color.text.default cannot be replaced by a sub-brand: only the accent tokens can');
    expect(refused.stderr).toContain('a company\'s guarantee text is "En del av Göteborgs Stad"');
  });

  it('the example themes in tokens/themes are built into the package', async () => {
    const css = await fs.readFile(path.join(distDir, 'themes/exempelbolaget.css'), 'utf8');
    expect(css).toContain('[data-gbg-brand="exempelbolaget"]');
    const unit = await readJson(path.join(distDir, 'themes/exempelhuset.tokens.json'));
    expect(unit.$extensions['se.goteborg.theme'].guarantee.sv).toBe('Exempelhuset är en del av Göteborgs Stad');
  });
});
