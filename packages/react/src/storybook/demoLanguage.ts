// Story-only: which language a story's demo content is shown in. No React here, so the
// Storybook source transform (Node) and the preview decorator share the one rule.

/** The language demo content is written in: Swedish, English or Arabic (right to left). */
export type DemoLanguage = 'sv' | 'en' | 'ar';

/** One demo text in every language. Arabic is optional and falls back to English. */
export interface DemoTexts<T = string> {
  sv: T;
  en: T;
  ar?: T;
}

/** The globals that choose the language (Storybook toolbar or a story's own `globals`). */
export interface DemoGlobals {
  locale?: string;
  dir?: string;
}

/**
 * The rule: right to left shows Arabic (never Swedish — a reviewer must be able to judge
 * right-to-left), the English locale shows English, anything else Swedish.
 */
export function demoLanguage(globals: DemoGlobals | undefined): DemoLanguage {
  if (globals?.dir === 'rtl') return 'ar';
  if (globals?.locale === 'en') return 'en';
  return 'sv';
}

/** Picks the text for a language; Arabic falls back to English. */
export function pickDemoText<T>(texts: DemoTexts<T>, language: DemoLanguage): T {
  if (language === 'ar') return texts.ar !== undefined ? texts.ar : texts.en;
  return language === 'en' ? texts.en : texts.sv;
}

/**
 * Replacement args for stories: `parameters.demoArgs = { en: {...}, ar: {...} }`. Swedish is
 * the story's own `args`; keys missing from `ar` fall back to `en`.
 */
export interface DemoArgSets<TArgs = Record<string, unknown>> {
  en?: Partial<TArgs>;
  ar?: Partial<TArgs>;
}

/**
 * The args a story renders with in a language. A key is replaced only while it still holds its
 * initial value, so an edit in the Controls panel wins over the demo text.
 */
export function applyDemoArgs<TArgs extends Record<string, unknown>>(
  args: TArgs,
  initialArgs: Partial<TArgs> | undefined,
  sets: DemoArgSets<TArgs> | undefined,
  language: DemoLanguage,
): TArgs {
  if (!sets || language === 'sv') return args;
  const set = (language === 'ar' ? { ...sets.en, ...sets.ar } : { ...sets.en }) as Partial<TArgs>;
  const keys = Object.keys(set) as (keyof TArgs)[];
  if (keys.length === 0) return args;
  const next = { ...args };
  for (const key of keys) {
    if (!initialArgs || Object.is(args[key], initialArgs[key])) next[key] = set[key] as TArgs[keyof TArgs];
  }
  return next;
}
