import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';
import type { SpaceKey } from '../Stack/space.js';

// Media queries cannot read CSS custom properties, so breakpoints come from the resolved token
// values at build time (still owned by the token, never typed here).
const fromMd = `screen and (min-width: ${tokens.breakpoint.md})`;
const fromLg = `screen and (min-width: ${tokens.breakpoint.lg})`;

// The gutter lives in a custom property so the max width can add it on both sides.
const gutter = '--gbg-container-gutter';

const gutterVariants = Object.fromEntries(
  Object.entries(vars.space).map(([key, value]): [string, { vars: Record<string, string> }] => [
    key,
    { vars: { [gutter]: value } },
  ]),
) as Record<SpaceKey, { vars: Record<string, string> }>;

const maxWidth = (token: string) => ({ maxInlineSize: `calc(${token} + 2 * var(${gutter}))` });

export const container = componentVariants('container', {
  base: {
    // The width token is the width of the content column; the gutter is added outside it, so a
    // narrow container keeps its ~70-character measure on every screen size. Full width with
    // border-box (not content-box + auto width) so it also fills a flex or grid parent.
    boxSizing: 'border-box',
    inlineSize: '100%',
    marginInline: 'auto',
    paddingInline: `var(${gutter})`,
  },
  variants: {
    size: {
      narrow: maxWidth(vars.size.container.narrow),
      default: maxWidth(vars.size.container.default),
      wide: maxWidth(vars.size.container.wide),
    },
    gutter: {
      responsive: {
        vars: { [gutter]: vars.space['4'] },
        '@media': {
          [fromMd]: { vars: { [gutter]: vars.space['6'] } },
          [fromLg]: { vars: { [gutter]: vars.space['8'] } },
        },
      },
      ...gutterVariants,
    },
  },
  defaultVariants: { size: 'default', gutter: 'responsive' },
});
