export { Grid, type GridProps, type GridElement, type GridColumns, type GridColumnCount, type GridBreakpoint } from './Grid.js';
