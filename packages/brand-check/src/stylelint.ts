/**
 * Stylelint plugin: the brand rules as `gbg-brand/<rule>` over Stylelint's own PostCSS root.
 *
 *   // stylelint.config.mjs
 *   import gbgBrand from '@goteborgsstad/brand-check/stylelint';
 *   export default { extends: [gbgBrand.configs.recommended] };
 */
import stylelint from 'stylelint';
import type { Root } from 'postcss';
import { checkDeclarations } from './engine.js';
import { fromRoot } from './frontends/css.js';
import type { Locale } from './messages.js';
import type { Finding, Origin } from './model.js';
import { RULES } from './model.js';
import { DOCS_URL, SOURCE_RULES } from './lint/shared.js';

export interface StylelintRuleOptions {
  /** Message language. @default 'sv' */
  locale?: Locale;
}

const cache = new WeakMap<Root, Finding[]>();

function findingsFor(root: Root, file: string | undefined, locale: Locale): Finding[] {
  let found = cache.get(root);
  if (!found) {
    const syntax = /\.scss$/i.test(file ?? '') ? 'scss' : /\.less$/i.test(file ?? '') ? 'less' : 'css';
    const parsed = fromRoot(root, { ...(file ? { file } : {}), origin: syntax as Origin });
    found = checkDeclarations(parsed.declarations, { locale });
    const disabled = new Map<number, string[][]>();
    for (const d of parsed.directives) disabled.set(d.line, [...(disabled.get(d.line) ?? []), d.rules]);
    found = found.filter((f) => !(disabled.get(f.line) ?? []).some((r) => r.length === 0 || r.includes(f.rule)));
    cache.set(root, found);
  }
  return found;
}

const plugins = SOURCE_RULES.map((id) => {
  const ruleName = `gbg-brand/${id}`;
  // ruleMessages appends " (ruleName)" itself; adding it here printed the name twice.
  const messages = stylelint.utils.ruleMessages(ruleName, { rejected: (message: string) => message });
  const rule = ((primary: unknown, secondary: StylelintRuleOptions | undefined) => (root: Root, result: stylelint.PostcssResult) => {
    const valid = stylelint.utils.validateOptions(
      result,
      ruleName,
      { actual: primary, possible: [true] },
      { actual: secondary, possible: { locale: ['sv', 'en'] }, optional: true },
    );
    if (!valid || primary !== true) return;
    const file = root.source?.input.file;
    for (const f of findingsFor(root, file, secondary?.locale ?? 'sv')) {
      if (f.rule !== id) continue;
      const message = f.suggestion && !f.message.includes(f.suggestion) ? `${f.message} → ${f.suggestion}` : f.message;
      stylelint.utils.report({
        ruleName,
        result,
        node: root,
        message: messages.rejected(message),
        start: { line: f.line, column: f.column },
        end: { line: f.line, column: f.column + Math.max(f.value.length, 1) },
        ...(RULES[id].severity === 'warning' ? { severity: 'warning' as const } : {}),
      });
    }
  }) as unknown as stylelint.Rule;
  rule.ruleName = ruleName;
  rule.messages = messages;
  rule.meta = { url: DOCS_URL };
  return stylelint.createPlugin(ruleName, rule);
});

const recommendedRules: Record<string, unknown> = {};
for (const id of SOURCE_RULES) recommendedRules[`gbg-brand/${id}`] = true;

/** The plugin: `plugins: [gbgBrand]`, or spread `configs.recommended`. */
const plugin = Object.assign(plugins, {
  configs: {
    recommended: { plugins, rules: recommendedRules },
  },
});

export default plugin;
export { plugins };
export const recommended = plugin.configs.recommended;
