import { describe, expect, it } from 'vitest';
import { rawTokens, TOKENS_DIR } from './helpers.js';

const THEMES = ['light', 'dark'] as const;
const ALIAS = /^\{(color\.brand\.[a-z]+)\}$/;

/** The naming contract from the team brief: every one of these must exist. */
const expand = (prefix: string, keys: string[]) => keys.map((k) => `${prefix}.${k}`);
const REQUIRED_BRAND = [
  ...expand('color.brand', ['goteborgsbla', 'morkbla', 'gron', 'turkos', 'gul', 'rod', 'rosa', 'lila', 'gra', 'ljusgron', 'ljusbla', 'ljusgul', 'aprikos', 'ljusrosa', 'violett', 'svart', 'vit']),
  ...expand('font.family', ['sans', 'mono']),
  ...expand('font.weight', ['regular', 'medium', 'semibold', 'bold']),
  ...expand('font.size', ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl']),
  ...expand('font.heading-size', ['narrow-1', 'narrow-2', 'narrow-3', 'narrow-4']),
  ...expand('font.line-height', ['tight', 'snug', 'normal', 'relaxed']),
  ...expand('typography', ['heading-1', 'heading-2', 'heading-3', 'heading-4', 'heading-5', 'heading-6', 'lead', 'body', 'small']),
  ...expand('space', ['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16']),
  ...expand('size.target', ['minimum', 'default']),
  ...expand('size.icon', ['sm', 'md', 'lg', 'xl']),
  ...expand('size.container', ['narrow', 'default', 'wide']),
  ...expand('radius', ['none', 'sm', 'md', 'lg', 'pill']),
  ...expand('border.width', ['thin', 'medium', 'thick']),
  ...expand('shadow', ['sm', 'md', 'lg']),
  ...expand('motion.duration', ['instant', 'fast', 'base', 'slow']),
  ...expand('motion.easing', ['standard', 'enter', 'exit']),
  ...expand('breakpoint', ['sm', 'md', 'lg', 'xl']),
  ...expand('z-index', ['base', 'dropdown', 'sticky', 'overlay', 'modal', 'toast']),
  ...expand('focus', ['width', 'offset']),
];
const REQUIRED_SEMANTIC = [
  ...expand('color.text', ['default', 'inverse']),
  ...expand('color.surface', ['default', 'subtle', 'raised', 'inverse', 'brand', 'frame']),
  ...['primary', 'secondary', 'tertiary', 'danger'].flatMap((i) => expand(`color.action.${i}`, ['background', 'hover', 'active', 'foreground', 'border'])),
  ...expand('color.border', ['default', 'strong', 'subtle']),
  ...expand('color.focus', ['outer', 'inner']),
  ...expand('color.link', ['default', 'hover', 'visited']),
  ...expand('color.disabled', ['background', 'foreground', 'border']),
  ...['info', 'success', 'warning', 'danger'].flatMap((s) => expand(`color.status.${s}`, ['surface', 'border', 'icon'])),
  ...expand('color.icon', ['default', 'inverse']),
];

describe('token naming contract', () => {
  it('the brand tier has exactly the agreed names', async () => {
    const paths = (await rawTokens(TOKENS_DIR, 'brand')).map((t) => t.path);
    expect([...paths].sort()).toEqual([...REQUIRED_BRAND].sort());
  });

  it.each(THEMES)('the %s semantic tier has exactly the agreed names', async (theme) => {
    const paths = (await rawTokens(TOKENS_DIR, `semantic/${theme}`)).map((t) => t.path);
    expect([...paths].sort()).toEqual([...REQUIRED_SEMANTIC].sort());
  });

  it('key spacing and target sizes hold their agreed values', async () => {
    const brand = Object.fromEntries((await rawTokens(TOKENS_DIR, 'brand')).map((t) => [t.path, t.value]));
    expect(brand['space.4']).toBe('16px');
    expect(brand['space.1']).toBe('4px');
    expect(brand['size.target.default']).toBe('44px');
    expect(brand['size.target.minimum']).toBe('24px');
    expect(brand['font.size.md']).toBe('16px');
  });

  it('every token in every tier has a $description', async () => {
    for (const sub of ['brand', 'semantic/light', 'semantic/dark']) {
      for (const t of await rawTokens(TOKENS_DIR, sub)) {
        expect(typeof t.description === 'string' && t.description.trim().length > 0, `${t.file} ${t.path}`).toBe(true);
      }
    }
  });
});

describe.each(THEMES)('semantic tier, %s theme', (theme) => {
  it('aliases brand primitives only (no raw values, no semantic-to-semantic aliases)', async () => {
    const tokens = await rawTokens(TOKENS_DIR, `semantic/${theme}`);
    const brandPaths = new Set((await rawTokens(TOKENS_DIR, 'brand')).map((t) => t.path));
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) {
      expect(t.type, t.path).toBe('color');
      const m = ALIAS.exec(String(t.value));
      expect(m, `${t.path} = ${String(t.value)}`).not.toBeNull();
      expect(brandPaths.has(m![1]!), t.path).toBe(true);
    }
  });

  it('text colours are only black or white', async () => {
    const tokens = await rawTokens(TOKENS_DIR, `semantic/${theme}`);
    const textRoles = tokens.filter((t) => /^color\.(text|link)\.|\.foreground$/.test(t.path));
    expect(textRoles.map((t) => t.path)).toEqual(
      expect.arrayContaining(['color.text.default', 'color.text.inverse', 'color.link.default', 'color.action.primary.foreground', 'color.disabled.foreground']),
    );
    for (const t of textRoles) expect(['{color.brand.svart}', '{color.brand.vit}'], t.path).toContain(t.value);
  });
});
