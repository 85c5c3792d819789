"use client";

import { forwardRef, useContext, useMemo, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { bodyRegion, createAnnouncer } from '../announce/announcer.js';
import { AnnounceContext } from '../announce/context.js';
import { LiveRegions, type LiveRegionsHandle } from '../announce/LiveRegions.js';
import { LinkComponentContext, type GbgLinkComponent } from '../navigation/context.js';
import { warnOnce } from '../internal/warn.js';
import type { GbgLocale, GbgStringOverrides } from '../i18n/index.js';
import {
  DEFAULT_DIRECTION,
  DEFAULT_LOCALE,
  DEFAULT_THEME,
  DIRECTIONS,
  GbgContext,
  LOCALES,
  THEMES,
  type GbgContextValue,
  type GbgDirection,
  type GbgTheme,
} from './context.js';
import { provider } from './GbgProvider.css.js';

/** Elements the provider can render as its wrapper. */
export type GbgProviderElement =
  | 'div'
  | 'span'
  | 'main'
  | 'section'
  | 'article'
  | 'aside'
  | 'header'
  | 'footer'
  | 'nav';

export interface GbgProviderProps extends Omit<HTMLAttributes<HTMLElement>, 'dir' | 'lang'> {
  /**
   * Colour theme for this subtree (`data-gbg-theme`). Omit it to inherit from the enclosing
   * provider. A provider that sets a theme paints its own background and text colour.
   * @default 'light' (at the top level)
   * @sv Färgtema för allt inuti (`light`, `dark` eller `auto` som följer användarens inställning). Den yttersta providerns tema färgar också sidans bakgrund.
   */
  theme?: GbgTheme;
  /**
   * Language of this subtree (`lang`) and of the components' built-in strings.
   * @default 'sv' (at the top level)
   * @sv Språk (`lang`) för allt inuti och för komponenternas inbyggda texter.
   */
  locale?: GbgLocale;
  /**
   * Text direction of this subtree (`dir`). Components use logical CSS properties, so `rtl`
   * mirrors them.
   * @default 'ltr' (at the top level)
   * @sv Läsriktning (`dir`). Komponenterna använder logiska CSS-egenskaper och speglas vid `rtl`.
   */
  dir?: GbgDirection;
  /**
   * Overrides for built-in strings in this subtree, for the provider's locale. Nested providers
   * with the same locale add their overrides on top; a provider that changes the locale starts
   * from that locale's dictionary.
   * @example <GbgProvider strings={{ common: { close: 'Stäng fönstret' } }}>
   * @sv Egna versioner av inbyggda texter för providerns språk; inre providers lägger till sina.
   */
  strings?: GbgStringOverrides;
  /**
   * Element rendered as the wrapper that carries `data-gbg-theme`, `lang` and `dir`.
   * @default 'div'
   * @sv Elementet som renderas som omslag och bär `data-gbg-theme`, `lang` och `dir`.
   */
  as?: GbgProviderElement;
  /**
   * The app's router link, used by every navigating component inside (Link, Button with
   * `href`, breadcrumbs, pagination) for in-app paths: `next/link` as it is, or a small adapter
   * for React Router (`href` -> `to`). Nested providers inherit it.
   * @default undefined (plain `<a>`)
   * @sv Appens routerlänk (t.ex. `next/link`) som alla navigerande komponenter använder för interna sökvägar. Ärvs av inre providers.
   * @example <GbgProvider linkComponent={Link}>
   */
  linkComponent?: GbgLinkComponent;
  /**
   * The app, or the region that gets this theme, language and direction.
   * @sv Appen, eller den del av sidan som får det här temat, språket och läsriktningen.
   */
  children?: ReactNode;
}

const NO_OVERRIDES: readonly GbgStringOverrides[] = [];

function checked<T extends string>(
  prop: string,
  value: T | undefined,
  allowed: readonly T[],
  fallback: T,
): T | undefined {
  if (value === undefined) return undefined;
  if (allowed.includes(value)) return value;
  if (process.env.NODE_ENV !== 'production') warnOnce(
    'GbgProvider',
    `unknown ${prop} "${String(value)}". Use one of ${allowed
      .map((v) => `"${v}"`)
      .join(', ')}. Falling back to "${fallback}".`,
  );
  return fallback;
}

/**
 * Sets theme, locale, text direction and built-in strings for everything inside it. Put one
 * around the app; nest more for regions that differ (a dark footer, an English section).
 * Components work without a provider (Swedish, light, left to right).
 */
export const GbgProvider = forwardRef<HTMLElement, GbgProviderProps>(function GbgProvider(
  { theme, locale, dir, strings, as: Element = 'div', linkComponent, className, children, ...rest },
  ref,
) {
  const parent = useContext(GbgContext);
  const parentAnnounce = useContext(AnnounceContext);
  const parentLink = useContext(LinkComponentContext);
  // Only the outermost provider owns the live regions: one pair per page, however deep the nesting.
  const ownsRegions = parentAnnounce === null;
  const regions = useRef<LiveRegionsHandle>(null);
  const ownAnnounce = useMemo(
    // Falls back to on-demand regions if asked to speak before the regions are attached.
    () => createAnnouncer((politeness) => regions.current?.region(politeness) ?? bodyRegion(politeness)),
    [],
  );
  const announce = parentAnnounce ?? ownAnnounce;
  const link = linkComponent ?? parentLink;
  const ownTheme = checked('theme', theme, THEMES, DEFAULT_THEME);
  const ownLocale = checked('locale', locale, LOCALES, DEFAULT_LOCALE);
  const ownDir = checked('dir', dir, DIRECTIONS, DEFAULT_DIRECTION);

  const resolvedLocale = ownLocale ?? parent.locale;
  // Overrides written for another language must not leak into this one.
  const inherited = resolvedLocale === parent.locale ? parent.overrides : NO_OVERRIDES;

  const value = useMemo<GbgContextValue>(() => {
    const overrides = strings ? [...inherited, strings] : inherited;
    return {
      theme: ownTheme ?? parent.theme,
      locale: resolvedLocale,
      dir: ownDir ?? parent.dir,
      overrides,
    };
  }, [ownTheme, ownDir, resolvedLocale, strings, inherited, parent.theme, parent.dir]);

  return (
    <GbgContext.Provider value={value}>
      <AnnounceContext.Provider value={announce}>
        <LinkComponentContext.Provider value={link}>
          <Element
            ref={ref as never}
            className={className ? `${provider} ${className}` : provider}
            data-gbg-theme={ownTheme}
            data-gbg-root={ownsRegions ? '' : undefined}
            lang={ownLocale}
            dir={ownDir}
            {...rest}
          >
            {children}
            {ownsRegions && <LiveRegions ref={regions} />}
          </Element>
        </LinkComponentContext.Provider>
      </AnnounceContext.Provider>
    </GbgContext.Provider>
  );
});
