export { BackLink } from './BackLink.js';
export type { BackLinkAsButtonProps, BackLinkAsLinkProps, BackLinkProps } from './BackLink.js';
