import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentVariants } from '../../theme/styles.js';

export const icon = componentVariants('icon', {
  base: {
    display: 'inline-flex',
    flexShrink: 0,
    alignItems: 'center',
    justifyContent: 'center',
    verticalAlign: 'middle',
    // Icons take the colour of the text around them, which is black or white by the brand rules.
    color: 'inherit',
    lineHeight: 0,
    '@media': {
      // Windows high contrast: draw with the system text colour.
      '(forced-colors: active)': { color: 'CanvasText' },
    },
  },
  variants: {
    size: {
      sm: { inlineSize: vars.size.icon.sm, blockSize: vars.size.icon.sm },
      md: { inlineSize: vars.size.icon.md, blockSize: vars.size.icon.md },
      lg: { inlineSize: vars.size.icon.lg, blockSize: vars.size.icon.lg },
      xl: { inlineSize: vars.size.icon.xl, blockSize: vars.size.icon.xl },
      // Follows the surrounding font size; for icons inside running text and buttons.
      text: { inlineSize: '1em', blockSize: '1em' },
    },
    flip: {
      // Directional icons (arrows, chevrons) point the other way in right-to-left text.
      true: { selectors: { '[dir="rtl"] &': { transform: 'scaleX(-1)' } } },
      false: {},
    },
  },
  // No default size here: a default variant would match `:not([data-size])` with the weight of a
  // class, and the `<svg>` of @goteborgsstad/icons carries `gbg-icon` without `data-size` — its
  // md size then tied with a component's own icon-size class, and load order decided. The
  // default is the rule below, which weighs nothing.
  defaultVariants: { flip: false },
});

// The default (md) size of a box without `data-size` (plain HTML) and of the icons' own `<svg>`.
// Zero specificity, so any component class that sizes the icon wins, whichever stylesheet loads last.
globalStyle(`:where(${icon}:not([data-size]))`, {
  '@layer': { [componentsLayer]: { inlineSize: vars.size.icon.md, blockSize: vars.size.icon.md } },
});

// Fill the box whatever width/height attributes the icon component set: the box owns the size.
globalStyle(`${icon} > svg`, {
  '@layer': { [componentsLayer]: { inlineSize: '100%', blockSize: '100%', display: 'block' } },
});
