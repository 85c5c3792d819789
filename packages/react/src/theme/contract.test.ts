import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { vars } from './contract.css.js';

const require = createRequire(import.meta.url);

/** Every custom property the published token stylesheet declares. */
function declaredInTokensCss(): Set<string> {
  const css = readFileSync(require.resolve('@goteborgsstad/tokens/tokens.css'), 'utf8');
  return new Set([...css.matchAll(/(--gbg-[A-Za-z0-9-]+)\s*:/g)].map((match) => match[1]!));
}

/** Every custom property the theme contract references, from `var(--name)` leaves. */
function referencedByContract(tree: object): Set<string> {
  const names = new Set<string>();
  const walk = (node: object) => {
    for (const value of Object.values(node)) {
      if (typeof value === 'string') {
        const match = /^var\((--[^)]+)\)$/.exec(value);
        if (!match) throw new Error(`contract leaf is not a var() reference: ${value}`);
        names.add(match[1]!);
      } else walk(value);
    }
  };
  walk(tree);
  return names;
}

describe('theme contract', () => {
  const css = declaredInTokensCss();
  const contract = referencedByContract(vars);

  it('covers every token in @goteborgsstad/tokens/tokens.css', () => {
    expect([...css].filter((name) => !contract.has(name))).toEqual([]);
  });

  it('has no entry the token stylesheet does not declare', () => {
    expect([...contract].filter((name) => !css.has(name))).toEqual([]);
  });

  it('maps token paths to --gbg- names', () => {
    expect(css.size).toBeGreaterThan(100);
    expect(vars.color.action.primary.background).toBe('var(--gbg-color-action-primary-background)');
    expect(vars.color.text.default).toBe('var(--gbg-color-text-default)');
    expect(vars.space[4]).toBe('var(--gbg-space-4)');
  });
});
