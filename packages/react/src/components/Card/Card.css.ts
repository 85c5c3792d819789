import { vars } from '../../theme/contract.css.js';
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
  selectors: {
    // A Figure or image placed here fills the card's width, without its own outer margins.
    '& > *': { margin: 0 },
    '& img': { display: 'block', inlineSize: '100%', blockSize: 'auto' },
  },
});

export const body = componentStyle('card-body', {
  font: vars.typography.body,
  selectors: {
    '& > :first-child': { marginBlockStart: 0 },
    '& > :last-child': { marginBlockEnd: 0 },
  },
});

export const footer = componentStyle('card-footer', {
  // The footer sits at the bottom, so footers of cards in one grid row line up.
  marginBlockStart: 'auto',
  paddingBlockStart: vars.space['2'],
  font: vars.typography.small,
});
