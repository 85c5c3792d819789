'use client';
import { ChevronLeftIcon, ChevronRightIcon } from '@goteborgsstad/icons';
import { forwardRef, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { paginationStrings } from '../../i18n/sections.js';
import {
  pagination,
  paginationControl,
  paginationEllipsis,
  paginationIcon,
  paginationList,
  paginationNextItem,
  paginationPageItem,
  paginationStatus,
} from './Pagination.css.js';
import { pageRange } from './pageRange.js';

interface PaginationOwnProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'onChange'> {
  /**
   * How many pages there are (1 or more). With one page nothing is rendered.
   * @sv Hur många sidor det finns (1 eller fler). Med en sida visas ingenting.
   */
  count: number;
  /**
   * Pages shown on each side of the current one before an ellipsis.
   * @default 1
   * @sv Antal sidor som visas på varje sida om den aktuella innan en ellips.
   */
  siblingCount?: number;
  /**
   * Accessible name of the navigation landmark. Name it after what it pages through when a
   * page has several ("Sidnumrering för nyheter").
   * @default "Sidnumrering" / "Pagination"
   * @sv Landmärkets tillgängliga namn; ge det ett eget namn om sidan har flera.
   */
  'aria-label'?: string;
}

/** Server-side paging: every page is a link, the URL comes from a function. */
export interface PaginationLinkProps extends PaginationOwnProps {
  /**
   * The current page, 1 to `count`.
   * @sv Den aktuella sidan, 1 till `count`.
   */
  page: number;
  /**
   * The URL of a page: `(page) => \`/nyheter?sida=${page}\``. In a Next.js Server Component use
   * `hrefTemplate` (functions cannot be passed to client components).
   * @sv Adressen till en sida. Från en Server Component i Next.js: använd `hrefTemplate`.
   */
  getHref: (page: number) => string;
  hrefTemplate?: undefined;
  onPageChange?: undefined;
  defaultPage?: undefined;
}

/** Server-side paging with a URL pattern: works from a React Server Component. */
export interface PaginationTemplateProps extends PaginationOwnProps {
  /**
   * The current page, 1 to `count`.
   * @sv Den aktuella sidan, 1 till `count`.
   */
  page: number;
  /**
   * The URL of every page with `{page}` where the number goes: `"/nyheter?sida={page}"`.
   * @sv Sidornas adress med `{page}` där numret ska stå: `"/nyheter?sida={page}"`.
   */
  hrefTemplate: string;
  getHref?: undefined;
  onPageChange?: undefined;
  defaultPage?: undefined;
}

/** Client-side paging: buttons, the app changes the content. */
export interface PaginationButtonProps extends PaginationOwnProps {
  /**
   * The current page (controlled). Leave it out and use `defaultPage` to let Pagination keep it.
   * @sv Den aktuella sidan (kontrollerad). Utelämna den och använd `defaultPage` för att låta
   * komponenten hålla den.
   */
  page?: number;
  /**
   * The first page while uncontrolled.
   * @default 1
   * @sv Första sidan när komponenten håller sidan själv.
   */
  defaultPage?: number;
  /**
   * Called with the chosen page. Show that page's content; the new page is announced
   * ("Sida 3 av 12") and focus stays on the pressed button.
   * @sv Anropas med den valda sidan. Visa sidans innehåll; den nya sidan läses upp och fokus
   * stannar på knappen.
   */
  onPageChange: (page: number) => void;
  getHref?: undefined;
  hrefTemplate?: undefined;
}

export type PaginationProps = PaginationLinkProps | PaginationTemplateProps | PaginationButtonProps;

/** A whole number in 1..count; bad values warn once and are clamped so the page still renders. */
function sanePage(page: number, count: number): number {
  if (!Number.isFinite(page)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Pagination', `page is ${String(page)}, not a number. Pass the current page, 1 to count; showing page 1.`);
    return 1;
  }
  const whole = Math.round(page);
  if (process.env.NODE_ENV !== 'production' && (whole < 1 || whole > count)) {
    warnOnce('Pagination', `page ${page} is outside 1..${count}. Pass the current page, 1 to count; showing the nearest page.`);
  }
  return Math.min(Math.max(whole, 1), count);
}

/**
 * Moves through a list of results split over pages: previous and next with words, page numbers
 * with the current one marked, an ellipsis for long ranges, and "Sida 3 av 12" with previous
 * and next where there is little room. Use links (`getHref`/`hrefTemplate`) whenever each page
 * has a URL; buttons (`onPageChange`) only when the app pages on the client. Not for steps in
 * a form: those are not pages of the same list.
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(props, ref) {
  const {
    count: countProp,
    page: pageProp,
    defaultPage,
    siblingCount = 1,
    getHref,
    hrefTemplate,
    onPageChange,
    className,
    'aria-label': ariaLabel,
    ...rest
  } = props as PaginationOwnProps & {
    page?: number;
    defaultPage?: number;
    getHref?: (page: number) => string;
    hrefTemplate?: string;
    onPageChange?: (page: number) => void;
  };
  const strings = { pagination: useSectionStrings(paginationStrings) };
  const announce = useAnnounce();
  const [ownPage, setOwnPage] = useControllableState<number>({
    value: pageProp,
    defaultValue: defaultPage ?? 1,
    onChange: onPageChange,
  });

  const count = Number.isFinite(countProp) ? Math.floor(countProp) : 0;
  if (count < 1) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Pagination', `count is ${String(countProp)}; it must be 1 or more. Nothing is rendered.`);
    return null;
  }
  if (count === 1) return null;
  const siblings = Number.isFinite(siblingCount) ? Math.min(Math.max(Math.floor(siblingCount), 0), 3) : 1;

  const linkMode = typeof getHref === 'function' || typeof hrefTemplate === 'string';
  // Development-only checks: production bundles drop them and their texts.
  if (process.env.NODE_ENV !== 'production') {
    if (linkMode && onPageChange) {
      warnOnce('Pagination', 'got both a URL (getHref or hrefTemplate) and onPageChange. Pass one: links for server-side paging, onPageChange for buttons. Rendering links.');
    }
    if (!linkMode && typeof onPageChange !== 'function') {
      warnOnce('Pagination', 'has no getHref, hrefTemplate or onPageChange, so its buttons change nothing on the page. Pass getHref for links or onPageChange for buttons.');
    }
    if (typeof hrefTemplate === 'string' && !hrefTemplate.includes('{page}')) {
      warnOnce('Pagination', `hrefTemplate "${hrefTemplate}" has no {page}, so every page links to the same URL. Write it as "/nyheter?sida={page}".`);
    }
  }
  const current = sanePage(linkMode ? (pageProp as number) : ownPage, count);

  const hrefOf = (target: number): string =>
    typeof getHref === 'function' ? getHref(target) : String(hrefTemplate).split('{page}').join(String(target));

  const go = (target: number) => (event: MouseEvent<HTMLButtonElement>) => {
    if (target < 1 || target > count || target === current) {
      event.preventDefault();
      return;
    }
    setOwnPage(target);
    announce(strings.pagination.status(target, count));
  };

  /** A page number, previous or next: a link in link mode, a button otherwise. */
  const control = (target: number, content: ReactNode, extra: { 'aria-label'?: string; 'aria-current'?: 'page'; rel?: string }) => {
    const outOfRange = target < 1 || target > count;
    if (linkMode) {
      return (
        <NavAnchor component="Pagination" href={hrefOf(target)} className={paginationControl} {...extra}>
          {content}
        </NavAnchor>
      );
    }
    const { rel: _rel, ...buttonExtra } = extra;
    return (
      <button
        type="button"
        className={paginationControl}
        aria-disabled={outOfRange ? 'true' : undefined}
        onClick={go(target)}
        {...buttonExtra}
      >
        {content}
      </button>
    );
  };

  // Links leave out previous on the first page and next on the last (there is nowhere to go).
  // Buttons stay, marked aria-disabled, so focus is not lost when the last click reaches the end.
  const showPrevious = !linkMode || current > 1;
  const showNext = !linkMode || current < count;

  return (
    <nav ref={ref} aria-label={ariaLabel ?? strings.pagination.label} className={cx(pagination, className)} {...rest}>
      <ul className={paginationList}>
        {showPrevious && (
          <li>
            {control(
              current - 1,
              <>
                <ChevronLeftIcon className={paginationIcon} aria-hidden="true" focusable="false" />
                <span>{strings.pagination.previous}</span>
              </>,
              { rel: 'prev' },
            )}
          </li>
        )}
        <li className={paginationStatus}>{strings.pagination.status(current, count)}</li>
        {pageRange(current, count, siblings).map((item) =>
          typeof item === 'number' ? (
            <li key={item} className={paginationPageItem}>
              {control(item, item, {
                'aria-label': strings.pagination.page(item),
                'aria-current': item === current ? 'page' : undefined,
              })}
            </li>
          ) : (
            // The ellipsis is decorative: the numbers on either side say which pages are left out.
            <li key={item} className={paginationPageItem} aria-hidden="true">
              <span className={paginationEllipsis}>…</span>
            </li>
          ),
        )}
        {showNext && (
          <li className={paginationNextItem}>
            {control(
              current + 1,
              <>
                <span>{strings.pagination.next}</span>
                <ChevronRightIcon className={paginationIcon} aria-hidden="true" focusable="false" />
              </>,
              { rel: 'next' },
            )}
          </li>
        )}
      </ul>
    </nav>
  );
});
Pagination.displayName = 'Pagination';
