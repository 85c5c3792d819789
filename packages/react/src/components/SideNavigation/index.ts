export { SideNavigation } from './SideNavigation.js';
export type { SideNavigationCollapse, SideNavigationItem, SideNavigationProps } from './SideNavigation.js';
