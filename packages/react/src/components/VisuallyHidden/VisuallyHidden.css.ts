import { componentStyle } from '../../theme/styles.js';
import { visuallyHiddenRule } from '../../theme/visuallyHidden.css.js';

/**
 * Hidden until something inside it takes keyboard focus, then shown in place. For helper links
 * that sighted keyboard users must be able to see when they reach them.
 */
export const visuallyHiddenFocusable = componentStyle('visually-hidden-focusable', {
  selectors: {
    '&:not(:focus-within)': visuallyHiddenRule,
  },
});
