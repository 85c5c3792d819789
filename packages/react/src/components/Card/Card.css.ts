import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// A card is a column: media on top (moved there with `order`, so the heading comes first when
// read), then heading, text and footer. Surfaces and edges come from tokens; text stays black or
// white through the text token.
export const card = componentVariants('card', {
  base: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space['3'],
    padding: vars.space['4'],
    color: vars.color.text.default,
    fontFamily: vars.font.family.sans,
    background: vars.color.surface.default,
    borderWidth: vars.border.width.thin,
    borderStyle: 'solid',
    borderColor: vars.color.border.default,
    borderRadius: vars.radius.md,
    overflowWrap: 'break-word',
    minInlineSize: 0,
  },
  variants: {
    surface: {
      default: {},
      // The tinted surface draws no line; the transparent border is still there so forced-colours
      // mode (which drops backgrounds and paints borders in CanvasText) keeps the card's edge.
      subtle: { background: vars.color.surface.subtle, borderColor: 'transparent' },
    },
  },
  defaultVariants: { surface: 'default' },
});

export const heading = componentStyle('card-heading', {
  margin: 0,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
});

export const media = componentStyle('card-media', {
  // First on screen, after the heading in the reading order.
  order: -1,
  marginBlockStart: `calc(-1 * ${vars.space['4']})`,
  marginInline: `calc(-1 * ${vars.space['4']})`,
  overflow: 'hidden',
  borderStartStartRadius: vars.radius.md,
  borderStartEndRadius: vars.radius.md,
});

// A Figure or image placed in the media slot fills the card's width, without its own margins.
globalStyle(`${media} > *`, { '@layer': { [componentsLayer]: { margin: 0 } } });
globalStyle(`${media} img`, { '@layer': { [componentsLayer]: { display: 'block', inlineSize: '100%', blockSize: 'auto' } } });

export const body = componentStyle('card-body', {
  font: vars.typography.body,
});

// Paragraphs inside keep their rhythm without space at the edges.
globalStyle(`${body} > :first-child, ${body} > * > :first-child`, { '@layer': { [componentsLayer]: { marginBlockStart: 0 } } });
globalStyle(`${body} > :last-child, ${body} > * > :last-child`, { '@layer': { [componentsLayer]: { marginBlockEnd: 0 } } });

export const footer = componentStyle('card-footer', {
  // The footer sits at the bottom, so footers of cards in one grid row line up.
  marginBlockStart: 'auto',
  paddingBlockStart: vars.space['2'],
  font: vars.typography.small,
});
