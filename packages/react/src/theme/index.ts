export { vars } from './contract.css.js';
export { focusRing, focusRingOnFocusVisible } from './focus.css.js';
export { visuallyHidden, visuallyHiddenRule } from './visuallyHidden.css.js';
