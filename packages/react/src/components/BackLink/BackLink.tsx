'use client';
import { ArrowLeftIcon } from '@goteborgsstad/icons';
import {
  forwardRef,
  type AnchorHTMLAttributes,
  type ButtonHTMLAttributes,
  type ForwardedRef,
  type MouseEventHandler,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { backLinkStrings } from '../../i18n/sections.js';
import { backLink, backLinkIcon } from './BackLink.css.js';

interface BackLinkOwnProps {
  /**
   * The link text. Say where it leads when that helps ("Tillbaka till dina uppgifter").
   * @default "Tillbaka" / "Back"
   * @sv Länktexten; säg vart den leder när det hjälper ("Tillbaka till dina uppgifter"). Standard
   * kommer från ordlistan.
   */
  children?: ReactNode;
}

/** With `href`: a link to the previous step (works without JavaScript). */
export type BackLinkAsLinkProps = BackLinkOwnProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'children' | 'href'> & {
    /**
     * The previous step's address. Prefer it: it works without JavaScript and opens in a new tab.
     * @sv Föregående stegs adress. Välj den när det går: den fungerar utan JavaScript.
     */
    href: string;
  };

/** Without `href`: a button; the app decides what "back" means (for example `history.back()`). */
export type BackLinkAsButtonProps = BackLinkOwnProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'> & {
    href?: undefined;
    /**
     * What happens on activation when there is no `href`, e.g. `() => router.back()`.
     * @sv Vad som händer när det inte finns någon `href`, t.ex. `() => router.back()`.
     */
    onClick: MouseEventHandler<HTMLButtonElement>;
  };

export type BackLinkProps = BackLinkAsLinkProps | BackLinkAsButtonProps;

type BackLinkComponent = {
  (props: (BackLinkAsLinkProps & RefAttributes<HTMLAnchorElement>) | (BackLinkAsButtonProps & RefAttributes<HTMLButtonElement>)): ReactElement | null;
  displayName?: string;
};

/**
 * "Tillbaka" at the top of a step in a step-by-step flow (an e-service), above the heading.
 * One per page. Not on ordinary content pages: use Breadcrumbs there. Without `href` it is a
 * button and the app decides where back goes; the library never calls `history.back()` itself.
 */
export const BackLink = forwardRef(function BackLink(
  props: BackLinkProps,
  ref: ForwardedRef<HTMLAnchorElement | HTMLButtonElement>,
) {
  const { children, className, ...rest } = props;
  const strings = { backLink: useSectionStrings(backLinkStrings) };
  const content = (
    <>
      <ArrowLeftIcon className={backLinkIcon} aria-hidden="true" focusable="false" />
      <span>{children ?? strings.backLink.label}</span>
    </>
  );
  if (typeof rest.href === 'string') {
    return (
      <NavAnchor component="BackLink" ref={ref as ForwardedRef<HTMLAnchorElement>} {...(rest as BackLinkAsLinkProps)} className={cx(backLink, className)}>
        {content}
      </NavAnchor>
    );
  }
  const { href: _href, onClick, ...buttonRest } = rest as BackLinkAsButtonProps;
  // Development-only check: production bundles drop it and its text.
  if (process.env.NODE_ENV !== 'production' && typeof onClick !== 'function') {
    warnOnce('BackLink', 'has neither href nor onClick, so it goes nowhere. Give it the previous step\'s href, or onClick={() => router.back()}.');
  }
  return (
    <button ref={ref as ForwardedRef<HTMLButtonElement>} type="button" {...buttonRest} onClick={onClick} className={cx(backLink, className)}>
      {content}
    </button>
  );
}) as BackLinkComponent;
BackLink.displayName = 'BackLink';
