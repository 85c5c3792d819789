import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { iconMask } from '../../theme/iconMask.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('step-indicator', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['2'],
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
});

/** "Steg 2 av 4" then the step's name; wraps as a sentence on narrow screens. */
export const status = componentStyle('step-indicator-status', {
  margin: 0,
  overflowWrap: 'anywhere',
});

export const count = componentStyle('step-indicator-count', {
  fontWeight: vars.font.weight.semibold,
  fontVariantNumeric: 'tabular-nums',
});

// One segment per step: filled (Göteborgsblå, light blue in dark) up to and including the
// current step, outlined after it. Decorative: the words above say the same.
export const bar = componentStyle('step-indicator-bar', {
  display: 'flex',
  gap: vars.space['1'],
  margin: 0,
  padding: 0,
});

export const segment = componentStyle('step-indicator-segment', {
  flex: '1 1 0',
  boxSizing: 'border-box',
  blockSize: vars.space['2'],
  borderStyle: 'solid',
  borderWidth: vars.border.width.thin,
  borderColor: vars.color.border.strong,
  borderRadius: vars.radius.pill,
  backgroundColor: vars.color.surface.default,
  selectors: {
    '&[data-state="done"], &[data-state="current"]': {
      backgroundColor: vars.color.surface.brand,
      borderColor: vars.color.surface.brand,
    },
  },
  '@media': {
    // Forced colours drop backgrounds: paint reached steps in the text colour, keep the edges.
    '(forced-colors: active)': {
      forcedColorAdjust: 'none',
      borderColor: 'CanvasText',
      backgroundColor: 'Canvas',
      selectors: {
        '&[data-state="done"], &[data-state="current"]': { backgroundColor: 'CanvasText', borderColor: 'CanvasText' },
      },
    },
  },
});

export const details = componentStyle('step-indicator-details', {
  margin: 0,
});

// The native marker is replaced by the icon set's chevron (a mask, no icon element), which turns
// when the list is open, like Details.
export const summary = componentStyle('step-indicator-summary', linkStyle({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['1'],
  minBlockSize: vars.size.target.minimum,
  listStyle: 'none',
  cursor: 'pointer',
  '::after': {
    content: '""',
    flex: 'none',
    inlineSize: vars.size.icon.sm,
    blockSize: vars.size.icon.sm,
    backgroundColor: 'currentColor',
    mask: iconMask('chevron-down'),
  },
  selectors: {
    '&::-webkit-details-marker': { display: 'none' },
    '[open] > &::after': { transform: 'rotate(180deg)' },
  },
  '@media': {
    // A mask paints with the background colour, which forced colours would replace with Canvas.
    '(forced-colors: active)': { selectors: { '&::after': { forcedColorAdjust: 'none', backgroundColor: 'LinkText' } } },
  },
}, { notAnAnchor: true }));

export const list = componentStyle('step-indicator-list', {
  margin: 0,
  marginBlockStart: vars.space['2'],
  paddingInlineStart: vars.space['6'],
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['1'],
});

export const item = componentStyle('step-indicator-item', {
  paddingInlineStart: vars.space['1'],
  overflowWrap: 'anywhere',
  selectors: {
    // The current step is set apart by weight as well as by the words screen readers hear.
    '&[aria-current="step"]': { fontWeight: vars.font.weight.semibold },
  },
});

// An inline block one line high (24 px) with no extra padding, so linked and plain steps keep
// the same rhythm.
export const link = componentStyle('step-indicator-link', linkStyle({ display: 'inline-block' }));

export const itemState = componentStyle('step-indicator-item-state', {
  fontWeight: vars.font.weight.regular,
});
