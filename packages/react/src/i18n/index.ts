import { en } from './en.js';
import { sv } from './sv.js';
import type { GbgStrings } from './strings.js';
import type { GbgLocale } from './types.js';

export { en } from './en.js';
export { sv } from './sv.js';
export { mergeStrings, type GbgStrings, type GbgStringOverrides } from './strings.js';
export type { DeepPartial, GbgLocale, GbgStringValue } from './types.js';

/** Built-in dictionaries by locale. */
export const dictionaries: Readonly<Record<GbgLocale, GbgStrings>> = { sv, en };
