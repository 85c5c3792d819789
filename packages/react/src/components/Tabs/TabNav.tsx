import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { tabsList, tabsNav, tabsNavItem, tabsNavLink } from './Tabs.css.js';

/** One page in the row. */
export interface TabNavItem {
  /**
   * The page's address; goes through the app's router link when one is set in GbgProvider.
   * @sv Sidans adress; går via appens routerlänk om en är satt i GbgProvider.
   */
  href: string;
  /**
   * The link text: the page's short name.
   * @sv Länktexten: sidans korta namn.
   */
  label: ReactNode;
  /**
   * This is the page being shown (`aria-current="page"`). Mark exactly one.
   * @default false
   * @sv Det här är sidan som visas (`aria-current="page"`). Markera exakt en.
   */
  current?: boolean;
}

export interface TabNavProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * The pages, in order.
   * @sv Sidorna i ordning.
   */
  items: ReadonlyArray<TabNavItem>;
  /**
   * The name of the navigation landmark, distinct from the page's other `nav`s, e.g.
   * "Mitt ärende".
   * @sv Namnet på navigeringslandmärket, skilt från sidans andra `nav`, till exempel "Mitt ärende".
   */
  label: string;
}

/**
 * Links that look like tabs, for moving between sibling pages of one section (e.g. "Översikt",
 * "Meddelanden", "Dokument" in an e-service case). Each is an ordinary link in a `nav`, the
 * current page marked with `aria-current="page"` — no tab roles, since each link loads a page.
 * For views within one page use Tabs.
 */
export const TabNav = forwardRef<HTMLElement, TabNavProps>(function TabNav(
  { items, label, className, ...rest },
  ref,
) {
  const list = Array.isArray(items) ? items : [];
  if (process.env.NODE_ENV !== 'production') {
    if (list.length === 0) warnOnce('TabNav', 'items is empty, so nothing is rendered. Pass the pages: items={[{ href: "/arende", label: "Översikt", current: true }, …]}.');
    const currents = list.filter((item) => item.current).length;
    if (list.length > 0 && currents !== 1) {
      warnOnce('TabNav', `${currents} items are marked current. Mark exactly one: the page being shown (current: true).`);
    }
    if (typeof label !== 'string' || label.trim() === '') {
      warnOnce('TabNav', 'the navigation has no name. Pass label="…", e.g. label="Mitt ärende", so it is told apart from other navigation on the page.');
    }
  }
  if (list.length === 0) return null;
  return (
    <nav ref={ref} aria-label={label} className={cx(tabsNav, className)} {...rest}>
      <ul className={tabsList}>
        {list.map((item, index) => (
          <li key={`${item.href}-${index}`} className={tabsNavItem}>
            <NavAnchor
              component="TabNav"
              href={item.href}
              className={tabsNavLink}
              aria-current={item.current ? 'page' : undefined}
            >
              {item.label}
            </NavAnchor>
          </li>
        ))}
      </ul>
    </nav>
  );
});
TabNav.displayName = 'TabNav';
