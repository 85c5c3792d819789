import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { componentRecipe } from '../../theme/styles.js';
import type { SpaceKey } from '../Stack/space.js';

// Media queries cannot read CSS custom properties, so breakpoints come from the resolved token
// values at build time (still owned by the token, never typed here).
const fromMd = `screen and (min-width: ${tokens.breakpoint.md})`;
const fromLg = `screen and (min-width: ${tokens.breakpoint.lg})`;

const gutterVariants = Object.fromEntries(
  Object.entries(vars.space).map(([key, value]) => [key, { paddingInline: value }]),
) as Record<SpaceKey, { paddingInline: string }>;

export const container = componentRecipe('container', {
  base: {
    // The width token is the width of the content column; the gutter sits outside it, so a
    // narrow container keeps its ~70-character measure on every screen size.
    boxSizing: 'content-box',
    marginInline: 'auto',
    inlineSize: 'auto',
  },
  variants: {
    size: {
      narrow: { maxInlineSize: vars.size.container.narrow },
      default: { maxInlineSize: vars.size.container.default },
      wide: { maxInlineSize: vars.size.container.wide },
    },
    gutter: {
      responsive: {
        paddingInline: vars.space['4'],
        '@media': {
          [fromMd]: { paddingInline: vars.space['6'] },
          [fromLg]: { paddingInline: vars.space['8'] },
        },
      },
      ...gutterVariants,
    },
  },
  defaultVariants: { size: 'default', gutter: 'responsive' },
});
