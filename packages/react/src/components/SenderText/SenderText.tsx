'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from 'react';
import { senderTextStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useGbg, useSectionStrings } from '../../provider/hooks.js';
import { senderText } from './SenderText.css.js';

interface SenderTextBaseProps extends Omit<ComponentPropsWithoutRef<'p'>, 'children'> {
  /**
   * Language of the text. Defaults to the page language; English only in international contexts.
   * @default the GbgProvider locale
   * @sv Textens språk. Standard är sidans språk; engelska bara i internationella sammanhang.
   */
  language?: 'sv' | 'en';
  /**
   * The element: `p` on its own, `span` inside another line (next to the logo in a footer).
   * @default 'p'
   * @sv Elementet: `p` när texten står för sig själv, `span` inne i en annan rad (bredvid logotypen
   * i en sidfot).
   */
  as?: 'p' | 'span' | 'div';
}

/** A wholly owned city company: the short guarantee text. */
export interface SenderTextCompanyProps extends SenderTextBaseProps {
  /**
   * Leave out for a wholly owned company: "En del av Göteborgs Stad".
   * @sv Utelämna för ett helägt bolag: "En del av Göteborgs Stad".
   */
  unit?: undefined;
}

/** A unit with an approved special profile (särprofilerad verksamhet). */
export interface SenderTextUnitProps extends SenderTextBaseProps {
  /**
   * Name of a unit with an approved special profile: "<unit> är en del av Göteborgs Stad".
   * Such units must always show this text together with the city's logotype.
   * @sv Namnet på en enhet med godkänd särprofil: "<enhet> är en del av Göteborgs Stad". Sådana
   * enheter visar alltid texten tillsammans med stadens logotyp.
   */
  unit: string;
}

export type SenderTextProps = SenderTextCompanyProps | SenderTextUnitProps;

/**
 * The guarantee text that shows a sender belongs to the city: "En del av Göteborgs Stad" for
 * wholly owned companies (English "A municipal company, City of Gothenburg"), or
 * "<Unit> är en del av Göteborgs Stad" for units with an approved special profile.
 */
export const SenderText = forwardRef<HTMLElement, SenderTextProps>(function SenderText(
  { unit, language: languageProp, as = 'p', className, ...rest },
  ref,
) {
  const { locale } = useGbg();
  const ownStrings = useSectionStrings(senderTextStrings);
  const language = languageProp ?? locale;
  const texts = language === locale ? ownStrings : senderTextStrings[language];
  const unitName = typeof unit === 'string' ? unit.trim() : undefined;
  if (unitName === '') {
    if (process.env.NODE_ENV !== 'production') warnOnce('SenderText', 'unit is empty. Give the name of the unit ("Göteborgs konserthus"), or leave unit out for a wholly owned company.');
  }
  const Element = as as ElementType;
  return (
    <Element
      ref={ref}
      lang={language !== locale ? language : undefined}
      className={cx(senderText, className)}
      {...rest}
    >
      {unitName ? texts.unit(unitName) : texts.company}
    </Element>
  );
});
SenderText.displayName = 'SenderText';
