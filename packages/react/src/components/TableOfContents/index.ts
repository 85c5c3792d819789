export { TableOfContents } from './TableOfContents.js';
export type { TableOfContentsItem, TableOfContentsProps } from './TableOfContents.js';
