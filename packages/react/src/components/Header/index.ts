export { Header } from './Header.js';
export type { HeaderNavItem, HeaderProps, HeaderSubBrand } from './Header.js';
