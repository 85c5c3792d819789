export {
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  type TableBodyProps,
  type TableCellProps,
  type TableDensity,
  type TableFootProps,
  type TableHeadProps,
  type TableHeaderCellProps,
  type TableProps,
  type TableRowProps,
} from './Table.js';
export {
  compareTableValues,
  sortTableRows,
  type TableSort,
  type TableSortDirection,
  type TableSortValue,
} from './sortTableRows.js';
