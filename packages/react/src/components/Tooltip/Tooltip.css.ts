import type { StyleRule } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';

const edge = vars.space['2'];
const gap = vars.space['1'];
const anchoring = '(anchor-name: --a)';

/** Centred on the control on the chosen side; flips to the other side when it does not fit. */
const placed = (area: string, margin: StyleRule): StyleRule => ({
  '@supports': { [anchoring]: { positionArea: area, ...margin } },
});

export const root = componentVariants('tooltip', {
  base: {
    boxSizing: 'border-box',
    inlineSize: 'max-content',
    maxInlineSize: `min(20rem, calc(100vw - 2 * ${edge}))`,
    paddingBlock: vars.space['1'],
    paddingInline: vars.space['2'],
    // White text on the inverse surface (black text on it in the dark theme): text black or white.
    color: vars.color.text.inverse,
    backgroundColor: vars.color.surface.inverse,
    fontFamily: vars.font.family.sans,
    fontSize: vars.font.size.sm,
    lineHeight: vars.font['line-height'].normal,
    // Forced colours drop the background: the border keeps the box visible.
    border: `${vars.border.width.thin} solid ${vars.color.surface.inverse}`,
    borderRadius: vars.radius.sm,
    overflowWrap: 'anywhere',
    '@supports': {
      [anchoring]: {
        inset: 'auto',
        margin: 0,
        // Centred on the control: the one-keyword area spans the whole width, and its default
        // alignment is not the anchor's centre.
        justifySelf: 'anchor-center',
        positionTryFallbacks: 'flip-block',
      },
    },
    '@media': {
      '(forced-colors: active)': { borderColor: 'CanvasText' },
    },
  },
  variants: {
    placement: {
      'block-start': placed('self-block-start', { marginBlockEnd: gap }),
      'block-end': placed('self-block-end', { marginBlockStart: gap }),
    },
  },
  defaultVariants: { placement: 'block-start' },
});
