export { Pagination } from './Pagination.js';
export type { PaginationButtonProps, PaginationLinkProps, PaginationProps, PaginationTemplateProps } from './Pagination.js';
