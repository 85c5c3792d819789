// Shared by Grid.css.ts, Grid.tsx and GridItem.tsx (a .css.ts file may only export styles and
// plain values).

/** Breakpoints in the order they apply; `base` is "no media query". */
export const gridBreakpoints = ['base', 'sm', 'md', 'lg', 'xl'] as const;

type Breakpoint = (typeof gridBreakpoints)[number];

/** Custom property that sets the column count from a breakpoint up: `--gbg-grid-columns-md`. */
export const columnsProperty = (breakpoint: Breakpoint) => `--gbg-grid-columns-${breakpoint}`;

/** Custom property that sets an item's span from a breakpoint up: `--gbg-grid-span-md`. */
export const spanProperty = (breakpoint: Breakpoint) => `--gbg-grid-span-${breakpoint}`;

/**
 * Named layouts: the column widths (as `fr` weights) from the breakpoint `from` up; below it,
 * one column. Weights, not lengths, so the layout follows the container's width.
 */
export const gridLayouts = {
  'main-sidebar': { from: 'lg', weights: [3, 1] },
  'sidebar-main': { from: 'lg', weights: [1, 3] },
  'two-thirds-one-third': { from: 'md', weights: [2, 1] },
  'one-third-two-thirds': { from: 'md', weights: [1, 2] },
  halves: { from: 'md', weights: [1, 1] },
  thirds: { from: 'md', weights: [1, 1, 1] },
} as const satisfies Record<string, { from: Breakpoint; weights: readonly number[] }>;

/** The largest span; `span="full"` is written as this and clamped to the grid's columns. */
export const maxSpan = 12;
