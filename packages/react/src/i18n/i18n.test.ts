import { describe, expect, it } from 'vitest';
import { en, mergeStrings, sv, type GbgStrings } from './index.js';

/** Every leaf path of a dictionary, e.g. `common.close`. */
function leafPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leafPaths(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('i18n dictionaries', () => {
  it('English has exactly the keys of Swedish', () => {
    expect(leafPaths(en).sort()).toEqual(leafPaths(sv).sort());
  });

  it('has no empty strings and no untranslated copy of the Swedish text', () => {
    const svLeaves = new Map(leafPaths(sv).map((p) => [p, p.split('.').reduce<any>((o, k) => o[k], sv)]));
    for (const path of leafPaths(en)) {
      const value = path.split('.').reduce<any>((o, k) => o[k], en);
      if (typeof value === 'string') {
        expect(value.trim(), path).not.toBe('');
        expect(value, `${path} is still Swedish`).not.toBe(svLeaves.get(path));
      }
    }
  });

  it('mergeStrings applies overrides in order without touching the dictionary', () => {
    const merged = mergeStrings<GbgStrings>(sv, { common: { close: 'A' } }, { common: { close: 'B', loading: 'C' } });
    expect(merged.common.close).toBe('B');
    expect(merged.common.loading).toBe('C');
    expect(merged.common.required).toBe(sv.common.required);
    expect(sv.common.close).toBe('Stäng');
  });
});
