import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';
import type { SpaceKey } from '../Stack/space.js';
import { columnsProperty, gridBreakpoints, gridLayouts, spanProperty } from './columns.js';

type Breakpoint = (typeof gridBreakpoints)[number];
const wide = gridBreakpoints.slice(1) as Array<Exclude<Breakpoint, 'base'>>;

// Media queries cannot read custom properties: use the token's resolved value.
const query = (breakpoint: Exclude<Breakpoint, 'base'>) => `screen and (min-width: ${tokens.breakpoint[breakpoint]})`;

// At each breakpoint a value is the one set for it or, failing that, for the nearest smaller
// breakpoint: var(--md, var(--sm, var(--base, 1))). Only plain custom properties are involved,
// so `style="--gbg-grid-columns-md: 2"` works from server templates.
function chain(property: (breakpoint: Breakpoint) => string, upTo: number): string {
  let value = '1';
  for (let i = 0; i <= upTo; i++) value = `var(${property(gridBreakpoints[i]!)}, ${value})`;
  return value;
}
const template = (upTo: number) => `repeat(${chain(columnsProperty, upTo)}, minmax(0, 1fr))`;
// A span is clamped to the grid's column count at the same breakpoint, so it never adds a column
// (an item spanning more columns than exist would make the browser create extra ones).
const span = (upTo: number) => `span min(${chain(spanProperty, upTo)}, ${chain(columnsProperty, upTo)})`;

// Custom properties inherit: each grid (and each item) resets the ones it reads, so a nested
// grid never takes its parent's column counts. The element's own inline style still wins.
const reset = (property: (breakpoint: Breakpoint) => string) =>
  Object.fromEntries(gridBreakpoints.map((breakpoint) => [property(breakpoint), 'initial']));

const gapVariants = Object.fromEntries(
  Object.entries(vars.space).map(([key, value]) => [key, { gap: value }]),
) as Record<SpaceKey, { gap: string }>;

// A layout sets the column count per breakpoint (so item spans clamp to it) and, from its
// breakpoint up, the column widths. The widths are repeated at every larger breakpoint: the
// base rule's own media queries would otherwise win there.
const layoutVariants = Object.fromEntries(
  Object.entries(gridLayouts).map(([name, { from, weights }]) => {
    const start = gridBreakpoints.indexOf(from);
    const counts = Object.fromEntries(
      gridBreakpoints.map((breakpoint, index) => [columnsProperty(breakpoint), String(index < start ? 1 : weights.length)]),
    );
    const tracks = weights.map((weight) => `minmax(0, ${weight}fr)`).join(' ');
    const media = Object.fromEntries(
      wide.filter((breakpoint) => gridBreakpoints.indexOf(breakpoint) >= start).map((breakpoint) => [query(breakpoint), { gridTemplateColumns: tracks }]),
    );
    return [name, { vars: counts, '@media': media }];
  }),
) as Record<keyof typeof gridLayouts, object>;

export const grid = componentVariants('grid', {
  base: {
    vars: reset(columnsProperty),
    display: 'grid',
    gridTemplateColumns: template(0),
    minInlineSize: 0,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    '@media': Object.fromEntries(wide.map((breakpoint, index) => [query(breakpoint), { gridTemplateColumns: template(index + 1) }])),
  },
  variants: {
    gap: gapVariants,
    layout: layoutVariants,
  },
  defaultVariants: { gap: '6' },
});

export const gridItem = componentStyle('grid-item', {
  vars: reset(spanProperty),
  gridColumn: span(0),
  minInlineSize: 0,
  '@media': Object.fromEntries(wide.map((breakpoint, index) => [query(breakpoint), { gridColumn: span(index + 1) }])),
});
