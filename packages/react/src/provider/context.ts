import { createContext } from 'react';
// No dictionary here: each component bundles only the string sections it reads (i18n/sections.ts).
import type { GbgLocale, GbgStringOverrides } from '../i18n/index.js';

/** Colour theme: `auto` follows the user's `prefers-color-scheme`. */
export type GbgTheme = 'light' | 'dark' | 'auto';
/** Text direction. */
export type GbgDirection = 'ltr' | 'rtl';

export const THEMES: readonly GbgTheme[] = ['light', 'dark', 'auto'];
export const LOCALES: readonly GbgLocale[] = ['sv', 'en'];
export const DIRECTIONS: readonly GbgDirection[] = ['ltr', 'rtl'];

export const DEFAULT_THEME: GbgTheme = 'light';
export const DEFAULT_LOCALE: GbgLocale = 'sv';
export const DEFAULT_DIRECTION: GbgDirection = 'ltr';

export interface GbgContextValue {
  theme: GbgTheme;
  locale: GbgLocale;
  dir: GbgDirection;
  /** Overrides collected from enclosing providers with the same locale. */
  overrides: readonly GbgStringOverrides[];
}

/** Defaults when no provider is present: components work without a provider. */
export const defaultContext: GbgContextValue = {
  theme: DEFAULT_THEME,
  locale: DEFAULT_LOCALE,
  dir: DEFAULT_DIRECTION,
  overrides: [],
};

export const GbgContext = createContext<GbgContextValue>(defaultContext);
GbgContext.displayName = 'GbgContext';
