import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('tag', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['1'],
  boxSizing: 'border-box',
  maxInlineSize: '100%',
  minBlockSize: vars.size.target.minimum,
  paddingBlock: vars.space['1'],
  paddingInline: vars.space['3'],
  margin: 0,
  // A grey (dark: dark blue) pill with a border: the border keeps the shape in forced colours.
  borderStyle: 'solid',
  borderWidth: vars.border.width.thin,
  borderColor: vars.color.border.default,
  borderRadius: vars.radius.pill,
  backgroundColor: vars.color.surface.subtle,
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.regular,
  lineHeight: vars.font['line-height'].snug,
  textAlign: 'start',
  overflowWrap: 'anywhere',
  verticalAlign: 'middle',
  selectors: {
    // Removable chips are buttons: a target of at least 32 px high, the pointer, hover and focus.
    '&[data-removable]': {
      minBlockSize: vars.space['8'],
      paddingInlineEnd: vars.space['2'],
      cursor: 'pointer',
      borderColor: vars.color.border.strong,
    },
    '&[data-removable]:hover': { backgroundColor: vars.color.surface.default },
    '&[data-removable]:focus-visible': focusRing,
  },
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText' },
  },
});

export const text = componentStyle('tag-text', {
  minInlineSize: 0,
});

export const removeIcon = componentStyle('tag-remove-icon', {
  flex: 'none',
  // The svg also carries `gbg-icon`, whose default size weighs nothing: this class wins.
  inlineSize: vars.size.icon.sm,
  blockSize: vars.size.icon.sm,
  color: vars.color.icon.default,
  '@media': {
    '(forced-colors: active)': { color: 'ButtonText' },
  },
});

export const list = componentStyle('tag-list', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space['2'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
  selectors: {
    '&:focus-visible': focusRing,
  },
});

export const item = componentStyle('tag-list-item', {
  display: 'flex',
  maxInlineSize: '100%',
  margin: 0,
});
