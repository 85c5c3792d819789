export { LanguageSwitcher } from './LanguageSwitcher.js';
export type { LanguageSwitcherLanguage, LanguageSwitcherProps } from './LanguageSwitcher.js';
export { LANGUAGE_NAMES } from './languages.js';
