'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { languageSwitcherStrings } from '../../i18n/sections.js';
import { isLanguageTag, isRtlLanguage, languageName, primaryLanguage } from './languages.js';
import { languageSwitcher, languageSwitcherItem, languageSwitcherLink, languageSwitcherList } from './LanguageSwitcher.css.js';

/** One language version of the current page. */
export interface LanguageSwitcherLanguage {
  /**
   * BCP 47 tag of the linked page's language: `sv`, `en`, `ar`, `fi`, `so`. Becomes the link's
   * `lang` and `hreflang`.
   * @sv BCP 47-kod för den länkade sidans språk: `sv`, `en`, `ar`, `fi`, `so`. Blir länkens `lang` och `hreflang`.
   */
  lang: string;
  /**
   * URL of the same page in that language (not the other language's start page, when the
   * page exists in it).
   * @sv Adressen till samma sida på det språket (inte språkets startsida, om sidan finns på det).
   */
  href: string;
  /**
   * The language's name in the language itself ("Suomi", not "Finska"). Built in for the
   * languages the city publishes in; give it for any other language.
   * @default the built-in name for `lang`
   * @sv Språkets namn på språket självt ("Suomi", inte "Finska"). Inbyggt för de språk staden publicerar på; ange det för andra språk.
   */
  label?: string;
}

export interface LanguageSwitcherProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /**
   * The language versions of this page, the current one included, in the order to show them.
   * Usage rule: the same list, in the same order, on every page of the site.
   * @sv Sidans språkversioner, den aktuella medräknad, i den ordning de ska visas. Regel: samma lista i samma ordning på alla sidor.
   */
  languages: readonly LanguageSwitcherLanguage[];
  /**
   * The `lang` of the page being shown: its link is marked `aria-current="page"`.
   * @sv `lang` för sidan som visas: dess länk markeras med `aria-current="page"`.
   */
  current: string;
  /**
   * Accessible name of the `nav` landmark.
   * @default "Språk" / "Language" (from the dictionaries)
   * @sv Tillgängligt namn på `nav`-landmärket.
   */
  label?: string;
}

/**
 * Links to the same page in other languages. Each language is named in itself and marked with
 * `lang`, `hreflang` (and `dir="rtl"` for Arabic, Persian…), so screen readers pronounce it and
 * every reader finds their own language. The current language is marked with `aria-current`.
 * Every link goes through the app's router link and the URL allow-list.
 */
export const LanguageSwitcher = forwardRef<HTMLElement, LanguageSwitcherProps>(function LanguageSwitcher(
  { languages, current, label, className, ...rest },
  ref,
) {
  const strings = { languageSwitcher: useSectionStrings(languageSwitcherStrings) };
  const list = Array.isArray(languages) ? languages : [];
  if (list.length < 2) {
    if (process.env.NODE_ENV !== 'production') warnOnce('LanguageSwitcher', 'needs at least two languages (the current one and one more); with fewer there is nothing to switch to. Leave the switcher out on pages that exist in one language.');
  }
  const currentTag = typeof current === 'string' ? current.toLowerCase() : '';
  if (list.length > 0 && !list.some((language) => language?.lang?.toLowerCase() === currentTag)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('LanguageSwitcher', `current="${String(current)}" is not one of the languages, so no link is marked as the current language. Set current to the lang of the page being shown.`);
  }
  const seen = new Set<string>();

  return (
    <nav ref={ref} aria-label={label ?? strings.languageSwitcher.label} className={cx(languageSwitcher, className)} {...rest}>
      <ul className={languageSwitcherList}>
        {list.map((language) => {
          const tag = language?.lang;
          if (!isLanguageTag(tag)) {
            if (process.env.NODE_ENV !== 'production') warnOnce('LanguageSwitcher', `"${String(tag)}" is not a language tag, so the link was left out. Use a BCP 47 tag such as "sv", "en" or "ar".`);
            return null;
          }
          const key = tag.toLowerCase();
          if (seen.has(key)) {
            if (process.env.NODE_ENV !== 'production') warnOnce('LanguageSwitcher', `the language "${tag}" is listed twice; the second was left out. List each language once.`);
            return null;
          }
          seen.add(key);
          const name = language.label?.trim() || languageName(tag);
          if (!name) {
            if (process.env.NODE_ENV !== 'production') warnOnce('LanguageSwitcher', `no built-in name for "${tag}", so the tag is shown. Give label: the language's name in itself.`);
          }
          const isCurrent = key === currentTag;
          return (
            <li key={key} className={languageSwitcherItem}>
              <NavAnchor
                component="LanguageSwitcher"
                href={language.href}
                lang={tag}
                hrefLang={tag}
                dir={isRtlLanguage(tag) ? 'rtl' : undefined}
                aria-current={isCurrent ? 'page' : undefined}
                className={languageSwitcherLink}
                data-language={primaryLanguage(tag)}
              >
                {name ?? tag}
              </NavAnchor>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
LanguageSwitcher.displayName = 'LanguageSwitcher';
