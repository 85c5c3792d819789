'use client';
import { ExternalLinkIcon } from '@goteborgsstad/icons';
import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
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
  { variant = 'inline', external = false, target, rel, className, children, href, ...rest },
  ref,
) {
  const strings = useStrings();
  if (typeof href !== 'string' || href.trim() === '') {
    warnOnce('Link', 'href is missing, so this is not a link for keyboards or screen readers. Give it an href, or use Button for an action.');
  }
  const newWindow = target === '_blank';
  // A new window must not get a handle on this page (reverse tabnabbing).
  const safeRel = newWindow
    ? Array.from(new Set([...(rel ?? '').split(/\s+/).filter(Boolean), 'noopener', 'noreferrer'])).join(' ')
    : rel;
  const notes = [external && strings.link.external, newWindow && strings.link.newWindow].filter(Boolean);
  return (
    <a
      ref={ref}
      href={href}
      target={target}
      rel={safeRel}
      className={cx(link({ variant }), className)}
      {...rest}
    >
      {children}
      {notes.length > 0 && (
        <>
          {' '}
          <span className={visuallyHidden}>({notes.join(', ')})</span>
          <ExternalLinkIcon className={linkIcon} aria-hidden="true" focusable="false" />
        </>
      )}
    </a>
  );
});
Link.displayName = 'Link';
