import { useContext, useMemo } from 'react';
import { dictionaries, mergeStrings, type DeepPartial, type GbgLocale, type GbgStrings } from '../i18n/index.js';
import type { StringSection } from '../i18n/sections.js';
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
 * The whole dictionary for the current locale, with app overrides applied, for app code:
 * `const t = useStrings(); t.common.close`. Components use `useSectionStrings` instead, so they
 * bundle only the sections they read.
 */
export function useStrings(): GbgStrings {
  const { locale, overrides } = useContext(GbgContext);
  return useMemo(() => mergeStrings(dictionaries[locale], ...overrides), [locale, overrides]);
}

/**
 * One section of the built-in strings for the current locale, with app overrides applied:
 * `const t = useSectionStrings(paginationStrings); t.next`.
 */
export function useSectionStrings<K extends keyof GbgStrings>(section: StringSection<K>): GbgStrings[K] {
  const { locale, overrides } = useContext(GbgContext);
  return useMemo(() => {
    // Without overrides this is the dictionary section itself.
    return mergeStrings(section[locale], ...overrides.map((o) => o[section.key] as DeepPartial<GbgStrings[K]> | undefined));
  }, [section, locale, overrides]);
}
