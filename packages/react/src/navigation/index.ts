// Public part of the navigation mechanism. `safeHref` and `NavAnchor` are internal: components
// import them from their modules.
export type { GbgLinkComponent, GbgLinkProps } from './context.js';
