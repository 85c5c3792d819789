import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';
import type { SpaceKey } from '../Stack/space.js';
import { columnsProperty, gridBreakpoints } from './columns.js';


// At each breakpoint, the column count is the value set for it or, failing that, for the
// nearest smaller breakpoint: var(--md, var(--sm, var(--base, 1))). Only plain custom
// properties are involved, so `style="--gbg-grid-columns-md: 2"` works from server templates.
function template(upTo: number): string {
  let value = '1';
  for (let i = 0; i <= upTo; i++) value = `var(${columnsProperty(gridBreakpoints[i]!)}, ${value})`;
  return `repeat(${value}, minmax(0, 1fr))`;
}

const media = Object.fromEntries(
  (['sm', 'md', 'lg', 'xl'] as const).map((breakpoint, index) => [
    // Media queries cannot read custom properties: use the token's resolved value.
    `screen and (min-width: ${tokens.breakpoint[breakpoint]})`,
    { gridTemplateColumns: template(index + 1) },
  ]),
);

const gapVariants = Object.fromEntries(
  Object.entries(vars.space).map(([key, value]) => [key, { gap: value }]),
) as Record<SpaceKey, { gap: string }>;

export const grid = componentVariants('grid', {
  base: {
    display: 'grid',
    gridTemplateColumns: template(0),
    minInlineSize: 0,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    '@media': media,
  },
  variants: {
    gap: gapVariants,
  },
  defaultVariants: { gap: '6' },
});
