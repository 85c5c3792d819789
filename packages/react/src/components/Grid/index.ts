export {
  Grid,
  type GridProps,
  type GridElement,
  type GridColumns,
  type GridColumnCount,
  type GridBreakpoint,
  type GridLayout,
} from './Grid.js';
export { GridItem, type GridItemProps, type GridItemElement, type GridSpan, type GridSpans } from './GridItem.js';
