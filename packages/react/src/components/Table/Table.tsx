'use client';
import {
  createContext,
  forwardRef,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  type MouseEvent,
  type Ref,
  type ReactNode,
} from 'react';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { tableStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './Table.css.js';
import { sortTableRows, type TableSort, type TableSortDirection, type TableSortValue } from './sortTableRows.js';

/** `default` for reading; `compact` for long tables people scan (less space in each cell). */
export type TableDensity = 'default' | 'compact';

interface TableContextValue {
  sort: TableSort;
  /** Called by a sortable header: the next sort and the column's words for the announcement. */
  requestSort: (key: string, label: string) => void;
}

const TableContext = createContext<TableContextValue | null>(null);

/** Which part of the table a row is in: column headers (`head`) or data rows. */
const SectionContext = createContext<'head' | 'body' | 'foot' | null>(null);

const DENSITIES: readonly string[] = ['default', 'compact'];
const DIRECTIONS: readonly string[] = ['ascending', 'descending'];

function saneSort(sort: TableSort | undefined): TableSort | undefined {
  if (sort === undefined || sort === null) return sort;
  if (typeof sort !== 'object' || typeof sort.key !== 'string' || !DIRECTIONS.includes(sort.direction)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        'Table',
        `\`sort\` must be null or { key, direction: "ascending" | "descending" } (got ${JSON.stringify(sort)}); showing the rows unsorted.`,
      );
    }
    return null;
  }
  return sort;
}

interface TableOwnProps {
  /**
   * What the table shows: "Avgifter för förskola 2026". Required: it names the table and its
   * scroll region for screen readers. Hide it visually with `captionHidden` only when a heading
   * right above says the same.
   * @sv Vad tabellen visar. Obligatorisk: den namnger tabellen och dess scrollområde. Dölj den visuellt med `captionHidden` bara när en rubrik precis ovanför säger samma sak.
   */
  caption: ReactNode;
  /**
   * Hides the caption visually; screen readers still read it.
   * @sv Döljer rubriken visuellt; skärmläsare läser den ändå.
   * @default false
   */
  captionHidden?: boolean;
  /**
   * Space in the cells: `compact` for long tables people scan.
   * @sv Luft i cellerna: `compact` för långa tabeller som skummas.
   * @default 'default'
   */
  density?: TableDensity;
  /**
   * Every other row on a grey surface (zebra) instead of lines between rows. Use it for wide
   * tables where the eye must follow a row far; not with only a few rows.
   * @sv Varannan rad på grå yta i stället för linjer mellan raderna. För breda tabeller där ögat ska följa en rad långt.
   * @default false
   */
  striped?: boolean;
  /**
   * Keeps the column headers visible while the rows scroll: the table gets its own scroll box of
   * at most 70 % of the screen height. For long tables (more than about 20 rows).
   * @sv Håller kolumnrubrikerna synliga när raderna scrollar: tabellen får en egen scrollruta på högst 70 % av skärmhöjden. För långa tabeller.
   * @default false
   */
  stickyHeader?: boolean;
  /**
   * The sorted column (controlled): `{ key: 'fee', direction: 'ascending' }`, or `null` for
   * none. Put the rows in this order yourself (`sortTableRows` helps), or use `TableBody rows`.
   * @sv Den sorterade kolumnen (kontrollerad), eller `null` för ingen. Sortera raderna själv (`sortTableRows` hjälper), eller använd `TableBody rows`.
   */
  sort?: TableSort;
  /**
   * The sorted column at first, while the table keeps the sort itself (uncontrolled).
   * @sv Den sorterade kolumnen från början, när tabellen håller sorteringen själv.
   * @default null
   */
  defaultSort?: TableSort;
  /**
   * Called with the new sort when a sortable header is pressed. The new order is announced
   * ("Sorterat på Avgift, stigande"); focus stays on the header.
   * @sv Anropas med den nya sorteringen när en sorterbar rubrik trycks. Den nya ordningen läses upp; fokus stannar på rubriken.
   */
  onSortChange?: (sort: TableSort) => void;
  /**
   * Props of the scroll region around the table (`className`, `style`, `data-*`).
   * @sv Egenskaper för scrollområdet runt tabellen.
   */
  regionProps?: Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role' | 'tabIndex'>;
  /**
   * `TableHead`, `TableBody` and (optionally) `TableFoot`.
   * @sv `TableHead`, `TableBody` och vid behov `TableFoot`.
   */
  children?: ReactNode;
}

export type TableProps = TableOwnProps & Omit<ComponentPropsWithoutRef<'table'>, keyof TableOwnProps>;

/**
 * A data table: a real `<table>` with a caption, header cells with `scope`, numeric columns
 * aligned at their end, and sortable columns (`TableHeaderCell sortKey`). On a narrow screen
 * the table stays a table and scrolls sideways inside a focusable region named by its caption.
 *
 * Usage rule: for data compared across rows and columns — never for layout, and not for facts
 * read one by one (use `DescriptionList`).
 */
export const Table = forwardRef<HTMLTableElement, TableProps>(function Table(
  {
    caption,
    captionHidden = false,
    density = 'default',
    striped = false,
    stickyHeader = false,
    sort: sortProp,
    defaultSort = null,
    onSortChange,
    regionProps,
    className,
    children,
    ...rest
  },
  ref,
) {
  const strings = useSectionStrings(tableStrings);
  const announce = useAnnounce();
  const captionId = useSafeId(undefined, 'gbg-table-caption');
  const densityOk = DENSITIES.includes(density);
  if (process.env.NODE_ENV !== 'production') {
    if (caption === undefined || caption === null || caption === '' || caption === false) {
      warnOnce('Table', '`caption` is empty. Every table needs a caption that says what it shows ("Avgifter för förskola 2026"); use `captionHidden` to hide it visually.');
    }
    if (!densityOk) warnOnce('Table', `\`density\` must be "default" or "compact" (got ${JSON.stringify(density)}); showing "default".`);
  }
  const [sortState, setSort] = useControllableState<TableSort>({
    value: saneSort(sortProp),
    defaultValue: saneSort(defaultSort) ?? null,
    onChange: onSortChange,
  });
  const sort = saneSort(sortState) ?? null;

  // Latest values for the stable callback below.
  const latest = useRef({ sort, strings, announce, setSort });
  latest.current = { sort, strings, announce, setSort };
  const context = useMemo<TableContextValue>(
    () => ({
      sort,
      requestSort: (key, label) => {
        const { sort: current, strings: words, announce: speak, setSort: set } = latest.current;
        // First press sorts ascending; pressing the sorted column again flips the direction.
        const direction: TableSortDirection =
          current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending';
        set({ key, direction });
        speak(words.sorted(label, words[direction]));
      },
    }),
    [sort],
  );

  // The region is a tab stop only while it can scroll (keyboard users scroll it with arrow
  // keys); until measured (server render) it is focusable, so nothing is ever out of reach.
  const regionRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const [scrollable, setScrollable] = useState(true);
  useEffect(() => {
    const region = regionRef.current;
    if (!region) return undefined;
    const measure = () =>
      setScrollable(region.scrollWidth > region.clientWidth + 1 || region.scrollHeight > region.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(region);
    if (tableRef.current) observer.observe(tableRef.current);
    return () => observer.disconnect();
  }, []);

  const { className: regionClassName, ...regionRest } = regionProps ?? {};
  return (
    <TableContext.Provider value={context}>
      <div
        {...regionRest}
        ref={regionRef}
        role="region"
        aria-labelledby={captionId}
        tabIndex={scrollable ? 0 : undefined}
        className={cx(styles.region, regionClassName)}
        data-sticky-header={stickyHeader ? '' : undefined}
      >
        <table
          ref={useMergedRefs(ref, tableRef)}
          className={cx(styles.table, className)}
          data-density={densityOk ? density : 'default'}
          data-striped={striped ? '' : undefined}
          {...rest}
        >
          <caption id={captionId} className={cx(styles.caption, captionHidden && visuallyHidden)}>
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </TableContext.Provider>
  );
});
Table.displayName = 'Table';

export type TableHeadProps = ComponentPropsWithoutRef<'thead'>;

/** The column headers: one `TableRow` of `TableHeaderCell`s (`scope="col"` by default). */
export const TableHead = forwardRef<HTMLTableSectionElement, TableHeadProps>(function TableHead({ className, ...rest }, ref) {
  return (
    <SectionContext.Provider value="head">
      <thead ref={ref} className={cx(styles.head, className)} {...rest} />
    </SectionContext.Provider>
  );
});
TableHead.displayName = 'TableHead';

interface TableBodyRowsProps<Row> {
  /**
   * The rows as data, put in the table's sort order (controlled or not) before `children`
   * renders each one. When the rows are also paged, sort them all yourself with `sortTableRows`
   * and give `TableRow` children instead: only the app knows the whole list.
   * @sv Raderna som data, i tabellens sorteringsordning innan `children` ritar var och en. Delas raderna i sidor: sortera alla själv med `sortTableRows`.
   */
  rows: readonly Row[];
  /**
   * The value a row is sorted by in the column `key` (numbers, dates or text).
   * @sv Värdet en rad sorteras på i kolumnen `key`.
   * @default (row, key) => row[key]
   */
  sortValue?: (row: Row, key: string) => TableSortValue;
  /**
   * Renders one row: `(row) => <TableRow key={row.id}>…</TableRow>`.
   * @sv Ritar en rad.
   */
  children: (row: Row, index: number) => ReactNode;
}

interface TableBodyChildrenProps {
  rows?: undefined;
  sortValue?: undefined;
  /**
   * `TableRow`s, in the order they are shown.
   * @sv `TableRow`-rader, i den ordning de visas.
   */
  children?: ReactNode;
}

export type TableBodyProps<Row = unknown> = (TableBodyRowsProps<Row> | TableBodyChildrenProps) &
  Omit<ComponentPropsWithoutRef<'tbody'>, 'children'>;

function TableBodyInner<Row>(
  { rows, sortValue, children, className, ...rest }: TableBodyProps<Row>,
  ref: ForwardedRef<HTMLTableSectionElement>,
) {
  const table = useContext(TableContext);
  let content: ReactNode;
  if (rows) {
    if (process.env.NODE_ENV !== 'production' && typeof children !== 'function') {
      warnOnce('TableBody', 'got `rows` but `children` is not a function; pass `(row) => <TableRow>…</TableRow>`.');
    }
    const render = typeof children === 'function' ? (children as (row: Row, index: number) => ReactNode) : () => null;
    content = sortTableRows(rows, table?.sort, sortValue).map(render);
  } else {
    content = children as ReactNode;
  }
  return (
    <SectionContext.Provider value="body">
      <tbody ref={ref} className={cx(styles.body, className)} {...rest}>
        {content}
      </tbody>
    </SectionContext.Provider>
  );
}

/**
 * The data rows. Give `TableRow` children, or `rows` and a render function to have the rows put
 * in the table's sort order.
 */
interface TableBodyRef {
  /**
   * The `<tbody>` element.
   * @sv `<tbody>`-elementet.
   */
  ref?: Ref<HTMLTableSectionElement>;
}

// forwardRef loses the row type parameter; the cast gives it back.
export const TableBody = forwardRef(TableBodyInner) as (<Row = unknown>(props: TableBodyProps<Row> & TableBodyRef) => ReactNode) & {
  displayName?: string;
};
TableBody.displayName = 'TableBody';

export type TableFootProps = ComponentPropsWithoutRef<'tfoot'>;

/** Summary rows under the data (a total); not sorted with the rows. */
export const TableFoot = forwardRef<HTMLTableSectionElement, TableFootProps>(function TableFoot({ className, ...rest }, ref) {
  return (
    <SectionContext.Provider value="foot">
      <tfoot ref={ref} className={cx(styles.body, className)} {...rest} />
    </SectionContext.Provider>
  );
});
TableFoot.displayName = 'TableFoot';

export type TableRowProps = ComponentPropsWithoutRef<'tr'>;

/** One row of cells. */
export const TableRow = forwardRef<HTMLTableRowElement, TableRowProps>(function TableRow({ className, ...rest }, ref) {
  return <tr ref={ref} className={cx(styles.row, className)} {...rest} />;
});
TableRow.displayName = 'TableRow';

interface TableHeaderCellOwnProps {
  /**
   * Makes the column sortable: the header becomes a button and `key` is what `sort.key` holds
   * when this column is sorted. Column headers only (in `TableHead`).
   * @sv Gör kolumnen sorterbar: rubriken blir en knapp och `key` är det `sort.key` får när kolumnen är sorterad. Bara kolumnrubriker.
   */
  sortKey?: string;
  /**
   * A column of numbers (amounts, counts, times): aligned at the end, equal-width digits.
   * @sv En kolumn med tal (belopp, antal, tider): justerad mot slutet, siffror med lika bredd.
   * @default false
   */
  numeric?: boolean;
  /**
   * What the header is for: `col` in `TableHead`, `row` in `TableBody` (the row's name, usually
   * its first cell). Set it only for groups (`colgroup`, `rowgroup`).
   * @sv Vad rubriken gäller: `col` i `TableHead`, `row` i `TableBody`. Ange den bara för grupper.
   * @default 'col' in TableHead, 'row' elsewhere
   */
  scope?: 'col' | 'row' | 'colgroup' | 'rowgroup';
  /**
   * The header's words.
   * @sv Rubrikens ord.
   */
  children?: ReactNode;
}

export type TableHeaderCellProps = TableHeaderCellOwnProps &
  Omit<ComponentPropsWithoutRef<'th'>, keyof TableHeaderCellOwnProps | 'aria-sort'>;

/**
 * A header cell (`<th>`): a column header in `TableHead`, or a row header (the row's name) as
 * the first cell of a `TableRow` in `TableBody`. With `sortKey` it sorts the table.
 */
export const TableHeaderCell = forwardRef<HTMLTableCellElement, TableHeaderCellProps>(function TableHeaderCell(
  { sortKey, numeric = false, scope, className, children, ...rest },
  ref,
) {
  const section = useContext(SectionContext);
  const table = useContext(TableContext);
  const inHead = section === 'head';
  const sortable = sortKey !== undefined && inHead && table !== null;
  if (process.env.NODE_ENV !== 'production' && sortKey !== undefined && !sortable) {
    warnOnce('TableHeaderCell', '`sortKey` works only on column headers: put the cell in a `TableHead` inside a `Table`.');
  }
  const direction = sortable && table.sort?.key === sortKey ? table.sort.direction : undefined;
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    // The words of the header as shown (the icon is CSS), for "Sorterat på Avgift, stigande".
    const label = (event.currentTarget.textContent ?? '').replace(/\s+/g, ' ').trim();
    table?.requestSort(sortKey as string, label);
  };
  return (
    <th
      ref={ref}
      scope={scope ?? (inHead ? 'col' : 'row')}
      aria-sort={direction}
      className={cx(styles.headerCell, className)}
      data-numeric={numeric ? '' : undefined}
      data-sortable={sortable ? '' : undefined}
      {...rest}
    >
      {sortable ? (
        <button type="button" className={styles.sortButton} onClick={onClick}>
          {children}
        </button>
      ) : (
        children
      )}
    </th>
  );
});
TableHeaderCell.displayName = 'TableHeaderCell';

interface TableCellOwnProps {
  /**
   * A number (amount, count, time): aligned at the end, equal-width digits. Set it on every
   * cell of the column and on its header.
   * @sv Ett tal: justerat mot slutet, siffror med lika bredd. Sätt den på kolumnens alla celler och dess rubrik.
   * @default false
   */
  numeric?: boolean;
}

export type TableCellProps = TableCellOwnProps & Omit<ComponentPropsWithoutRef<'td'>, keyof TableCellOwnProps>;

/** A data cell (`<td>`). */
export const TableCell = forwardRef<HTMLTableCellElement, TableCellProps>(function TableCell(
  { numeric = false, className, ...rest },
  ref,
) {
  return <td ref={ref} className={cx(styles.cell, className)} data-numeric={numeric ? '' : undefined} {...rest} />;
});
TableCell.displayName = 'TableCell';
