'use client';
import { createElement, forwardRef, useEffect, useState, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { tableOfContentsStrings } from '../../i18n/sections.js';
import {
  tableOfContents,
  tableOfContentsHeading,
  tableOfContentsItem,
  tableOfContentsLink,
  tableOfContentsList,
} from './TableOfContents.css.js';

/** One section of the page. */
export interface TableOfContentsItem {
  /**
   * The `id` of the section's heading on the page (without `#`).
   * @sv `id` för avsnittets rubrik på sidan (utan `#`).
   */
  id: string;
  /**
   * The link text: the heading's text.
   * @sv Länktexten: rubrikens text.
   */
  label: ReactNode;
  /**
   * Sub-sections. Use one level at most: deeper lists are hard to scan.
   * @sv Underavsnitt. Använd högst en nivå.
   */
  items?: ReadonlyArray<TableOfContentsItem>;
}

export interface TableOfContentsProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * The sections, in page order.
   * @sv Avsnitten i sidans ordning.
   */
  items: ReadonlyArray<TableOfContentsItem>;
  /**
   * The heading above the list; it also names the navigation landmark.
   * @default "Innehåll på sidan" / "On this page"
   * @sv Rubriken ovanför listan; den namnger också landmärket.
   */
  heading?: ReactNode;
  /**
   * Level of the heading, so the page's heading order stays right.
   * @default 2
   * @sv Rubrikens nivå, så att sidans rubrikordning blir rätt.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Mark the section being read (`aria-current="location"`) while the reader scrolls. Needs
   * JavaScript and IntersectionObserver; without them the links still work.
   * @default false
   * @sv Markera avsnittet som läses (`aria-current="location"`) medan läsaren skrollar. Länkarna
   * fungerar utan JavaScript.
   */
  highlightCurrent?: boolean;
}

function flatten(items: ReadonlyArray<TableOfContentsItem>): string[] {
  return items.flatMap((item) => [item.id, ...flatten(item.items ?? [])]);
}

/** Ids as given, without a `#` someone may have copied along (warned once). */
function cleanId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '') {
    if (process.env.NODE_ENV !== 'production') warnOnce('TableOfContents', 'an item has no id, so its link goes nowhere. Give each item the id of its heading: { id: "ansok", label: "Så ansöker du" }.');
    return '';
  }
  if (id.startsWith('#')) {
    if (process.env.NODE_ENV !== 'production') warnOnce('TableOfContents', `item id "${id}" starts with "#". Pass the id alone ("${id.slice(1)}"); the # is added for the link.`);
    return id.slice(1);
  }
  return id;
}

/** The section whose heading is the last one above the reading line (30 % down the viewport). */
function sectionAtReadingLine(ids: string[]): string | undefined {
  const line = window.innerHeight * 0.3;
  let current: string | undefined;
  for (const id of ids) {
    const target = document.getElementById(id);
    if (target && target.getBoundingClientRect().top <= line) current = id;
  }
  return current;
}

/**
 * "Innehåll på sidan": links to the sections of a long page (an article, a guide), placed
 * before the first section or in a side column. Use it when a page has four or more sections;
 * not for navigation between pages (use SideNavigation).
 */
export const TableOfContents = forwardRef<HTMLElement, TableOfContentsProps>(function TableOfContents(
  { items, heading, headingLevel = 2, highlightCurrent = false, className, ...rest },
  ref,
) {
  const level = [2, 3, 4, 5, 6].includes(headingLevel) ? headingLevel : 2;
  if (process.env.NODE_ENV !== 'production' && level !== headingLevel) {
    warnOnce('TableOfContents', `headingLevel ${String(headingLevel)} is not 2–6. The page's h1 is its title; pass the level that fits the heading order. Using 2.`);
  }
  const strings = { tableOfContents: useSectionStrings(tableOfContentsStrings) };
  const headingId = useSafeId(undefined, 'gbg-toc');
  const [currentId, setCurrentId] = useState<string | undefined>(undefined);
  const sections = Array.isArray(items) ? items : [];
  const ids = flatten(sections).map(cleanId);
  const idsKey = ids.join(' ');

  // After mount only: the server render and the first client render are the same (no current
  // section), so nothing reads `window` while rendering.
  useEffect(() => {
    const list = idsKey.split(' ').filter(Boolean);
    // Development-only check: production bundles drop it and its text.
    if (process.env.NODE_ENV !== 'production') {
      const missing = list.filter((id) => !document.getElementById(id));
      if (missing.length > 0) {
        warnOnce('TableOfContents', `no element with id ${missing.map((id) => `"${id}"`).join(', ')} on the page, so those links go nowhere. Give each section heading the id its item names.`);
      }
    }
    if (!highlightCurrent || typeof IntersectionObserver === 'undefined') return;
    const update = () => setCurrentId(sectionAtReadingLine(list));
    // The observer only says when a heading crosses the reading line; the current section is
    // then measured from all headings, so a long section stays current while it is read.
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    for (const id of list) {
      const target = document.getElementById(id);
      if (target) observer.observe(target);
    }
    // The observer's implicit root is the top window's viewport: in a frame scrolled outside it
    // (an embedded e-service, a test runner's iframe) no heading ever intersects, so nothing is
    // reported. Scroll events are frame-aligned and the measurement is a few rects, so they
    // update too.
    window.addEventListener('scroll', update, { passive: true });
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', update);
    };
  }, [idsKey, highlightCurrent]);

  if (sections.length === 0) {
    if (process.env.NODE_ENV !== 'production') warnOnce('TableOfContents', 'items is empty, so nothing is rendered. Pass the page\'s sections: items={[{ id: "ansok", label: "Så ansöker du" }, …]}.');
    return null;
  }

  const renderList = (list: ReadonlyArray<TableOfContentsItem>): ReactNode => (
    <ol className={tableOfContentsList}>
      {list.map((item, index) => {
        const id = cleanId(item.id);
        return (
          <li key={id || index} className={tableOfContentsItem}>
            <NavAnchor
              component="TableOfContents"
              href={id ? `#${id}` : undefined}
              className={tableOfContentsLink}
              aria-current={highlightCurrent && id !== '' && id === currentId ? 'location' : undefined}
              onClick={highlightCurrent ? () => setCurrentId(id) : undefined}
            >
              {item.label}
            </NavAnchor>
            {item.items && item.items.length > 0 && renderList(item.items)}
          </li>
        );
      })}
    </ol>
  );

  return (
    <nav
      ref={ref}
      aria-labelledby={rest['aria-label'] ? undefined : headingId}
      className={cx(tableOfContents, className)}
      {...rest}
    >
      {createElement(`h${level}`, { id: headingId, className: tableOfContentsHeading }, heading ?? strings.tableOfContents.heading)}
      {renderList(sections)}
    </nav>
  );
});
TableOfContents.displayName = 'TableOfContents';
