import { globalStyle, type StyleRule } from '@vanilla-extract/css';
import { componentsLayer } from '../../theme/layers.css.js';
import { vars } from '../../theme/contract.css.js';
import { mergeRules } from '../../theme/mergeRules.js';
import { quietIconButton, quietIconButtonIcon } from '../../theme/iconButton.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';
import { raisedSurface } from '../../theme/surface.js';

// Room kept free to the screen's edges, and the gap between trigger and popover.
const edge = vars.space['4'];
const gap = vars.space['2'];
const anchoring = '(anchor-name: --a)';

/**
 * Placement with CSS anchor positioning: `position-area` on the element's own writing mode
 * (`self-…`), so it mirrors with the text direction. Fallbacks, tried in order when it does not
 * fit: the other side, the other end, both, and finally a full-width band on the first side
 * (the popover is never wider than the screen, so that one always fits sideways).
 */
const placed = (area: string, margin: StyleRule): StyleRule => ({
  '@supports': {
    [anchoring]: {
      positionArea: area,
      ...margin,
    },
  },
});

export const root = componentVariants('popover', {
  base: mergeRules(raisedSurface, {
    boxSizing: 'border-box',
    // The browser's popover style (fixed, `inset: 0; margin: auto`) centres it on the screen:
    // that stays the layout where anchor positioning is missing.
    inlineSize: 'max-content',
    maxInlineSize: `min(24rem, calc(100vw - 2 * ${edge}))`,
    maxBlockSize: `calc(100dvh - 2 * ${edge})`,
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    padding: 0,
    boxShadow: vars.shadow.md,
    '@supports': {
      [anchoring]: {
        inset: 'auto',
        margin: 0,
        positionTryFallbacks: 'flip-block, flip-inline, flip-block flip-inline, self-block-end span-all',
      },
    },
  }),
  variants: {
    placement: {
      'block-end': placed('self-block-end span-self-inline-end', { marginBlockStart: gap }),
      'block-start': placed('self-block-start span-self-inline-end', { marginBlockEnd: gap }),
      'inline-end': placed('self-inline-end span-self-block-end', { marginInlineStart: gap }),
      'inline-start': placed('self-inline-start span-self-block-end', { marginInlineEnd: gap }),
    },
  },
  defaultVariants: { placement: 'block-end' },
});

export const header = componentStyle('popover-header', {
  display: 'flex',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  gap: vars.space['2'],
  paddingBlockStart: vars.space['2'],
  paddingInline: `${vars.space['4']} ${vars.space['2']}`,
});

export const heading = componentStyle('popover-heading', {
  margin: 0,
  // Centred on the 44 px close button's first line.
  paddingBlockStart: vars.space['2'],
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const close = componentStyle('popover-close', {
  ...quietIconButton,
  marginInlineStart: 'auto',
});

export const closeIcon = componentStyle('popover-close-icon', quietIconButtonIcon);

export const body = componentStyle('popover-body', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['3'],
  paddingInline: vars.space['4'],
  paddingBlock: `${vars.space['1']} ${vars.space['4']}`,
});

// Paragraphs inside keep their rhythm without adding space at the body's edges.
globalStyle(`${body} > *`, { '@layer': { [componentsLayer]: { marginBlock: 0 } } });
