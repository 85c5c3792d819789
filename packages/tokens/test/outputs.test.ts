import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildToTemp, importBuilt, leaves, PACKAGE_DIR, rawTokens, readJson, tempDir, TOKENS_DIR, type BuiltModule } from './helpers.js';

const run = promisify(execFile);

/** Custom property declarations of the first rule whose selector text matches exactly. */
function block(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  let depth = 0;
  let end = start;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  const body = css.slice(css.indexOf('{', start) + 1, end);
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('build outputs', () => {
  let outDir: string;
  let built: BuiltModule;
  let brandCount: number;
  let semanticCount: number;

  beforeAll(async () => {
    outDir = await buildToTemp();
    built = await importBuilt(outDir);
    brandCount = (await rawTokens(TOKENS_DIR, 'brand')).length;
    semanticCount = (await rawTokens(TOKENS_DIR, 'semantic/light')).length;
  });

  const read = (rel: string) => fs.readFile(path.join(outDir, rel), 'utf8');

  it('writes every file the package exports', async () => {
    const pkg = await readJson(path.join(PACKAGE_DIR, 'package.json'));
    const targets = Object.entries(pkg.exports as Record<string, string | Record<string, string>>)
      .filter(([k]) => k !== './package.json')
      .flatMap(([sub, v]) => {
        if (typeof v !== 'string') return Object.values(v);
        expect(path.extname(v), sub).toBe(path.extname(sub)); // subpaths end in their file's extension
        return [v];
      });
    for (const target of targets) {
      const rel = target.replace(/^\.\/dist\//, '');
      if (rel.includes('*')) {
        // Pattern exports (sub-brand example themes): at least one built file matches.
        const [dir, pattern] = [path.dirname(rel), path.basename(rel)];
        const [pre = '', post = ''] = pattern.split('*');
        const names = await fs.readdir(path.join(outDir, dir));
        expect(names.filter((n) => n.startsWith(pre) && n.endsWith(post)).length, target).toBeGreaterThan(0);
        continue;
      }
      await expect(fs.stat(path.join(outDir, rel)), target).resolves.toBeTruthy();
    }
  });

  describe('CSS', () => {
    let css: string;
    beforeAll(async () => {
      css = await read('css/tokens.css');
    });

    it('declares every primitive on :root and every semantic token per theme', () => {
      const root = block(css, ':root');
      const light = block(css, ':root,\n[data-gbg-theme="light"],\n[data-gbg-theme="auto"]');
      const dark = block(css, '[data-gbg-theme="dark"]');
      expect(root.size).toBe(brandCount);
      expect(light.size).toBe(semanticCount);
      expect(dark.size).toBe(semanticCount);
      const all = new Set([...root.keys(), ...light.keys()]);
      expect(all.size).toBe(built.flatTokens.length);
      for (const t of built.flatTokens) expect(all.has(t.cssVar), t.cssVar).toBe(true);
      expect(root.get('--gbg-space-4')).toBe('16px');
      expect(root.get('--gbg-color-brand-goteborgsbla')).toBe('#0076BC');
    });

    it('semantic values reference primitives with var(), different per theme', () => {
      const light = block(css, ':root,\n[data-gbg-theme="light"],\n[data-gbg-theme="auto"]');
      const dark = block(css, '[data-gbg-theme="dark"]');
      expect(light.get('--gbg-color-text-default')).toBe('var(--gbg-color-brand-svart)');
      expect(dark.get('--gbg-color-text-default')).toBe('var(--gbg-color-brand-vit)');
      for (const v of [...light.values(), ...dark.values()]) expect(v).toMatch(/^var\(--gbg-color-brand-[a-z]+\)$/);
    });

    it('the auto theme follows prefers-color-scheme and reduced motion zeroes every duration', () => {
      const auto = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
      expect(block(auto, '  [data-gbg-theme="auto"]').size).toBe(semanticCount);
      const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
      const durations = built.flatTokens.filter((t) => t.type === 'duration');
      const zeroed = block(reduced, '  :root');
      expect(zeroed.size).toBe(durations.length);
      for (const d of durations) expect(zeroed.get(d.cssVar)).toBe('0ms');
    });

    it('braces balance', () => {
      expect(css.split('{').length).toBe(css.split('}').length);
    });
  });

  describe('JS', () => {
    it('exports cssVarTree, tokens, darkTokens and flatTokens covering every token', () => {
      expect(built.cssVarTree.color.text.default).toBe('--gbg-color-text-default');
      expect(built.cssVarTree.color.action.primary.background).toBe('--gbg-color-action-primary-background');
      expect(leaves(built.cssVarTree)).toHaveLength(brandCount + semanticCount);
      expect(built.flatTokens).toHaveLength(brandCount + semanticCount);
      expect(built.flatTokens.filter((t) => t.tier === 'semantic').every((t) => typeof t.darkValue === 'string')).toBe(true);
      expect(built.tokens.color.text.default).toBe('#000000');
      expect(built.darkTokens.color.text.default).toBe('#FFFFFF');
      expect(built.tokens.space['4']).toBe('16px');
      for (const t of built.flatTokens) expect(t.cssVar).toBe(`--gbg-${t.path.split('.').join('-')}`);
    });

    it('the .d.ts types leaves as literal CSS variable names', async () => {
      const dir = await tempDir('types');
      const dts = path.join(outDir, 'js/tokens.js').replace(/\\/g, '/');
      await fs.writeFile(
        path.join(dir, 'ok.ts'),
        `import { cssVarTree, palette } from ${JSON.stringify(dts)};\n` +
          `const a: '--gbg-color-text-default' = cssVarTree.color.text.default;\n` +
          `const b: '--gbg-space-4' = cssVarTree.space['4'];\n` +
          `const c: \`--gbg-color-brand-\${string}\` = palette[0]!.cssVar;\nexport { a, b, c };\n`,
      );
      await fs.writeFile(
        path.join(dir, 'bad.ts'),
        `import { cssVarTree } from ${JSON.stringify(dts)};\nexport const a: '--gbg-color-text-inverse' = cssVarTree.color.text.default;\n`,
      );
      const tsc = path.resolve(PACKAGE_DIR, '../../node_modules/.bin/tsc');
      const args = (f: string) => ['--ignoreConfig', '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'false', path.join(dir, f)];
      await expect(run(tsc, args('ok.ts'))).resolves.toBeTruthy();
      const bad = await run(tsc, args('bad.ts')).then(
        () => '',
        (e: { stdout: string }) => e.stdout,
      );
      expect(bad).toMatch(/TS2322/);
    });
  });

  describe('JSON, SCSS, Figma', () => {
    it('nested and flat JSON carry every token', async () => {
      const nested = await readJson(path.join(outDir, 'json/tokens.json'));
      const nestedLeaves = leaves(nested).filter(([p]) => p.endsWith('.cssVar'));
      expect(nestedLeaves).toHaveLength(brandCount + semanticCount);
      expect(nested.space['4']).toMatchObject({ value: '16px', type: 'dimension', cssVar: '--gbg-space-4' });
      expect(nested.color.text.default).toMatchObject({ value: '#000000', darkValue: '#FFFFFF', alias: 'color.brand.svart' });
      const flat = await readJson(path.join(outDir, 'json/tokens.flat.json'));
      expect(flat).toEqual(JSON.parse(JSON.stringify(built.flatTokens)));
    });

    it('SCSS declares a variable per token and both theme maps', async () => {
      const scss = await read('scss/_tokens.scss');
      const vars = [...scss.matchAll(/^\$(gbg-[\w-]+):/gm)].map((m) => m[1]);
      expect(vars.filter((v) => !v!.startsWith('gbg-theme-'))).toHaveLength(brandCount + semanticCount);
      expect(scss).toContain('$gbg-space-4: 16px !default;');
      expect(scss).toContain('$gbg-color-text-default: var(--gbg-color-text-default) !default;');
      expect(scss.match(/^ {2}"color\.text\.default": /gm)).toHaveLength(2);
    });

    it('Figma file has brand and both theme sets, with modes Light and Dark', async () => {
      const figma = await readJson(path.join(outDir, 'figma/figma-variables.json'));
      expect(figma.$themes.map((t: { name: string }) => t.name)).toEqual(['Light', 'Dark']);
      expect(leaves(figma.brand).filter(([p]) => p.endsWith('.description'))).toHaveLength(brandCount);
      expect(leaves(figma['semantic/light']).filter(([p]) => p.endsWith('.description'))).toHaveLength(semanticCount);
      expect(figma['semantic/dark'].color.text.default.value).toBe('{color.brand.vit}');
      expect(figma.brand.space['4']).toMatchObject({ value: '16px', type: 'spacing' });
    });
  });

  describe('native', () => {
    it('Swift: px become pt (space.4 = 16), colours are UIColor, durations seconds, no CSS leftovers', async () => {
      const swift = await read('ios/GbgTokens.swift');
      expect(swift).toMatch(/public static let space4: CGFloat = 16$/m);
      expect(swift).toMatch(/public static let fontSizeMd: CGFloat = 16$/m);
      expect(swift).toMatch(/public static let sizeTargetDefault: CGFloat = 44$/m);
      expect(swift).toMatch(/public static let base: TimeInterval = 0\.2$/m);
      expect(swift).toMatch(/public static let brandGoteborgsbla = UIColor\(red: 0\.0 \/ 255\.0, green: 118\.0 \/ 255\.0, blue: 188\.0 \/ 255\.0, alpha: 1\.0\)/);
      expect(swift).toMatch(/public static let textDefault = UIColor \{ \$0\.userInterfaceStyle == \.dark \? Colors\.brandVit : Colors\.brandSvart \}/);
      // No CSS syntax reached Swift: no units, var(), cubic-bezier(), or generic font families.
      const code = swift.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
      expect(code).not.toMatch(/\d(px|ms|rem)\b|var\(|cubic-bezier|sans-serif|'/);
      const colours = [...swift.matchAll(/public static let (\w+) = UIColor[ (]/g)];
      expect(colours).toHaveLength(17 + semanticCount);
      const dims = [...swift.matchAll(/: CGFloat = /g)];
      expect(dims.length).toBeGreaterThanOrEqual(built.flatTokens.filter((t) => t.type === 'dimension').length);
      expect(swift.split('{').length).toBe(swift.split('}').length);
    });

    it('Android: dimensions in dp, font sizes in sp (space.4 = 16dp, not 256), colours #AARRGGBB', async () => {
      const dimens = await read('android/dimens.xml');
      expect(dimens).toContain('<dimen name="gbg_space_4">16dp</dimen>');
      expect(dimens).toContain('<dimen name="gbg_font_size_md">16sp</dimen>');
      expect(dimens).toContain('<dimen name="gbg_size_target_default">44dp</dimen>');
      expect(dimens).not.toMatch(/256dp|px</);
      const dimensionCount = built.flatTokens.filter((t) => t.type === 'dimension').length;
      expect(dimens.match(/<dimen /g)).toHaveLength(dimensionCount);
      const colours = await read('android/colors.xml');
      expect(colours).toContain('<color name="gbg_color_brand_goteborgsbla">#FF0076BC</color>');
      expect(colours).toContain('<color name="gbg_color_text_default">@color/gbg_color_brand_svart</color>');
      expect(colours.match(/<color /g)).toHaveLength(17 + semanticCount);
      const night = await read('android/values-night/colors.xml');
      expect(night).toContain('<color name="gbg_color_text_default">@color/gbg_color_brand_vit</color>');
      expect(night.match(/<color /g)).toHaveLength(semanticCount);
      const integers = await read('android/integers.xml');
      expect(integers).toContain('<integer name="gbg_motion_duration_base">200</integer>');
      for (const xml of [dimens, colours, night, integers]) {
        expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
        expect(xml.match(/<(color|dimen|integer|item) /g)!.length).toBe(xml.match(/<\/(color|dimen|integer|item)>/g)!.length);
        expect(xml).not.toMatch(/<!--[^>]*--[^>]*-->/);
      }
    });
  });
});
