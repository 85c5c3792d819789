'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ForwardedRef } from 'react';
import { logoStrings as logoSection } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useGbg, useSectionStrings } from '../../provider/hooks.js';
import { logo, logoImage, logoLink } from './Logo.css.js';
import {
  logoAssetKey,
  useLogoAssets,
  type LogoAssets,
  type LogoBackground,
  type LogoLanguage,
  type LogoOrientation,
  type LogoVariant,
} from './LogoAssets.js';
import { LOGO_NAMES, LogoPlaceholder } from './LogoPlaceholder.js';

/** Height steps; the CSS never lets the logo get smaller than `sm`. */
export type LogoSize = 'sm' | 'md' | 'lg';

export interface LogoProps extends Omit<ComponentPropsWithoutRef<'a'>, 'children'> {
  /**
   * `horizontal` is the standard; `vertical` (word mark under the arms) only when the arms
   * should dominate or the format is narrow and tall.
   * @default 'horizontal'
   * @sv `horizontal` (liggande) är standard; `vertical` (ordbilden under vapnet) bara när vapnet ska dominera eller formatet är smalt och högt.
   */
  orientation?: LogoOrientation;
  /**
   * `color` wherever possible; `greyscale` and `monochrome` (black on light, white on dark) only
   * where colour cannot be reproduced.
   * @default 'color'
   * @sv `color` (färg) där det går; `greyscale` (gråskala) och `monochrome` (enfärgad: svart på ljust, vitt på mörkt) bara där färg inte kan återges.
   */
  variant?: LogoVariant;
  /**
   * What the logo stands on: `light` gives the black word mark, `dark` the white one. Never put
   * the logo on a busy photo.
   * @default 'dark' under a GbgProvider with theme "dark", otherwise 'light'
   * @sv Vad logotypen står på: `light` ger svart ordbild, `dark` vit. Aldrig på en orolig bild.
   */
  background?: LogoBackground;
  /**
   * The word mark: Swedish "Göteborgs Stad" or English "City of Gothenburg" (international
   * contexts only).
   * @default the GbgProvider locale
   * @sv Ordbilden: svenska "Göteborgs Stad" eller engelska "City of Gothenburg" (bara i internationella sammanhang).
   */
  language?: LogoLanguage;
  /**
   * Height: `sm` 32px, `md` 48px, `lg` 64px (vertical: twice that) at the default text size; the
   * logo grows with the reader's text size. For other sizes set the CSS property
   * `--gbg-logo-height`; the minimum is enforced either way.
   * @default 'md'
   * @sv Höjd: `sm` 32 px, `md` 48 px, `lg` 64 px vid normal textstorlek (stående: dubbelt); växer med läsarens textstorlek. Andra höjder med CSS-egenskapen `--gbg-logo-height`; minsta storlek gäller alltid.
   */
  size?: LogoSize;
  /**
   * Makes the logo a link, usually to the home page (`href="/"`). Its name then says where it
   * goes: "Göteborgs Stad – startsida".
   * @sv Gör logotypen till en länk, oftast till startsidan (`href="/"`). Namnet säger då vart den leder: "Göteborgs Stad – startsida".
   */
  href?: string;
  /**
   * The accessible name. Leave it out: the default is the word mark ("Göteborgs Stad"). Never
   * an empty string — the logo is content, not decoration.
   * @sv Det tillgängliga namnet. Utelämna det: standard är ordbilden ("Göteborgs Stad"). Aldrig en tom sträng — logotypen är innehåll, inte dekoration.
   */
  label?: string;
  /**
   * Official files for this logo only; normally set once with `LogoAssetsProvider`.
   * Without a file for the chosen version, the neutral placeholder shows (and a development warning).
   * @sv Officiella filer för just den här logotypen; sätts normalt en gång med `LogoAssetsProvider`. Utan fil för vald version visas den neutrala platshållaren (och en varning i utvecklingsläget).
   */
  assets?: LogoAssets;
}

/**
 * The city's logotype: the arms and the word mark, never separated, cropped or altered.
 * This package ships only a neutral placeholder; plug in the official files from the city's
 * media bank with `LogoAssetsProvider`. One logo per page, in the header.
 */
export const Logo = forwardRef<HTMLElement, LogoProps>(function Logo(
  {
    orientation = 'horizontal',
    variant = 'color',
    background: backgroundProp,
    language: languageProp,
    size = 'md',
    href,
    label,
    assets: assetsProp,
    className,
    ...rest
  },
  ref,
) {
  const { theme, locale } = useGbg();
  const ownStrings = useSectionStrings(logoSection);
  const contextAssets = useLogoAssets();
  const language = languageProp ?? locale;
  const background = backgroundProp ?? (theme === 'dark' ? 'dark' : 'light');
  // Strings in the logo's own language, with the app's overrides when it is the page language.
  const logoStrings = language === locale ? ownStrings : logoSection[language];

  let name = label ?? LOGO_NAMES[language];
  if (label !== undefined && label.trim() === '') {
    if (process.env.NODE_ENV !== 'production') warnOnce('Logo', 'label is empty, so the logo has no accessible name. Leave label out to use "Göteborgs Stad", or give a name.');
  } else if (href) {
    name = `${name} – ${logoStrings.homePage}`;
  }

  const key = logoAssetKey(orientation, variant, background, language);
  const assets = assetsProp ? { ...contextAssets, ...assetsProp } : contextAssets;
  const asset = assets?.[key];
  if (assets && Object.keys(assets).length > 0 && !asset) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Logo', `no official file for "${key}" in the logo assets; showing the neutral placeholder. Add "${key}" to LogoAssetsProvider.`);
  }
  if (!assets || Object.keys(assets).length === 0) {
    // One message per page (not per version), so a page of logos does not flood the console.
    if (process.env.NODE_ENV !== 'production') warnOnce(
      'Logo',
      'no official logotype files, so the neutral placeholder (a dashed, crossed-out shield) shows. Plug in the files from the city\'s media bank once near the root: <LogoAssetsProvider assets={{ "horizontal-color-light-sv": "/brand/logo.svg" }}> (keys: <orientation>-<variant>-<background>-<language>).',
    );
  }
  const file = typeof asset === 'string' ? { src: asset } : asset;

  const drawing = file ? (
    <img className={logoImage} src={file.src} width={file.width} height={file.height} alt={name} />
  ) : (
    <LogoPlaceholder orientation={orientation} variant={variant} background={background} language={language} name={name} />
  );

  const classes = cx(logo, href && logoLink, className);
  // Markers for `gbg-brand audit` (and anyone's CSS): which kind of drawing this logo shows.
  const marker = file ? 'official' : 'placeholder';
  // Mark a word mark in another language than the page, so screen readers pronounce it right.
  const lang = language !== locale ? language : undefined;

  if (href) {
    return (
      <a ref={ref as ForwardedRef<HTMLAnchorElement>} href={href} lang={lang} className={classes} {...rest} data-orientation={orientation} data-size={size} data-gbg-logo={marker}>
        {drawing}
      </a>
    );
  }
  const { target: _target, rel: _rel, download: _download, hrefLang: _hrefLang, ...spanRest } = rest;
  return (
    <span ref={ref as ForwardedRef<HTMLSpanElement>} lang={lang} className={classes} {...(spanRest as ComponentPropsWithoutRef<'span'>)} data-orientation={orientation} data-size={size} data-gbg-logo={marker}>
      {drawing}
    </span>
  );
});
Logo.displayName = 'Logo';
