import { vars } from '../theme/contract.css.js';
import { componentStyle } from '../theme/styles.js';

/**
 * `gbg-provider`. A provider that sets a theme paints its region with that theme's surface and
 * text colour, so a dark region inside a light page is readable without extra CSS.
 */
export const provider = componentStyle('provider', {
  selectors: {
    '&[data-gbg-theme]': {
      color: vars.color.text.default,
      backgroundColor: vars.color.surface.default,
    },
  },
});
