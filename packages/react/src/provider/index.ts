export { GbgProvider, type GbgProviderProps, type GbgProviderElement } from './GbgProvider.js';
export { useGbg, useGbgTheme, useLocale, useDirection, useStrings } from './hooks.js';
export type { GbgContextValue, GbgDirection, GbgTheme } from './context.js';
