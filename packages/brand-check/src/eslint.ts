/**
 * ESLint flat-config plugin: the brand rules as `gbg-brand/<rule>`.
 * The rules read the file text with the same front end as `gbg-brand check`, so they work
 * whichever parser ESLint itself uses (espree, typescript-eslint).
 *
 *   // eslint.config.js
 *   import gbgBrand from '@goteborgsstad/brand-check/eslint';
 *   export default [gbgBrand.configs.recommended];
 */
import { readFileSync } from 'node:fs';
import { loadBrand } from './brand.js';
import { checkDeclarations } from './engine.js';
import { fromJs } from './frontends/js.js';
import type { Locale } from './messages.js';
import { RULES, type Finding } from './model.js';
import { DOCS_URL, SOURCE_RULES } from './lint/shared.js';

/** The slice of ESLint's rule context these rules use (kept structural: eslint is an optional peer). */
interface RuleContext {
  filename: string;
  options: unknown[];
  sourceCode: { text: string };
  report(descriptor: { loc: { start: { line: number; column: number }; end: { line: number; column: number } }; message: string }): void;
}

export interface EslintRuleOptions {
  /** Message language. @default 'sv' */
  locale?: Locale;
}

export interface BrandRule {
  meta: {
    type: 'problem' | 'suggestion';
    docs: { description: string; url: string; recommended: boolean };
    schema: unknown[];
  };
  create(context: RuleContext): { 'Program:exit'(): void };
}

const cache = new WeakMap<object, Map<string, Finding[] | Error>>();

function findingsFor(context: RuleContext, locale: Locale): Finding[] | Error {
  const key = context.sourceCode as object;
  let perLocale = cache.get(key);
  if (!perLocale) cache.set(key, (perLocale = new Map()));
  let found = perLocale.get(locale);
  if (!found) {
    try {
      const brand = loadBrand();
      const parsed = fromJs(context.sourceCode.text, { file: context.filename, tokenVar: (p) => brand.pathToVar.get(p) });
      const disabled = new Map<number, string[][]>();
      for (const d of parsed.directives) disabled.set(d.line, [...(disabled.get(d.line) ?? []), d.rules]);
      found = checkDeclarations(parsed.declarations, { brand, locale }).filter((f) => !(disabled.get(f.line) ?? []).some((r) => r.length === 0 || r.includes(f.rule)));
    } catch (error) {
      // ESLint reports its own parse errors; a file our parser cannot read is simply not checked.
      found = error as Error;
    }
    perLocale.set(locale, found);
  }
  return found;
}

function makeRule(id: (typeof SOURCE_RULES)[number]): BrandRule {
  return {
    meta: {
      type: RULES[id].severity === 'error' ? 'problem' : 'suggestion',
      docs: { description: RULES[id].description, url: DOCS_URL, recommended: true },
      schema: [
        {
          type: 'object',
          properties: { locale: { enum: ['sv', 'en'] } },
          additionalProperties: false,
        },
      ],
    },
    create(context) {
      return {
        'Program:exit'() {
          const options = (context.options[0] ?? {}) as EslintRuleOptions;
          const found = findingsFor(context, options.locale ?? 'sv');
          if (found instanceof Error) return;
          for (const f of found) {
            if (f.rule !== id) continue;
            const message = f.suggestion && !f.message.includes(f.suggestion) ? `${f.message} → ${f.suggestion}` : f.message;
            context.report({
              loc: { start: { line: f.line, column: f.column - 1 }, end: { line: f.line, column: f.column - 1 + Math.max(f.value.length, 1) } },
              message,
            });
          }
        },
      };
    },
  };
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const rules = Object.fromEntries(SOURCE_RULES.map((id) => [id, makeRule(id)])) as Record<(typeof SOURCE_RULES)[number], BrandRule>;

const plugin = {
  meta: { name: '@goteborgsstad/brand-check', version: packageVersion(), namespace: 'gbg-brand' },
  rules,
  configs: {} as Record<'recommended', { name: string; files: string[]; plugins: Record<string, unknown>; rules: Record<string, 'error' | 'warn'> }>,
};

plugin.configs.recommended = {
  name: '@goteborgsstad/brand-check/recommended',
  files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
  plugins: { 'gbg-brand': plugin },
  rules: Object.fromEntries(SOURCE_RULES.map((id) => [`gbg-brand/${id}`, RULES[id].severity === 'error' ? 'error' : 'warn'])),
};

export default plugin;
export { rules };
