export { Breadcrumbs } from './Breadcrumbs.js';
export type { BreadcrumbItem, BreadcrumbsCollapse, BreadcrumbsProps } from './Breadcrumbs.js';
