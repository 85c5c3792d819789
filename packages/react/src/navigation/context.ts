import { createContext, type AnchorHTMLAttributes, type ComponentType, type Ref } from 'react';

/** The props our components give the app's link component: anchor props with a string `href`. */
export interface GbgLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * The app's router link, given to `GbgProvider linkComponent`: a component that takes anchor
 * props with `href: string`, renders an `<a>` and forwards its ref to it. Next.js `next/link`
 * fits as it is; React Router's `Link` needs a three-line adapter that maps `href` to `to`.
 */
export type GbgLinkComponent = ComponentType<GbgLinkProps>;

/** `null`: no router link set, render a plain `<a>`. */
export const LinkComponentContext = createContext<GbgLinkComponent | null>(null);
LinkComponentContext.displayName = 'GbgLinkComponentContext';
