import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { resolveSpace, type Space } from '../Stack/space.js';
import { columnsProperty, gridBreakpoints } from './columns.js';
import { grid } from './Grid.css.js';

/** Elements a Grid may render as. Use `ul`/`ol` when the items are a list (cards, links). */
export type GridElement = 'div' | 'section' | 'ul' | 'ol';

/** Number of equal columns. Twelve is the most a readable layout needs. */
export type GridColumnCount = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** Breakpoints from the `breakpoint.*` tokens; `base` applies below `sm`. */
export type GridBreakpoint = (typeof gridBreakpoints)[number];

/**
 * Columns per breakpoint, mobile first: a breakpoint without a value keeps the value of the
 * nearest smaller one. `{ base: 1, md: 2, lg: 3 }` = one column on phones, two from 768px,
 * three from 1024px.
 */
export type GridColumns = GridColumnCount | Partial<Record<GridBreakpoint, GridColumnCount>>;

export interface GridProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Equal columns, one number or per breakpoint (`{ base: 1, md: 2, lg: 3 }`). Start with one
   * column on small screens: content must fit 320px without sideways scrolling.
   * @default 1
   */
  columns?: GridColumns;
  /**
   * Space between rows and columns: a step of the spacing scale.
   * @default '6'
   */
  gap?: Space;
  /**
   * The element to render; `ul` when the items are a list (the children are then `li`).
   * @default 'div'
   */
  as?: GridElement;
}

function isColumnCount(value: unknown): value is GridColumnCount {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12;
}

/** Sets one custom property per breakpoint given; invalid values are dropped with a warning. */
function columnStyle(columns: GridColumns | undefined): Record<string, number> {
  if (columns === undefined) return {};
  const entries: Array<[GridBreakpoint, unknown]> =
    typeof columns === 'object' && columns !== null ? (Object.entries(columns) as Array<[GridBreakpoint, unknown]>) : [['base', columns]];
  const style: Record<string, number> = {};
  for (const [breakpoint, count] of entries) {
    if (!(gridBreakpoints as readonly string[]).includes(breakpoint)) {
      warnOnce('Grid', `unknown breakpoint "${breakpoint}" in \`columns\`; use ${gridBreakpoints.join(', ')}.`);
    } else if (!isColumnCount(count)) {
      warnOnce('Grid', `\`columns\` must be a whole number from 1 to 12 (got ${JSON.stringify(count)} for "${breakpoint}"); it was ignored.`);
    } else {
      style[columnsProperty(breakpoint)] = count;
    }
  }
  return style;
}

/**
 * Equal-width columns that respond to the screen width, with a gap from the spacing scale.
 * Items fill the grid in source order, row by row.
 *
 * Usage rule: one column on small screens; more columns only where there is room for them
 * (cards, link lists, form fields side by side from `md`).
 */
export const Grid = forwardRef<HTMLElement, GridProps>(function Grid(
  { columns = 1, gap, as = 'div', className, style, ...rest },
  ref,
) {
  const Element = as as ElementType;
  return (
    <Element
      ref={ref}
      className={cx(grid, className)}
      data-gap={resolveSpace('Grid', 'gap', gap, '6')}
      // The caller's style wins, so a custom property can still be overridden deliberately.
      style={{ ...columnStyle(columns), ...style } as CSSProperties}
      {...rest}
    />
  );
});
Grid.displayName = 'Grid';
