import { beforeAll, describe, expect, it } from 'vitest';
import { buildToTemp, importBuilt, rawTokens, TOKENS_DIR, type BuiltModule } from './helpers.js';

/** The graphic profile, verbatim: key, hex, group, text colour. */
const PROFILE: Array<[string, string, string, string]> = [
  ['goteborgsbla', '#0076BC', 'main', 'white'],
  ['morkbla', '#3F5564', 'dark', 'white'],
  ['gron', '#008767', 'dark', 'black-or-white'],
  ['turkos', '#008391', 'dark', 'black-or-white'],
  ['gul', '#FFCD37', 'dark', 'black'],
  ['rod', '#D24723', 'dark', 'black-or-white'],
  ['rosa', '#D53878', 'dark', 'black-or-white'],
  ['lila', '#674A99', 'dark', 'white'],
  ['gra', '#D1D9DC', 'light', 'black'],
  ['ljusgron', '#B7E1C8', 'light', 'black'],
  ['ljusbla', '#BFE4F2', 'light', 'black'],
  ['ljusgul', '#FFF2B0', 'light', 'black'],
  ['aprikos', '#FACEB9', 'light', 'black'],
  ['ljusrosa', '#F8CCDC', 'light', 'black'],
  ['violett', '#E0D0E7', 'light', 'black'],
  ['svart', '#000000', 'base', 'white'],
  ['vit', '#FFFFFF', 'base', 'black'],
];

describe('brand palette', () => {
  let built: BuiltModule;
  beforeAll(async () => {
    built = await importBuilt(await buildToTemp());
  });

  it('the source holds exactly the 17 profile colours with their exact hex values', async () => {
    const colours = (await rawTokens(TOKENS_DIR, 'brand')).filter((t) => t.path.startsWith('color.brand.'));
    expect(colours.map((t) => [t.path.slice('color.brand.'.length), t.value])).toEqual(PROFILE.map(([k, hex]) => [k, hex]));
  });

  it('every brand colour carries its Swedish and English name, group and allowed text colour', async () => {
    const colours = (await rawTokens(TOKENS_DIR, 'brand')).filter((t) => t.path.startsWith('color.brand.'));
    for (const [key, , group, textColor] of PROFILE) {
      const t = colours.find((c) => c.path === `color.brand.${key}`);
      const ext = t?.extensions?.['se.goteborg'];
      expect(ext, key).toMatchObject({ group, textColor });
      expect(typeof ext.nameSv === 'string' && ext.nameSv.length > 0).toBe(true);
      expect(typeof ext.nameEn === 'string' && ext.nameEn.length > 0).toBe(true);
      expect(typeof t?.description === 'string' && (t.description as string).length > 0).toBe(true);
    }
  });

  it('the JS palette export matches the profile, with rgb, token path and CSS variable', () => {
    expect(built.palette).toHaveLength(17);
    built.palette.forEach((p, i) => {
      const [key, hex, group, textColor] = PROFILE[i]!;
      expect(p).toMatchObject({ key, hex, group, textColor, token: `color.brand.${key}`, cssVar: `--gbg-color-brand-${key}` });
      const r = parseInt(hex.slice(1, 3), 16);
      const g = parseInt(hex.slice(3, 5), 16);
      const b = parseInt(hex.slice(5, 7), 16);
      expect(p.rgb).toEqual({ r, g, b });
    });
    expect(built.palette.find((p) => p.key === 'goteborgsbla')).toMatchObject({ nameSv: 'Göteborgsblå', nameEn: 'Gothenburg blue' });
  });

  it('font stacks end in a generic family and body text is at least 16px', async () => {
    const brand = await rawTokens(TOKENS_DIR, 'brand');
    const families = brand.filter((t) => t.type === 'fontFamily');
    expect(families.map((t) => t.path)).toEqual(['font.family.sans', 'font.family.mono']);
    for (const f of families) expect((f.value as string[]).at(-1)).toMatch(/^(sans-serif|monospace)$/);
    const body = brand.find((t) => t.path === 'typography.body')!.value as { fontSize: string };
    const sizeRef = /^\{(.+)\}$/.exec(body.fontSize)![1];
    const size = brand.find((t) => t.path === sizeRef)!.value as string;
    expect(parseFloat(size)).toBeGreaterThanOrEqual(16);
    expect(built.tokens.font.size.md).toBe('1rem');
  });
});
