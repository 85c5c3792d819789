import type { RuleId } from '../model.js';

/** Rules that apply to source code (the `logo` rule needs a rendered page). */
export const SOURCE_RULES: readonly Exclude<RuleId, 'logo' | 'input'>[] = ['text-color', 'palette', 'contrast', 'raw-value', 'icon-color'];

export const DOCS_URL = 'https://github.com/goteborgsstad/designsystem/blob/main/docs/varumarke/kontrollera-ditt-projekt.mdx';
