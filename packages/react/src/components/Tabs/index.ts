export { Tabs } from './Tabs.js';
export type { TabsItem, TabsProps } from './Tabs.js';
export { TabNav } from './TabNav.js';
export type { TabNavItem, TabNavProps } from './TabNav.js';
