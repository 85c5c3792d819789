// Pure sorting for tables: no React, no DOM, safe on the server. The Table shows which column
// is sorted and announces it; putting the rows in that order is this function's job (or the
// server's), so the same order can be used for paging, export or a server-rendered first page.

/** `ascending`: A–Ö, 1–9, oldest first; `descending` the reverse. Same words as `aria-sort`. */
export type TableSortDirection = 'ascending' | 'descending';

/** Which column is sorted and how. `null`: no column (the rows' own order). */
export type TableSort = { key: string; direction: TableSortDirection } | null;

/** A value a column is sorted by. Empty values (`null`, `undefined`, `''`, `NaN`) always go last. */
export type TableSortValue = string | number | bigint | Date | null | undefined;

// Swedish order (å, ä, ö after z), case and accent differences only as tie-breakers, and digit
// runs read as numbers ("Avdelning 2" before "Avdelning 10"). One collator: creating one is slow.
let collator: Intl.Collator | undefined;
function swedish(): Intl.Collator {
  collator ??= new Intl.Collator('sv', { numeric: true, sensitivity: 'variant' });
  return collator;
}

function isEmpty(value: TableSortValue): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (typeof value === 'number' && Number.isNaN(value)) ||
    (value instanceof Date && Number.isNaN(value.getTime()))
  );
}

function numeric(value: TableSortValue): number | bigint | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (value instanceof Date) return value.getTime();
  return undefined;
}

/**
 * Compares two cell values in ascending order: numbers and dates by value, text in Swedish
 * alphabetical order with numbers inside text compared as numbers. Numbers come before text
 * when a column mixes them. Empty values are not handled here (see `sortTableRows`).
 */
export function compareTableValues(a: NonNullable<TableSortValue>, b: NonNullable<TableSortValue>): number {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  if (x !== undefined) return -1;
  if (y !== undefined) return 1;
  return swedish().compare(String(a), String(b));
}

/**
 * Returns a new array of `rows` in the order `sort` asks for; `rows` itself is not changed.
 * `valueOf(row, key)` gives the value of the sorted column (default: `row[key]`). The sort is
 * stable (equal values keep their order in both directions) and empty values go last in both
 * directions, so "no fee given" never tops the list.
 *
 * @example
 * const shown = sortTableRows(preschools, sort, (row, key) => (key === 'fee' ? row.feeKr : row.name));
 */
export function sortTableRows<Row>(
  rows: readonly Row[],
  sort: TableSort | undefined,
  valueOf: (row: Row, key: string) => TableSortValue = (row, key) => (row as Record<string, TableSortValue>)[key],
): Row[] {
  if (!sort) return rows.slice();
  const factor = sort.direction === 'descending' ? -1 : 1;
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row, sort.key) }));
  keyed.sort((a, b) => {
    const emptyA = isEmpty(a.value);
    const emptyB = isEmpty(b.value);
    if (emptyA || emptyB) return emptyA === emptyB ? a.index - b.index : emptyA ? 1 : -1;
    return factor * compareTableValues(a.value!, b.value!) || a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}
