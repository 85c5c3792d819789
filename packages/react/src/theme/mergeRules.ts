import type { StyleRule } from '@vanilla-extract/css';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Merges style rules so a later rule extends an earlier one instead of replacing whole
 * blocks: `selectors`, `'@media'` and each selector's own rule merge key by key, and a
 * property set in both takes the later value. A plain spread would silently drop a shared
 * rule's `:hover` or forced-colours block as soon as a component adds its own.
 * Key order is kept (the shared rule's selectors first), which keeps the cascade order:
 * a component's own state selectors come later and win at equal specificity.
 */
export function mergeRules(...rules: ReadonlyArray<StyleRule | false | undefined>): StyleRule {
  const merge = (target: Plain, source: Plain): Plain => {
    for (const [key, value] of Object.entries(source)) {
      const current = target[key];
      target[key] = isPlain(current) && isPlain(value) ? merge({ ...current }, value) : value;
    }
    return target;
  };
  return rules.reduce<Plain>((merged, rule) => (rule ? merge(merged, rule as Plain) : merged), {}) as StyleRule;
}
