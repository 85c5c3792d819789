/**
 * @goteborgsstad/brand-check — the engine and source checker behind `gbg-brand`.
 */
export { RULES, RULE_IDS } from './model.js';
export type { Declaration, DeclarationContext, Finding, LogoObservation, Origin, Paints, Position, RuleId, Severity, SeveritySetting } from './model.js';
export { checkDeclarations, checkLogo, themeEntry, LOGO_NAMES } from './engine.js';
export type { EngineOptions, LogoOptions } from './engine.js';
export { createBrand, loadBrand, withThemeColors } from './brand.js';
export type { Brand, FlatToken, PaletteEntry, ThemeColor } from './brand.js';
export { brandFor, check, checkText, listFiles, runCheck, summarise, DEFAULT_IGNORES, DEFAULT_TIMEOUT, SOURCE_EXTENSIONS, MissingPathError } from './check.js';
export type { CheckOptions, CheckResult, ListOptions, RunOptions, Summary } from './check.js';
export { ConfigError, validateConfig, readConfigFile, readThemeColors, findConfig, CONFIG_FILES } from './config.js';
export type { BrandCheckConfig } from './config.js';
export { createReportWriter, format, formatText, formatJson, formatSarif, formatGithub, FORMATS } from './formats.js';
export type { Format, ReportWriter } from './formats.js';
export { fromCss, fromRoot } from './frontends/css.js';
export { fromHtml } from './frontends/html.js';
export { fromJs } from './frontends/js.js';
export { fromClassList } from './frontends/tailwind.js';
export type { ParsedSource, DisableDirective } from './frontends/shared.js';
export type { Locale } from './messages.js';
