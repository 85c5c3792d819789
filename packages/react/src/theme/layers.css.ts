import { globalLayer } from '@vanilla-extract/css';

// All library CSS lives in cascade layers. Unlayered CSS always beats layered CSS, so a
// consumer's plain class overrides any library rule without `!important` or specificity games.
// The order is declared once, here: `gbg.base` (opt-in element defaults) before
// `gbg.components`, so component rules win over base rules whatever order the files load in.
// Every file that styles anything imports this module, so its CSS (the layer order) comes first.

/** Parent layer for everything the design system ships. */
export const gbgLayer = globalLayer('gbg');

/** Opt-in element defaults (`@goteborgsstad/react/base.css`): body font, colours, focus. */
export const baseLayer = globalLayer({ parent: gbgLayer }, 'base');

/** Component styles. Everything made with `componentStyle` / `componentVariants` goes here. */
export const componentsLayer = globalLayer({ parent: gbgLayer }, 'components');
