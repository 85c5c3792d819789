import type { RuleId } from '../model.js';

/** Rules that apply to source code (the `logo` rule needs a rendered page). */
export const SOURCE_RULES: readonly Exclude<RuleId, 'logo' | 'input'>[] = ['text-color', 'palette', 'contrast', 'raw-value', 'icon-color'];

/** The package page; its README links the full Swedish guide. */
export const DOCS_URL = 'https://www.npmjs.com/package/@goteborgsstad/brand-check';
