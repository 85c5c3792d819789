// Story-only helpers for demo content in Swedish, English and Arabic. Never exported from the
// package entry (src/index.ts) and left out of the published types (tsconfig.build.json).
import type { ComponentProps, JSXElementConstructor, ReactNode } from 'react';
import { useGbg } from '../provider/hooks.js';
import {
  demoLanguage,
  pickDemoText,
  type DemoArgSets,
  type DemoLanguage,
  type DemoTexts,
} from './demoLanguage.js';

export { applyDemoArgs, demoLanguage, pickDemoText } from './demoLanguage.js';
export type { DemoArgSets, DemoGlobals, DemoLanguage, DemoTexts } from './demoLanguage.js';

/** `t({ sv, en, ar? })`: the demo text for the surrounding provider. */
export type DemoText = <T = string>(texts: DemoTexts<T>) => T;

/** The demo language of the surrounding `GbgProvider`: `rtl` → Arabic, `en` → English, else Swedish. */
export function useDemoLanguage(): DemoLanguage {
  const { locale, dir } = useGbg();
  return demoLanguage({ locale, dir });
}

/**
 * Demo text for the surrounding `GbgProvider` (the Storybook toolbar or the story's globals):
 * right to left → `ar` (falls back to `en`, never Swedish), English → `en`, otherwise `sv`.
 * Call it at the top of a story's `render`; "Show code" then shows the picked text.
 *
 * @example
 * render: () => { const t = useDemoText(); return <TextField label={t({ sv: 'Namn', en: 'Name', ar: 'الاسم' })} />; }
 */
export function useDemoText(): DemoText {
  const language = useDemoLanguage();
  return <T,>(texts: DemoTexts<T>) => pickDemoText(texts, language);
}

export interface DemoProps {
  /** Swedish text (the default). */
  sv: ReactNode;
  /** English text: the English locale, and right to left when `ar` is missing. */
  en: ReactNode;
  /** Arabic text for right-to-left stories. */
  ar?: ReactNode;
}

/**
 * Renders the demo text for the surrounding provider, for JSX children:
 * `<Button><Demo sv="Skicka" en="Send" ar="إرسال" /></Button>`. "Show code" prints the text.
 */
export function Demo({ sv, en, ar }: DemoProps) {
  const t = useDemoText();
  return <>{t<ReactNode>({ sv, en, ar })}</>;
}

/**
 * Type for `parameters.demoArgs`: English (and Arabic) replacements for a story's args, checked
 * against the component's props so a misspelt prop fails type-checking:
 * `parameters: { demoArgs: { en: { label: 'Name' }, ar: { label: 'الاسم' } } satisfies DemoArgs<typeof TextField> }`.
 * Pass a component or a props type.
 */
export type DemoArgs<T> = DemoArgSets<T extends JSXElementConstructor<any> ? ComponentProps<T> : T>;
