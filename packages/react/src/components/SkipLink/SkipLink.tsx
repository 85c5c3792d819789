'use client';
import { forwardRef, useEffect, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { skipLinkStrings } from '../../i18n/sections.js';
import { skipLink } from './SkipLink.css.js';

export interface SkipLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /**
   * The `id` of the main content, usually the `<main>` element (`<main id="huvudinnehall">`).
   * @default 'main'
   * @sv `id` för huvudinnehållet, oftast `<main>`-elementet (`<main id="huvudinnehall">`).
   */
  targetId?: string;
  /**
   * Link text.
   * @default "Hoppa till huvudinnehållet" / "Skip to main content"
   * @sv Länktexten; standard kommer från ordlistan på sidans språk.
   */
  children?: ReactNode;
}

function findTarget(targetId: string): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.getElementById(targetId);
}

/**
 * "Skip to main content" for keyboard users. Render it as the very first element in `<body>`,
 * before the header, so it is the first stop in the tab order; it stays hidden until focused.
 * Activating it moves focus to the main content, not only the scroll position.
 */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { targetId = 'main', className, children, onClick, ...rest },
  ref,
) {
  const strings = { skipLink: useSectionStrings(skipLinkStrings) };

  useEffect(() => {
    if (!findTarget(targetId)) {
      if (process.env.NODE_ENV !== 'production') warnOnce('SkipLink', `no element with id="${targetId}" on the page. Give the main content that id (<main id="${targetId}">) or pass targetId.`);
    }
  }, [targetId]);

  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    const target = findTarget(targetId);
    if (!target) return;
    // Focus is moved here rather than by the browser's fragment navigation, which would only
    // scroll and would add a history entry (Back would then stay on the same page).
    event.preventDefault();
    // Most targets (<main>) are not focusable; tabindex=-1 lets script focus them without
    // adding them to the tab order. The next Tab then continues inside the main content.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  };

  return (
    <a ref={ref} href={`#${targetId}`} className={cx(skipLink, className)} onClick={handleClick} {...rest}>
      {children ?? strings.skipLink.label}
    </a>
  );
});
SkipLink.displayName = 'SkipLink';
