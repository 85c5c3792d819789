import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { resolveSpace, type Space } from '../Stack/space.js';
import { columnsProperty, gridBreakpoints, gridLayouts } from './columns.js';
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

/**
 * Named page layouts, one column below their breakpoint:
 * `main-sidebar` (3 : 1 from `lg`), `sidebar-main` (1 : 3 from `lg`),
 * `two-thirds-one-third` (2 : 1 from `md`), `one-third-two-thirds` (1 : 2 from `md`),
 * `halves` (1 : 1 from `md`), `thirds` (1 : 1 : 1 from `md`).
 */
export type GridLayout = keyof typeof gridLayouts;

interface GridOwnProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Space between rows and columns: a step of the spacing scale.
   * @default '6'
   * @sv Avstånd mellan rader och kolumner: ett steg i avståndsskalan.
   */
  gap?: Space;
  /**
   * The element to render; `ul` when the items are a list (the children are then `li`).
   * @default 'div'
   * @sv Elementet som renderas; `ul` när innehållet är en lista (barnen är då `li`).
   */
  as?: GridElement;
}

interface GridColumnsProps extends GridOwnProps {
  /**
   * Equal columns, one number or per breakpoint (`{ base: 1, md: 2, lg: 3 }`). Start with one
   * column on small screens: content must fit 320px without sideways scrolling. Not together
   * with `layout`.
   * @default 1
   * @sv Lika breda kolumner, ett tal eller per brytpunkt (`{ base: 1, md: 2, lg: 3 }`). Börja med en kolumn på små skärmar så att innehållet ryms i 320 px. Inte tillsammans med `layout`.
   */
  columns?: GridColumns;
  /**
   * A named page layout instead of equal columns. Not together with `columns`.
   * @default undefined
   * @sv En namngiven sidlayout i stället för lika breda kolumner. Inte tillsammans med `columns`.
   */
  layout?: never;
}

interface GridLayoutProps extends GridOwnProps {
  /**
   * Equal columns, one number or per breakpoint. Not together with `layout`.
   * @default 1
   * @sv Lika breda kolumner. Inte tillsammans med `layout`.
   */
  columns?: never;
  /**
   * A named page layout: `main-sidebar`, `sidebar-main`, `two-thirds-one-third`,
   * `one-third-two-thirds`, `halves` or `thirds`. One column on small screens; the columns in
   * source order (the sidebar of `main-sidebar` comes after the main content when read).
   * @default undefined
   * @sv En namngiven sidlayout: `main-sidebar` (huvudinnehåll och sidospalt), `sidebar-main`, `two-thirds-one-third` (två tredjedelar och en tredjedel), `one-third-two-thirds`, `halves` (halvor) eller `thirds` (tredjedelar). En kolumn på små skärmar; kolumnerna i källordning.
   */
  layout: GridLayout;
}

/** Either equal `columns` or a named `layout`, never both. */
export type GridProps = GridColumnsProps | GridLayoutProps;

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
      if (process.env.NODE_ENV !== 'production') warnOnce('Grid', `unknown breakpoint "${breakpoint}" in \`columns\`; use ${gridBreakpoints.join(', ')}.`);
    } else if (!isColumnCount(count)) {
      if (process.env.NODE_ENV !== 'production') warnOnce('Grid', `\`columns\` must be a whole number from 1 to 12 (got ${JSON.stringify(count)} for "${breakpoint}"); it was ignored.`);
    } else {
      style[columnsProperty(breakpoint)] = count;
    }
  }
  return style;
}

function resolveLayout(layout: unknown, columns: unknown): GridLayout | undefined {
  if (layout === undefined) return undefined;
  if (typeof layout !== 'string' || !Object.hasOwn(gridLayouts, layout)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Grid', `unknown \`layout="${String(layout)}"\`; use ${Object.keys(gridLayouts).join(', ')}. The grid falls back to \`columns\`.`);
    return undefined;
  }
  if (columns !== undefined) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Grid', `\`columns\` is ignored when \`layout\` is set; pass one of them.`);
  }
  return layout as GridLayout;
}

/**
 * Columns that respond to the screen width, with a gap from the spacing scale: equal columns
 * (`columns`) or a named page layout (`layout`). Items fill the grid in source order, row by row;
 * `GridItem` lets one item span several columns.
 *
 * Usage rule: one column on small screens; more columns only where there is room for them
 * (cards, link lists, form fields side by side from `md`). For a page with a sidebar use
 * `layout`, not CSS of your own.
 */
export const Grid = forwardRef<HTMLElement, GridProps>(function Grid(
  { columns, layout, gap, as = 'div', className, style, ...rest },
  ref,
) {
  const Element = as as ElementType;
  const named = resolveLayout(layout, columns);
  return (
    <Element
      ref={ref}
      className={cx(grid, className)}
      data-gap={resolveSpace('Grid', 'gap', gap, '6')}
      data-layout={named}
      // The caller's style wins, so a custom property can still be overridden deliberately.
      style={{ ...(named ? {} : columnStyle(columns ?? 1)), ...style } as CSSProperties}
      {...rest}
    />
  );
});
Grid.displayName = 'Grid';
