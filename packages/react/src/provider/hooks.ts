import { useContext } from 'react';
import type { GbgLocale, GbgStrings } from '../i18n/index.js';
import { GbgContext, type GbgContextValue, type GbgDirection, type GbgTheme } from './context.js';

/** Everything the nearest `GbgProvider` sets (defaults without a provider). */
export function useGbg(): GbgContextValue {
  return useContext(GbgContext);
}

/** The nearest provider's theme: `'light'` (default), `'dark'` or `'auto'`. */
export function useGbgTheme(): GbgTheme {
  return useContext(GbgContext).theme;
}

/** The nearest provider's locale: `'sv'` (default) or `'en'`. */
export function useLocale(): GbgLocale {
  return useContext(GbgContext).locale;
}

/** The nearest provider's text direction: `'ltr'` (default) or `'rtl'`. */
export function useDirection(): GbgDirection {
  return useContext(GbgContext).dir;
}

/**
 * Built-in strings for the current locale, with app overrides applied. Components read every
 * user-facing default text from here: `const t = useStrings(); t.common.close`.
 */
export function useStrings(): GbgStrings {
  return useContext(GbgContext).strings;
}
