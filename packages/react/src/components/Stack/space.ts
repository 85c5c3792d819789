import type { cssVarTree } from '@goteborgsstad/tokens';
import { warnOnce } from '../../internal/warn.js';

/** A key of the spacing scale (`space.N` = N × 4px): '0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16'. */
export type SpaceKey = keyof (typeof cssVarTree)['space'] & string;

/** The same keys as numbers, so `gap={4}` and `gap="4"` both work. */
export type SpaceNumber = { [Key in SpaceKey]: Key extends `${infer N extends number}` ? N : never }[SpaceKey];

/** A step of the design system's spacing scale. Only these values are allowed: no pixels. */
export type Space = SpaceKey | SpaceNumber;

const SPACE_KEYS: ReadonlySet<string> = new Set(['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16']);

/**
 * Turns a `Space` prop into a scale key. A value outside the scale (from untyped code or a
 * CMS) gets a development warning and falls back to `fallback` instead of breaking the layout.
 */
export function resolveSpace(component: string, prop: string, value: unknown, fallback: SpaceKey): SpaceKey {
  if (value === undefined || value === null) return fallback;
  const key = String(value);
  if (SPACE_KEYS.has(key)) return key as SpaceKey;
  if (process.env.NODE_ENV !== 'production') warnOnce(
    component,
    `\`${prop}={${JSON.stringify(value)}}\` is not a step of the spacing scale; use one of ${[...SPACE_KEYS].join(', ')} (space.N = N × 4px). Falling back to ${fallback}.`,
  );
  return fallback;
}
