'use client';
import { ChevronDownIcon } from '@goteborgsstad/icons';
import { forwardRef, useEffect, useState, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { sideNavigationStrings } from '../../i18n/sections.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './SideNavigation.css.js';

/** One page of the section, with its subpages. Plain data, so a Server Component can pass it. */
export interface SideNavigationItem {
  /**
   * The page's name, as in its heading (short).
   * @sv Sidans namn, som i dess rubrik (kort).
   */
  label: ReactNode;
  /**
   * The page's address (through the app's router link and the URL allow-list). Also the key of
   * the item's expanded state, so every page with subpages needs its own `href`.
   * @sv Sidans adress (via appens routerlänk och listan över tillåtna adresser). Är också nyckeln
   * för om undersidorna visas, så varje sida med undersidor behöver en egen `href`.
   */
  href: string;
  /**
   * This is the page being shown: `aria-current="page"`, bold text and a bar at the start
   * edge; the branches above it are expanded by default. Mark at most one item.
   * @default false
   * @sv Det här är sidan som visas: `aria-current="page"`, fet text och ett streck vid
   * startkanten; grenarna ovanför den är utfällda från början. Markera högst en.
   */
  current?: boolean;
  /**
   * Language of the label when it differs from the page's (`lang` attribute).
   * @sv Språket i namnet när det skiljer sig från sidans (`lang`-attributet).
   */
  lang?: string;
  /**
   * Subpages, shown under the page when its branch is expanded. Keep to three levels.
   * @sv Undersidor, som visas under sidan när grenen är utfälld. Håll dig till tre nivåer.
   */
  children?: ReadonlyArray<SideNavigationItem>;
}

/** `auto` folds the whole navigation behind a toggle button on narrow screens. */
export type SideNavigationCollapse = 'auto' | 'never';

export interface SideNavigationProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * The section's pages, top level first, subpages in `children`.
   * @sv Avsnittets sidor, översta nivån först, undersidor i `children`.
   */
  items: ReadonlyArray<SideNavigationItem>;
  /**
   * Accessible name of the navigation landmark (also the text of the narrow-screen toggle);
   * must differ from the page's other `nav`s. Name it after the section ("Förskola").
   * @default "Undermeny" / "Section menu" (from the dictionaries)
   * @sv Landmärkets tillgängliga namn (också texten på knappen på smala skärmar); ska skilja sig
   * från sidans andra `nav`. Ge det gärna avsnittets namn ("Förskola").
   */
  'aria-label'?: string;
  /**
   * Controlled: the `href`s of the expanded items. Leave it out to let the component keep
   * the state itself.
   * @sv Kontrollerat: `href` för de utfällda sidorna. Utelämna det så håller komponenten
   * tillståndet själv.
   */
  expanded?: ReadonlyArray<string>;
  /**
   * Uncontrolled: `href`s of items expanded at first, in addition to the branches that hold
   * the current page (always expanded at first).
   * @default []
   * @sv Okontrollerat: `href` för sidor som är utfällda från början, utöver grenarna som
   * innehåller den aktuella sidan (de är alltid utfällda från början).
   */
  defaultExpanded?: ReadonlyArray<string>;
  /**
   * Called with the new list of expanded `href`s when a subpages button is pressed.
   * @sv Anropas med den nya listan över utfällda `href` när en undersidesknapp trycks.
   */
  onExpandedChange?: (expanded: string[]) => void;
  /**
   * `auto`: below the `lg` breakpoint (1024 px, where Grid's sidebar layouts stack) the
   * navigation folds behind a button carrying its name, closed at first, once the page has
   * hydrated. `never`: always shown.
   * @default 'auto'
   * @sv `auto`: under brytpunkten `lg` (1024 px, där Grids layouter med sidofält staplas) fälls
   * navigeringen ihop bakom en knapp med dess namn, stängd från början, när sidan har
   * hydrerats. `never`: visas alltid.
   */
  collapse?: SideNavigationCollapse;
}

interface Indexed {
  /** `href`s of the items whose branch holds the current page, and the current page itself. */
  path: string[];
  currents: number;
  branchHrefs: string[];
}

/** Walks the tree once: the current page's branch (for the default state) and bad input. */
function indexItems(items: ReadonlyArray<SideNavigationItem>): Indexed {
  const result: Indexed = { path: [], currents: 0, branchHrefs: [] };
  const walk = (list: ReadonlyArray<SideNavigationItem>, trail: string[]): void => {
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const here = typeof item.href === 'string' ? [...trail, item.href] : trail;
      const children = Array.isArray(item.children) ? item.children : [];
      if (children.length > 0 && typeof item.href === 'string') result.branchHrefs.push(item.href);
      if (item.current) {
        result.currents += 1;
        if (result.currents === 1) result.path = here;
      }
      walk(children, here);
    }
  };
  walk(items, []);
  return result;
}

/**
 * Navigation between the pages of one section (e.g. all pages under "Förskola"), in nested
 * lists. The current page is marked (`aria-current="page"`), and the branches that lead to it
 * are expanded. Other branches open with a button beside the page's link (disclosure:
 * `aria-expanded`, `aria-controls`), so the link still goes to the page. Keyboard: Tab only —
 * it is a list of links, not an ARIA tree. Without JavaScript the current page's branch is
 * shown and other pages' subpages are reached through their page. Usage rule: one per page,
 * beside the main content; for the site's main sections use Header navigation.
 */
export const SideNavigation = forwardRef<HTMLElement, SideNavigationProps>(function SideNavigation(
  {
    items,
    'aria-label': ariaLabel,
    expanded,
    defaultExpanded,
    onExpandedChange,
    collapse = 'auto',
    className,
    onClick,
    ...rest
  },
  ref,
) {
  const strings = useSectionStrings(sideNavigationStrings);
  const baseId = useSafeId(undefined, 'gbg-side-navigation');
  const list = Array.isArray(items) ? items : [];
  const index = indexItems(list);
  const [expandedHrefs, setExpandedHrefs] = useControllableState<ReadonlyArray<string>>({
    value: expanded,
    defaultValue: Array.from(new Set([...index.path, ...(Array.isArray(defaultExpanded) ? defaultExpanded : [])])),
    onChange: onExpandedChange ? (next) => onExpandedChange([...next]) : undefined,
  });
  // The buttons exist only after hydration: server HTML (or a page whose script failed) shows
  // the current page's branch and the whole list on every screen, with nothing dead to press.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const [menuOpen, setMenuOpen] = useState(false);

  if (process.env.NODE_ENV !== 'production') {
    if (list.length === 0) {
      warnOnce('SideNavigation', 'items is empty, so nothing is rendered. Pass the section\'s pages: items={[{ label: "Förskola", href: "/forskola", children: […] }, …]}.');
    }
    if (index.currents > 1) {
      warnOnce('SideNavigation', `${index.currents} items are marked current. Mark only the page being shown (current: true).`);
    }
    const duplicates = index.branchHrefs.filter((href, i) => index.branchHrefs.indexOf(href) !== i);
    if (duplicates.length > 0) {
      warnOnce('SideNavigation', `more than one item with subpages has the href "${duplicates[0]}". The href is the key of the expanded state: give every page its own address.`);
    }
  }
  if (list.length === 0) return null;

  const label = ariaLabel ?? strings.label;
  const listId = `${baseId}-list`;
  const isExpanded = (href: string) => expandedHrefs.includes(href);
  const toggle = (href: string) =>
    setExpandedHrefs((current) => (current.includes(href) ? current.filter((item) => item !== href) : [...current, href]));

  // A followed link closes the narrow-screen menu, so a client-side page change leaves it tidy.
  const handleClick = (event: MouseEvent<HTMLElement>) => {
    onClick?.(event);
    if ((event.target as Element).closest('a')) setMenuOpen(false);
  };

  const renderList = (level: ReadonlyArray<SideNavigationItem>, depth: number, path: string, id?: string, hidden?: boolean): ReactNode => (
    <ul id={id} className={styles.list} data-level={depth} hidden={hidden}>
      {level.map((item, position) => {
        if (!item || typeof item !== 'object') return null;
        const key = `${path}${position}`;
        const href = typeof item.href === 'string' ? item.href : undefined;
        if (process.env.NODE_ENV !== 'production' && href === undefined) {
          warnOnce('SideNavigation', 'an item has no href. Every item is a link to its page: { label, href }.');
        }
        const children = Array.isArray(item.children) ? item.children.filter(Boolean) : [];
        const hasChildren = children.length > 0;
        // A page without an address has no expanded-state key: its subpages stay shown, so bad
        // input never hides pages.
        const expandable = hasChildren && href !== undefined;
        const open = hasChildren && (href === undefined || isExpanded(href));
        const linkId = `${baseId}-link-${key}`;
        const subId = `${baseId}-sub-${key}`;
        return (
          <li key={href ? `${href}-${position}` : position} className={styles.item}>
            <div className={styles.row}>
              <NavAnchor
                component="SideNavigation"
                id={linkId}
                href={href}
                lang={item.lang}
                aria-current={item.current ? 'page' : undefined}
                className={styles.link}
              >
                {item.label}
              </NavAnchor>
              {expandable && enhanced && (
                <button
                  type="button"
                  className={styles.expand}
                  aria-expanded={open}
                  aria-controls={subId}
                  aria-labelledby={`${subId}-name ${linkId}`}
                  onClick={() => href !== undefined && toggle(href)}
                >
                  <span id={`${subId}-name`} className={visuallyHidden}>
                    {strings.subpages}
                  </span>
                  <ChevronDownIcon className={styles.expandIcon} aria-hidden="true" focusable="false" />
                </button>
              )}
            </div>
            {hasChildren && renderList(children, depth + 1, `${key}-`, subId, !open)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <nav
      ref={ref}
      aria-label={label}
      className={cx(styles.sideNavigation, className)}
      data-collapse={collapse === 'never' ? 'never' : 'auto'}
      data-enhanced={enhanced ? '' : undefined}
      data-menu-open={enhanced && menuOpen ? '' : undefined}
      onClick={handleClick}
      {...rest}
    >
      {enhanced && collapse !== 'never' && (
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={menuOpen}
          aria-controls={listId}
          onClick={() => setMenuOpen((value) => !value)}
        >
          {label}
          <ChevronDownIcon className={styles.expandIcon} aria-hidden="true" focusable="false" />
        </button>
      )}
      {renderList(list, 1, '', listId)}
    </nav>
  );
});
SideNavigation.displayName = 'SideNavigation';
