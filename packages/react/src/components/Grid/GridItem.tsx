import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { gridBreakpoints, maxSpan, spanProperty } from './columns.js';
import { gridItem } from './Grid.css.js';
import type { GridBreakpoint, GridColumnCount } from './Grid.js';

/** Elements a GridItem may render as; `li` inside a Grid rendered as `ul`/`ol`. */
export type GridItemElement = 'div' | 'li' | 'section' | 'article' | 'aside' | 'nav';

/** Columns an item spans; `full` spans every column of the grid at that breakpoint. */
export type GridSpan = GridColumnCount | 'full';

/**
 * Span per breakpoint, mobile first like `columns`: `{ md: 2 }` = one column below 768px, two
 * from there. A span is never wider than the grid, so it never adds a column.
 */
export type GridSpans = GridSpan | Partial<Record<GridBreakpoint, GridSpan>>;

export interface GridItemProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Columns this item spans, one value or per breakpoint (`{ base: 1, md: 2 }`, `'full'`).
   * Clamped to the grid's column count, so a one-column grid on a phone stays one column.
   * @default 1
   * @sv Hur många kolumner delen sträcker sig över, ett värde eller per brytpunkt (`{ md: 2 }`, `'full'` = hela raden). Aldrig fler än rutnätet har, så en kolumn på mobilen förblir en kolumn.
   */
  span?: GridSpans;
  /**
   * The element to render: `li` when the Grid is a list, `aside` or `nav` for a sidebar.
   * @default 'div'
   * @sv Elementet som renderas: `li` när rutnätet är en lista, `aside` eller `nav` för en sidospalt.
   */
  as?: GridItemElement;
}

function isSpan(value: unknown): value is GridSpan {
  return value === 'full' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxSpan);
}

function spanStyle(span: GridSpans | undefined): Record<string, number> {
  if (span === undefined) return {};
  const entries: Array<[GridBreakpoint, unknown]> =
    typeof span === 'object' && span !== null ? (Object.entries(span) as Array<[GridBreakpoint, unknown]>) : [['base', span]];
  const style: Record<string, number> = {};
  for (const [breakpoint, value] of entries) {
    if (!(gridBreakpoints as readonly string[]).includes(breakpoint)) {
      if (process.env.NODE_ENV !== 'production') warnOnce('GridItem', `unknown breakpoint "${breakpoint}" in \`span\`; use ${gridBreakpoints.join(', ')}.`);
    } else if (!isSpan(value)) {
      if (process.env.NODE_ENV !== 'production') warnOnce('GridItem', `\`span\` must be a whole number from 1 to 12 or "full" (got ${JSON.stringify(value)} for "${breakpoint}"); it was ignored.`);
    } else {
      // "full" is the largest span; CSS clamps it to the grid's columns.
      style[spanProperty(breakpoint)] = value === 'full' ? maxSpan : value;
    }
  }
  return style;
}

/**
 * One item of a `Grid` that spans more than one column. Items without a span need no GridItem:
 * any child of a Grid takes one column.
 *
 * Usage rule: spans change widths, never the order; what comes first in the code comes first on
 * the screen and for screen readers.
 */
export const GridItem = forwardRef<HTMLElement, GridItemProps>(function GridItem(
  { span, as = 'div', className, style, ...rest },
  ref,
) {
  const Element = as as ElementType;
  return <Element ref={ref} className={cx(gridItem, className)} style={{ ...spanStyle(span), ...style } as CSSProperties} {...rest} />;
});
GridItem.displayName = 'GridItem';
