import type { StyleRule } from '@vanilla-extract/css';
import { vars } from './contract.css.js';
import { componentStyle } from './styles.js';

/**
 * The design system's focus indicator as a style rule: a two-colour ring (inner colour next to
 * the element, outer colour around it) so it stays visible on light, dark and brand surfaces.
 * The outline survives forced-colours mode; the box-shadow supplies the inner colour.
 *
 * Use it in a component's `:focus-visible` selector:
 * `selectors: { '&:focus-visible': focusRing }`.
 */
export const focusRing = {
  outline: `${vars.focus.width} solid ${vars.color.focus.outer}`,
  outlineOffset: vars.focus.offset,
  boxShadow: `0 0 0 ${vars.focus.offset} ${vars.color.focus.inner}`,
} satisfies StyleRule;

/** Class that shows the focus ring on `:focus-visible`: `gbg-focus-ring`. */
export const focusRingOnFocusVisible = componentStyle('focus-ring', {
  selectors: { '&:focus-visible': focusRing },
});
