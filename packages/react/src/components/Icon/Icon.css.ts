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
  defaultVariants: { size: 'md', flip: false },
});

// Fill the box whatever width/height attributes the icon component set: the box owns the size.
globalStyle(`${icon} > svg`, {
  '@layer': { [componentsLayer]: { inlineSize: '100%', blockSize: '100%', display: 'block' } },
});
