'use client';
import { forwardRef, useContext, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useSectionStrings } from '../provider/hooks.js';
import { linkStrings } from '../i18n/sections.js';
import { visuallyHidden } from '../theme/visuallyHidden.css.js';
import { LinkComponentContext } from './context.js';
import { safeHref, urlScheme } from './safeHref.js';

export interface NavAnchorProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Name of the component that renders the link, for development warnings. */
  component: string;
  /** The link leads to another website: adds the "(extern webbplats)" notice and icon. */
  external?: boolean;
  /**
   * Visible mark after the spoken notice (Link passes its external-link icon). Passed in, not
   * imported here, so Button does not carry an icon it does not draw.
   */
  noticeIcon?: ReactNode;
  children?: ReactNode;
}

/** In-app URLs go through the router; URLs with a scheme, `//host` and `#fragment` do not. */
function isAppPath(href: string): boolean {
  return urlScheme(href) === undefined && !href.startsWith('//') && !href.startsWith('#');
}

/** Adds `noopener noreferrer` to `rel`, keeping what the app gave. */
function newWindowRel(rel: string | undefined): string {
  return Array.from(new Set([...(rel ?? '').split(/\s+/).filter(Boolean), 'noopener', 'noreferrer'])).join(' ');
}

/**
 * The one anchor every navigating component renders (Link, Button with href, and later
 * breadcrumbs, pagination, cards). It
 * - passes `href` through the URL allow-list (`safeHref`),
 * - renders the provider's `linkComponent` for in-app paths, a plain `<a>` otherwise,
 * - gives `target="_blank"` links `rel="noopener noreferrer"` and the new-window notice.
 * Internal: not exported from the package.
 */
export const NavAnchor = forwardRef<HTMLAnchorElement, NavAnchorProps>(function NavAnchor(
  { component, external = false, noticeIcon, href, target, rel, children, ...rest },
  ref,
) {
  const link = useSectionStrings(linkStrings);
  const RouterLink = useContext(LinkComponentContext);
  const safe = safeHref(component, href);
  const newWindow = target === '_blank';
  const notes = [external && link.external, newWindow && link.newWindow].filter(Boolean);
  const content = (
    <>
      {children}
      {notes.length > 0 && (
        <>
          {' '}
          <span className={visuallyHidden}>({notes.join(', ')})</span>
          {noticeIcon}
        </>
      )}
    </>
  );
  const anchorProps = { ...rest, target, rel: newWindow ? newWindowRel(rel) : rel };
  if (RouterLink && safe !== undefined && isAppPath(safe)) {
    return (
      <RouterLink ref={ref} href={safe} {...anchorProps}>
        {content}
      </RouterLink>
    );
  }
  return (
    <a ref={ref} href={safe} {...anchorProps}>
      {content}
    </a>
  );
});
