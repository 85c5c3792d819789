// Each language named in itself (its endonym), so a reader finds their language without
// reading Swedish. Covers the languages the city publishes in and the national minority
// languages; an app can name any other language with `label`.

export interface LanguageName {
  /** The language's name in the language itself. */
  name: string;
  /** Written right to left. */
  rtl?: true;
}

export const LANGUAGE_NAMES: Readonly<Record<string, LanguageName>> = {
  sv: { name: 'Svenska' },
  en: { name: 'English' },
  ar: { name: 'العربية', rtl: true },
  fa: { name: 'فارسی', rtl: true },
  prs: { name: 'دری', rtl: true },
  ckb: { name: 'کوردیی ناوەندی', rtl: true },
  kmr: { name: 'Kurmancî' },
  ps: { name: 'پښتو', rtl: true },
  ur: { name: 'اردو', rtl: true },
  so: { name: 'Soomaali' },
  ti: { name: 'ትግርኛ' },
  am: { name: 'አማርኛ' },
  fi: { name: 'Suomi' },
  fit: { name: 'Meänkieli' },
  se: { name: 'Davvisámegiella' },
  sma: { name: 'Åarjelsaemien gïele' },
  smj: { name: 'Julevsámegiella' },
  rom: { name: 'Romani chib' },
  yi: { name: 'ייִדיש', rtl: true },
  pl: { name: 'Polski' },
  bs: { name: 'Bosanski' },
  hr: { name: 'Hrvatski' },
  sr: { name: 'Српски' },
  ru: { name: 'Русский' },
  uk: { name: 'Українська' },
  ro: { name: 'Română' },
  tr: { name: 'Türkçe' },
  de: { name: 'Deutsch' },
  fr: { name: 'Français' },
  es: { name: 'Español' },
  th: { name: 'ไทย' },
  zh: { name: '中文' },
};

const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ckb', 'ps', 'ur', 'yi', 'he', 'dv', 'ug', 'sd']);

/** The primary subtag of a BCP 47 tag, lower-cased: `sv-SE` -> `sv`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** A well-formed BCP 47 language tag (shape only): `sv`, `en-GB`, `zh-Hant`. */
export function isLanguageTag(tag: unknown): tag is string {
  return typeof tag === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(tag);
}

/** Whether text in `tag` runs right to left. */
export function isRtlLanguage(tag: string): boolean {
  return LANGUAGE_NAMES[tag.toLowerCase()]?.rtl === true || RTL_LANGUAGES.has(primaryLanguage(tag));
}

/** The endonym for `tag` (`sv-SE` falls back to `sv`), or `undefined` when unknown. */
export function languageName(tag: string): string | undefined {
  return (LANGUAGE_NAMES[tag.toLowerCase()] ?? LANGUAGE_NAMES[primaryLanguage(tag)])?.name;
}
