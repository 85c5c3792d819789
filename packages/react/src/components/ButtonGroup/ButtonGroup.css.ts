import { globalStyle } from '@vanilla-extract/css';
import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentVariants } from '../../theme/styles.js';

// Media queries cannot read custom properties, so the breakpoint value comes from the token
// package at build time (same source as `--gbg-breakpoint-sm`).
const narrow = `screen and (max-width: ${tokens.breakpoint.sm})`;

const stacked = { flexDirection: 'column', alignItems: 'stretch' } as const;

export const buttonGroup = componentVariants('button-group', {
  base: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: vars.space['3'],
  },
  variants: {
    align: {
      start: { justifyContent: 'flex-start' },
      center: { justifyContent: 'center' },
      end: { justifyContent: 'flex-end' },
    },
    stack: {
      // Stack (full width, one per row) below the `sm` breakpoint: easier to hit on phones.
      auto: { '@media': { [narrow]: stacked } },
      always: stacked,
      never: {},
    },
  },
  defaultVariants: { align: 'start', stack: 'auto' },
});

// Stacked buttons take the full width of the group. Every child is a button (Button renders one
// element), so no element filter is needed.
const fullWidth = { inlineSize: '100%' };
globalStyle(`.${buttonGroup}[data-stack="always"] > *`, {
  '@layer': { [componentsLayer]: fullWidth },
});
globalStyle(`.${buttonGroup}:where([data-stack="auto"], :not([data-stack])) > *`, {
  '@layer': { [componentsLayer]: { '@media': { [narrow]: fullWidth } } },
});
