import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('blockquote', {
  margin: 0,
  marginBlock: vars.space['6'],
  // The bar is a painted surface in Göteborgsblå; the words beside it stay black or white.
  borderInlineStart: `${vars.border.width.thick} solid ${vars.color.surface.brand}`,
  paddingInlineStart: vars.space['5'],
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  '@media': {
    // Forced colours repaint the bar in the text colour: it still sets the quote apart.
    '(forced-colors: active)': { borderInlineStartColor: 'CanvasText' },
  },
});

export const quote = componentStyle('blockquote-quote', {
  margin: 0,
  font: vars.typography.lead,
  overflowWrap: 'break-word',
});

// Paragraphs inside keep their rhythm without space at the quote's edges.
globalStyle(`${quote} > :first-child`, { '@layer': { [componentsLayer]: { marginBlockStart: 0 } } });
globalStyle(`${quote} > :last-child`, { '@layer': { [componentsLayer]: { marginBlockEnd: 0 } } });

export const attribution = componentStyle('blockquote-attribution', {
  marginBlockStart: vars.space['3'],
  font: vars.typography.body,
  fontWeight: vars.font.weight.semibold,
});
