import { vars } from '../../theme/contract.css.js';
import { pageGutter } from '../../theme/pageGutter.js';
import { componentVariants } from '../../theme/styles.js';
import type { SpaceKey } from '../Stack/space.js';

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
      // The same steps as Header and Footer, so their columns line up.
      responsive: pageGutter(gutter),
      ...gutterVariants,
    },
  },
  defaultVariants: { size: 'default', gutter: 'responsive' },
});
