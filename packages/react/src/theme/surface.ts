import { vars } from './contract.css.js';
import { focusRing } from './focus.css.js';

// The raised surface a top-layer container paints (Popover, Dialog): its colours, type and
// outline. A style rule, not a class: each component merges it into its own `gbg-` class (with
// `mergeRules`, so its own selectors add to these), and the plain-HTML class names stay per
// component. Not here: the shadow (each says how high it floats), size, placement and scrolling.
export const raisedSurface = {
  color: vars.color.text.default,
  backgroundColor: vars.color.surface.raised,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  // A real border, not only the shadow: forced colours drop shadows but draw borders (CanvasText).
  borderStyle: 'solid',
  borderWidth: vars.border.width.thin,
  borderColor: vars.color.border.strong,
  borderRadius: vars.radius.md,
  overflowWrap: 'anywhere',
  selectors: {
    // The container is focused itself at times (a popover when it opens, a dialog with nothing
    // focusable inside): the ring shows only after a key press.
    '&:focus-visible': focusRing,
  },
} as const;
