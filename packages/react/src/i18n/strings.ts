import type { sv } from './sv.js';
import type { DeepPartial, GbgLocale, WidenStrings } from './types.js';

/** The full dictionary shape, defined by the Swedish dictionary. */
export type GbgStrings = WidenStrings<typeof sv>;

/** App overrides for built-in strings: any subset of the dictionary. */
export type GbgStringOverrides = DeepPartial<GbgStrings>;

// Arrays count too: no dictionary holds one, and an array given where a section belongs has no
// matching keys, so it changes nothing either way.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function mergeOne(base: Record<string, unknown>, override: unknown): Record<string, unknown> {
  const next: Record<string, unknown> = { ...base };
  // Only the base's keys: an override cannot add strings no component reads.
  if (isPlainObject(override)) {
    for (const key in base) {
      const current = base[key];
      const value = override[key];
      next[key] = isPlainObject(current) ? mergeOne(current, value) : typeof value === typeof current ? value : current;
    }
  }
  return next;
}

/**
 * Returns `base` with `overrides` applied in order, deeply. Keys that do not exist in `base`
 * are ignored (a misspelt override cannot add strings no component reads), and so are values
 * of the wrong kind (an object where a string belongs, a string where a function belongs).
 */
export function mergeStrings<T extends object>(
  base: T,
  ...overrides: ReadonlyArray<DeepPartial<T> | undefined>
): T {
  return overrides.reduce<Record<string, unknown>>(mergeOne, base as Record<string, unknown>) as T;
}

export type { GbgLocale };
