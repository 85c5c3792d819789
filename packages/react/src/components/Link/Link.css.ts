import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentVariants, componentStyle } from '../../theme/styles.js';

// Links are black or white like all text (brand rule) and recognised by their underline.
// States change the underline's thickness and offset, never the colour of the text.
// Browsers let `:visited` change colours only (privacy), so visited links use the
// `color.link.visited` token, which the city keeps black/white.
export const link = componentVariants('link', {
  base: {
    color: vars.color.link.default,
    textDecorationLine: 'underline',
    textDecorationThickness: vars.border.width.thin,
    textUnderlineOffset: '0.2em',
    borderRadius: vars.radius.sm,
    cursor: 'pointer',
    selectors: {
      '&:visited': { color: vars.color.link.visited },
      '&:hover': {
        color: vars.color.link.hover,
        textDecorationThickness: vars.border.width.medium,
        textUnderlineOffset: '0.25em',
      },
      '&:active': { textDecorationThickness: vars.border.width.thick },
      '&:focus-visible': {
        ...focusRing,
        textDecorationThickness: vars.border.width.medium,
      },
    },
  },
  variants: {
    variant: {
      inline: {},
      // A link on its own line ("Läs mer om bygglov"): bolder and with room to hit it.
      standalone: {
        display: 'inline-block',
        paddingBlock: vars.space['2'],
        fontWeight: vars.font.weight.semibold,
      },
    },
  },
  defaultVariants: { variant: 'inline' },
});

export const linkIcon = componentStyle('link-icon', {
  display: 'inline-block',
  inlineSize: '0.9em',
  blockSize: '0.9em',
  marginInlineStart: '0.25em',
  verticalAlign: '-0.05em',
  selectors: {
    '[dir="rtl"] &': { transform: 'scaleX(-1)' },
  },
});
