// Shared by Grid.css.ts and Grid.tsx (a .css.ts file may only export styles and plain values).

/** Breakpoints in the order they apply; `base` is "no media query". */
export const gridBreakpoints = ['base', 'sm', 'md', 'lg', 'xl'] as const;

/** Custom property that sets the column count from a breakpoint up: `--gbg-grid-columns-md`. */
export const columnsProperty = (breakpoint: (typeof gridBreakpoints)[number]) => `--gbg-grid-columns-${breakpoint}`;
