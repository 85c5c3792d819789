import type { StyleRule } from '@vanilla-extract/css';
import { vars } from './contract.css.js';
import { focusRing } from './focus.css.js';

/**
 * The house link look as a style rule, for every element that is a text link (Link and the
 * links inside components). Links are black or white like all text (brand rule) and recognised
 * by their underline; states change the underline, never the text colour. Browsers let
 * `:visited` change colours only (privacy), so visited links use `color.link.visited`, which the
 * city keeps black/white.
 *
 * Spread it into a component's rule; merge `selectors` when the component adds its own:
 * `{ ...linkRule, selectors: { ...linkRule.selectors, '&[aria-current]': {…} } }`.
 */
export const linkRule = {
  color: vars.color.link.default,
  textDecorationLine: 'underline',
  textDecorationThickness: vars.border.width.thin,
  textUnderlineOffset: '0.2em',
  borderRadius: vars.radius.sm,
  selectors: {
    '&:visited': { color: vars.color.link.visited },
    '&:hover': {
      color: vars.color.link.hover,
      textDecorationThickness: vars.border.width.medium,
      textUnderlineOffset: '0.25em',
    },
    '&:active': { textDecorationThickness: vars.border.width.thick },
    '&:focus-visible': { ...focusRing, textDecorationThickness: vars.border.width.medium },
  },
} satisfies StyleRule;
