/**
 * @goteborgsstad/brand-check — the engine and source checker behind `gbg-brand`.
 */
export { RULES, RULE_IDS } from './model.js';
export type { Declaration, DeclarationContext, Finding, LogoObservation, Origin, Paints, Position, RuleId, Severity, SeveritySetting } from './model.js';
export { checkDeclarations, checkLogo, themeEntry, LOGO_NAMES } from './engine.js';
export type { EngineOptions, LogoOptions } from './engine.js';
export { createBrand, loadBrand } from './brand.js';
export type { Brand, FlatToken, PaletteEntry } from './brand.js';
export { check, checkText, listFiles, summarise, DEFAULT_IGNORES, SOURCE_EXTENSIONS, MissingPathError } from './check.js';
export type { CheckOptions, CheckResult, Summary } from './check.js';
export { ConfigError, validateConfig, readConfigFile, findConfig, CONFIG_FILES } from './config.js';
export type { BrandCheckConfig } from './config.js';
export { format, formatText, formatJson, formatSarif, formatGithub, FORMATS } from './formats.js';
export type { Format } from './formats.js';
export { fromCss, fromRoot } from './frontends/css.js';
export { fromHtml } from './frontends/html.js';
export { fromJs } from './frontends/js.js';
export { fromClassList } from './frontends/tailwind.js';
export type { ParsedSource, DisableDirective } from './frontends/shared.js';
export type { Locale } from './messages.js';
