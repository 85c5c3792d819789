'use client';
import { ExternalLinkIcon } from '@goteborgsstad/icons';
import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { link, linkIcon } from './Link.css.js';

/** `inline` inside running text; `standalone` on its own line. */
export type LinkVariant = 'inline' | 'standalone';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where the link goes. A link without `href` is not a link: use a Button for actions. */
  href: string;
  /**
   * `inline` inside a sentence; `standalone` for a link on its own line (bolder, larger target).
   * @default 'inline'
   */
  variant?: LinkVariant;
  /**
   * The link leads to another website. Adds an icon and the visually hidden words
   * "(extern webbplats)" / "(external site)" so everyone knows before they follow it.
   * @default false
   */
  external?: boolean;
  /**
   * `_blank` opens a new window: avoid it, except for help that must not interrupt a form.
   * The link then says "öppnas i nytt fönster" / "opens in a new window" to screen readers,
   * shows an icon and gets `rel="noopener noreferrer"`.
   */
  target?: string;
}

/**
 * A link to another page. Black or white like all text, always underlined. Write link text
 * that makes sense on its own ("Ansök om bygglov", not "Klicka här").
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { variant = 'inline', className, href, ...rest },
  ref,
) {
  if (typeof href !== 'string' || href.trim() === '') {
    warnOnce('Link', 'href is missing, so this is not a link for keyboards or screen readers. Give it an href, or use Button for an action.');
  }
  // The shared navigating anchor: URL allow-list, router link, new-window rel and notice.
  return (
    <NavAnchor
      component="Link"
      ref={ref}
      href={href}
      noticeIcon={<ExternalLinkIcon className={linkIcon} aria-hidden="true" focusable="false" />}
      className={cx(link, className)}
      data-variant={variant}
      {...rest}
    />
  );
});
Link.displayName = 'Link';
