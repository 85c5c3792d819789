export { Footer } from './Footer.js';
export type { FooterBackground, FooterGuarantee, FooterLink, FooterLinkGroup, FooterProps, FooterSocialLink } from './Footer.js';
