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
  /**
   * Where the link goes. A link without `href` is not a link: use a Button for actions.
   * @sv Vart länken går. En länk utan `href` är ingen länk: använd en Button för handlingar. Bara säkra adresser renderas; interna sökvägar går via appens routerlänk.
   */
  href: string;
  /**
   * `inline` inside a sentence; `standalone` for a link on its own line (bolder, larger target).
   * @default 'inline'
   * @sv `inline` i löptext; `standalone` för en länk på egen rad (fetare, större träffyta).
   */
  variant?: LinkVariant;
  /**
   * The link leads to another website. Adds an icon and the visually hidden words
   * "(extern webbplats)" / "(external site)" so everyone knows before they follow it.
   * @default false
   * @sv Länken leder till en annan webbplats: ikon och dold text "(extern webbplats)".
   */
  external?: boolean;
  /**
   * `_blank` opens a new window: avoid it, except for help that must not interrupt a form.
   * The link then says "öppnas i nytt fönster" / "opens in a new window" to screen readers,
   * shows an icon and gets `rel="noopener noreferrer"`.
   * @sv `_blank` öppnar nytt fönster: undvik det. Länken får då "(öppnas i nytt fönster)", ikon och `rel="noopener noreferrer"`.
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
    if (process.env.NODE_ENV !== 'production') warnOnce('Link', 'href is missing, so this is not a link for keyboards or screen readers. Give it an href, or use Button for an action.');
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
