'use client';
import { ArrowLeftIcon, ChevronRightIcon } from '@goteborgsstad/icons';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { breadcrumbsStrings } from '../../i18n/sections.js';
import {
  breadcrumbs,
  breadcrumbsBack,
  breadcrumbsBackArrow,
  breadcrumbsBackIcon,
  breadcrumbsCurrent,
  breadcrumbsItem,
  breadcrumbsLink,
  breadcrumbsList,
  breadcrumbsSeparator,
} from './Breadcrumbs.css.js';

/** One step of the trail. */
export interface BreadcrumbItem {
  /**
   * The page's name, as in its heading (short).
   * @sv Sidans namn, som i dess rubrik (kort).
   */
  label: ReactNode;
  /**
   * Where the step leads. Leave it out only on the last step, the current page.
   * @sv Vart steget leder. Utelämna det bara på sista steget, den aktuella sidan.
   */
  href?: string;
  /**
   * Language of the label when it differs from the page's (`lang` attribute).
   * @sv Språket i namnet när det skiljer sig från sidans (`lang`-attributet).
   */
  lang?: string;
}

/** `auto` collapses a trail of three or more steps to the parent page on narrow screens. */
export type BreadcrumbsCollapse = 'auto' | 'never';

export interface BreadcrumbsProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * The trail from the start page down. A last step without `href` is the current page:
   * shown as text with `aria-current="page"`. A last step with `href` ends the trail at the
   * parent (no current page shown).
   * @sv Stigen från startsidan och nedåt. Ett sista steg utan `href` är den aktuella sidan: den
   * visas som text med `aria-current="page"`. Ett sista steg med `href` avslutar stigen vid
   * föräldern.
   */
  items: ReadonlyArray<BreadcrumbItem>;
  /**
   * `auto`: on screens narrower than the `sm` breakpoint (480 px) a trail of three or more
   * steps shows only the parent page, as "← Tillbaka till …". `never`: always the whole
   * trail, wrapped over lines.
   * @default 'auto'
   * @sv `auto`: på skärmar smalare än brytpunkten `sm` (480 px) visar en stig med tre eller fler
   * steg bara föräldersidan, som "← Tillbaka till …". `never`: alltid hela stigen.
   */
  collapse?: BreadcrumbsCollapse;
  /**
   * Accessible name of the navigation landmark.
   * @default "Brödsmulor" / "Breadcrumbs"
   * @sv Landmärkets tillgängliga namn; standard kommer från ordlistan.
   */
  'aria-label'?: string;
}

/**
 * Where the current page sits in the site's hierarchy, from the start page down. Place it
 * above the page's main heading, once per page. Not for step-by-step flows: use BackLink
 * there, and a progress indicator for the steps.
 */
export const Breadcrumbs = forwardRef<HTMLElement, BreadcrumbsProps>(function Breadcrumbs(
  { items, collapse = 'auto', className, 'aria-label': ariaLabel, ...rest },
  ref,
) {
  const strings = { breadcrumbs: useSectionStrings(breadcrumbsStrings) };
  const trail = Array.isArray(items) ? items : [];
  if (trail.length === 0) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Breadcrumbs', 'items is empty, so nothing is rendered. Pass the trail from the start page: items={[{ label: "Start", href: "/" }, …]}.');
    return null;
  }
  const last = trail.length - 1;
  const hasCurrent = !trail[last]?.href;
  // The step a collapsed trail keeps: the page above the current one.
  const parent = hasCurrent ? last - 1 : last;
  const collapsible = collapse === 'auto' && trail.length >= 3 && parent >= 0;

  return (
    <nav
      ref={ref}
      aria-label={ariaLabel ?? strings.breadcrumbs.label}
      className={cx(breadcrumbs, className)}
      data-collapse={collapsible ? 'auto' : 'never'}
      {...rest}
    >
      <ol className={breadcrumbsList}>
        {trail.map((item, index) => {
          const isCurrent = hasCurrent && index === last;
          // Development-only check: production bundles drop it and its text.
          if (process.env.NODE_ENV !== 'production' && !isCurrent && !item.href) {
            warnOnce('Breadcrumbs', `step ${index + 1} has no href. Every step before the current page must link to its page; leave href out only on the last step.`);
          }
          return (
            <li key={index} className={breadcrumbsItem} data-parent={index === parent ? '' : undefined}>
              {index > 0 && (
                <ChevronRightIcon className={breadcrumbsSeparator} aria-hidden="true" focusable="false" />
              )}
              {isCurrent || !item.href ? (
                <span className={isCurrent ? breadcrumbsCurrent : undefined} aria-current={isCurrent ? 'page' : undefined} lang={item.lang}>
                  {item.label}
                </span>
              ) : (
                <NavAnchor component="Breadcrumbs" href={item.href} className={breadcrumbsLink}>
                  {index === parent && collapsible && (
                    // Wrapped: the icon's own stylesheet sets its display, outside our layer.
                    <span className={breadcrumbsBackIcon} aria-hidden="true">
                      <ArrowLeftIcon className={breadcrumbsBackArrow} aria-hidden="true" focusable="false" />
                    </span>
                  )}
                  {/* One inline run, so "Tillbaka till" and the name read as one phrase. */}
                  <span>
                    {index === parent && collapsible && (
                      <>
                        <span className={breadcrumbsBack}>{strings.breadcrumbs.backTo}</span>{' '}
                      </>
                    )}
                    <span lang={item.lang}>{item.label}</span>
                  </span>
                </NavAnchor>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
Breadcrumbs.displayName = 'Breadcrumbs';
