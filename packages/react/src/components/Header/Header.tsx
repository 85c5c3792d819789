'use client';
import { CloseIcon, MenuIcon } from '@goteborgsstad/icons';
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cx } from '../../internal/cx.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useGbg, useSectionStrings } from '../../provider/hooks.js';
import { headerStrings, logoStrings } from '../../i18n/sections.js';
import { Logo } from '../Logo/Logo.js';
import { LOGO_NAMES } from '../Logo/LogoPlaceholder.js';
import { SenderText } from '../SenderText/SenderText.js';
import * as styles from './Header.css.js';

/** One link of the header's primary navigation. */
export interface HeaderNavItem {
  /**
   * Link text: the section's name, short ("Förskola", "Bygglov").
   * @sv Länktexten: avsnittets namn, kort ("Förskola", "Bygglov").
   */
  label: ReactNode;
  /**
   * Where the link goes (through the app's router link and the URL allow-list).
   * @sv Vart länken leder (via appens routerlänk och listan över tillåtna adresser).
   */
  href: string;
  /**
   * The reader is in this section: marked `aria-current="page"` and underlined thick.
   * @default false
   * @sv Läsaren är i det här avsnittet: markeras med `aria-current="page"` och tjock understrykning.
   */
  current?: boolean;
}

/** A unit with an approved special profile, or a wholly owned city company. */
export interface HeaderSubBrand {
  /**
   * `unit`: "<name> är en del av Göteborgs Stad"; `company`: "En del av Göteborgs Stad".
   * @sv `unit` (särprofilerad verksamhet): "<namn> är en del av Göteborgs Stad"; `company` (helägt bolag): "En del av Göteborgs Stad".
   */
  kind: 'unit' | 'company';
  /**
   * The unit's or company's name, as it writes it ("Göteborgs konserthus").
   * @sv Verksamhetens eller bolagets namn, så som det skrivs ("Göteborgs konserthus").
   */
  name: string;
}

export interface HeaderProps extends Omit<ComponentPropsWithoutRef<'header'>, 'children'> {
  /**
   * Where the logo links: the site's start page. The logo is always a link home, named
   * "Göteborgs Stad – startsida".
   * @default '/'
   * @sv Vart logotypen länkar: webbplatsens startsida. Logotypen är alltid en länk hem, med namnet "Göteborgs Stad – startsida".
   */
  homeHref?: string;
  /**
   * Name of the site or e-service, next to the logo ("Förskola", "Mina sidor"). Leave it out
   * on goteborg.se itself.
   * @sv Webbplatsens eller e-tjänstens namn bredvid logotypen ("Förskola", "Mina sidor"). Utelämna på goteborg.se.
   */
  serviceName?: ReactNode;
  /**
   * Makes the service name a link (to the service's start page).
   * @sv Gör tjänstens namn till en länk (till tjänstens startsida).
   */
  serviceHref?: string;
  /**
   * Primary navigation: the site's main sections, at most about seven. Mark the section the
   * reader is in with `current`. On narrow screens it collapses behind the menu button.
   * @sv Huvudnavigering: webbplatsens huvudavsnitt, högst ungefär sju. Markera avsnittet läsaren är i med `current`. På smala skärmar fälls den ihop bakom menyknappen.
   */
  navigation?: readonly HeaderNavItem[];
  /**
   * Accessible name of the navigation landmark; must differ from the page's other `nav`s.
   * @default "Huvudmeny" / "Main menu" (from the dictionaries)
   * @sv Tillgängligt namn på navigeringslandmärket; ska skilja sig från sidans andra `nav`.
   */
  navigationLabel?: string;
  /**
   * The site search: a `<SearchField>` (with `action` so it works without JavaScript).
   * Collapses with the navigation on narrow screens.
   * @sv Webbplatssökningen: en `<SearchField>` (med `action` så att den fungerar utan JavaScript). Fälls ihop med navigeringen på smala skärmar.
   */
  search?: ReactNode;
  /**
   * Language choice: a `<LanguageSwitcher>`. Collapses with the navigation on narrow screens.
   * @sv Språkval: en `<LanguageSwitcher>`. Fälls ihop med navigeringen på smala skärmar.
   */
  languages?: ReactNode;
  /**
   * Sign-in or "Mina sidor": one link or button, always visible (also on narrow screens).
   * @sv Inloggning eller "Mina sidor": en länk eller knapp, alltid synlig (även på smala skärmar).
   */
  actions?: ReactNode;
  /**
   * A unit with an approved special profile or a wholly owned company: shows its name and
   * the guarantee text next to the city's logo.
   * @sv En särprofilerad verksamhet eller ett helägt bolag: visar namnet och garantitexten bredvid stadens logotyp.
   */
  subBrand?: HeaderSubBrand;
}

/**
 * The site header: the city's logo linking home, the service name, primary navigation,
 * search, language choice and a slot for sign-in. On narrow screens the navigation, search
 * and languages collapse behind a menu button (disclosure: `aria-expanded`, Escape closes).
 * Without JavaScript everything is shown: the menu button only appears once the page has
 * hydrated. Usage rule: one Header per page, first in the page after the skip link.
 */
export const Header = forwardRef<HTMLElement, HeaderProps>(function Header(
  {
    homeHref = '/',
    serviceName,
    serviceHref,
    navigation,
    navigationLabel,
    search,
    languages,
    actions,
    subBrand,
    className,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const { locale } = useGbg();
  const strings = { header: useSectionStrings(headerStrings), logo: useSectionStrings(logoStrings) };
  const panelId = useSafeId(undefined, 'gbg-header-panel');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // The menu button exists only after hydration: server HTML (and a page whose script failed)
  // shows the whole navigation, which is then always reachable.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);

  const items = Array.isArray(navigation) ? navigation : [];
  if (navigation !== undefined && !Array.isArray(navigation)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Header', 'navigation must be an array of { label, href, current? }; it was ignored.');
  }
  if (items.filter((item) => item?.current).length > 1) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Header', 'more than one navigation item is marked current. Mark only the section the reader is in.');
  }
  const subBrandName = typeof subBrand?.name === 'string' ? subBrand.name.trim() : undefined;
  if (subBrand && !subBrandName) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Header', 'subBrand.name is empty. Give the unit\'s or company\'s name, or leave subBrand out.');
  }
  const hasPanel = items.length > 0 || search != null || languages != null;

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    onKeyDown?.(event);
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    setOpen(false);
    buttonRef.current?.focus();
  };

  // A followed link closes the menu, so a client-side page change does not leave it open.
  const handleNavClick = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as Element).closest('a')) setOpen(false);
  };

  const homeName = `${LOGO_NAMES[locale]} – ${strings.logo.homePage}`;

  return (
    <header
      ref={ref}
      className={cx(styles.header, className)}
      data-enhanced={enhanced ? '' : undefined}
      data-menu-open={enhanced && open ? '' : undefined}
      data-sub-brand={subBrandName ? subBrand?.kind : undefined}
      onKeyDown={handleKeyDown}
      {...rest}
    >
      <div className={styles.inner}>
        <div className={styles.bar}>
          <NavAnchor component="Header" href={homeHref} className={styles.home}>
            <Logo label={homeName} size="md" className={styles.logo} />
          </NavAnchor>
          {subBrandName && (
            <div className={styles.identity}>
              <span className={styles.subBrandName}>{subBrandName}</span>
              {subBrand?.kind === 'unit' ? (
                <SenderText as="span" unit={subBrandName} className={styles.guarantee} />
              ) : (
                <SenderText as="span" className={styles.guarantee} />
              )}
            </div>
          )}
          {serviceName != null && (
            <div className={styles.service}>
              {serviceHref ? (
                <NavAnchor component="Header" href={serviceHref} className={styles.serviceLink}>
                  {serviceName}
                </NavAnchor>
              ) : (
                serviceName
              )}
            </div>
          )}
          {(actions != null || (enhanced && hasPanel)) && (
            <div className={styles.tools}>
              {actions != null && <div className={styles.actions}>{actions}</div>}
              {enhanced && hasPanel && (
                <button
                  ref={buttonRef}
                  type="button"
                  className={styles.menuButton}
                  aria-expanded={open}
                  aria-controls={panelId}
                  onClick={() => setOpen((value) => !value)}
                >
                  {open ? (
                    <CloseIcon className={styles.menuIcon} aria-hidden="true" focusable="false" />
                  ) : (
                    <MenuIcon className={styles.menuIcon} aria-hidden="true" focusable="false" />
                  )}
                  {strings.header.menu}
                </button>
              )}
            </div>
          )}
        </div>
        {hasPanel && (
          <div id={panelId} className={styles.panel}>
            {search != null && <div className={styles.search}>{search}</div>}
            {languages != null && <div className={styles.languages}>{languages}</div>}
            {items.length > 0 && (
              <nav aria-label={navigationLabel ?? strings.header.navigation} className={styles.nav} onClick={handleNavClick}>
                <ul className={styles.navList}>
                  {items.map((item, index) => (
                    <li key={typeof item.href === 'string' ? `${item.href}-${index}` : index} className={styles.navItem}>
                      <NavAnchor
                        component="Header"
                        href={item.href}
                        aria-current={item.current ? 'page' : undefined}
                        className={styles.navLink}
                      >
                        {item.label}
                      </NavAnchor>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        )}
      </div>
    </header>
  );
});
Header.displayName = 'Header';
