import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';
import type { SpaceKey } from './space.js';

// One class per space key so the compiled stylesheet works from plain HTML too:
// `<div class="gbg-stack gbg-stack--gap-4">`.
const gapVariants = Object.fromEntries(
  Object.entries(vars.space).map(([key, value]) => [key, { gap: value }]),
) as Record<SpaceKey, { gap: string }>;

export const stack = componentVariants('stack', {
  base: {
    display: 'flex',
    // Children of a stack must be able to shrink below their content width (long words, inputs).
    minInlineSize: 0,
    margin: 0,
    padding: 0,
    // Harmless for divs; removes bullets when the stack is rendered as a list.
    listStyle: 'none',
  },
  variants: {
    direction: {
      vertical: { flexDirection: 'column' },
      horizontal: { flexDirection: 'row' },
    },
    gap: gapVariants,
    align: {
      start: { alignItems: 'flex-start' },
      center: { alignItems: 'center' },
      end: { alignItems: 'flex-end' },
      stretch: { alignItems: 'stretch' },
      baseline: { alignItems: 'baseline' },
    },
    justify: {
      start: { justifyContent: 'flex-start' },
      center: { justifyContent: 'center' },
      end: { justifyContent: 'flex-end' },
      between: { justifyContent: 'space-between' },
    },
    wrap: {
      true: { flexWrap: 'wrap' },
      false: { flexWrap: 'nowrap' },
    },
  },
  defaultVariants: {
    direction: 'vertical',
    gap: '4',
    align: 'stretch',
    justify: 'start',
    wrap: false,
  },
});
