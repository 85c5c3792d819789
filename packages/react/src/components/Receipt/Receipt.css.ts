import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('receipt', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['8'],
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  font: vars.typography.body,
});

// The confirmation panel: the success status colours of Alert (surface, border, icon), black or
// white text. A thin border all round and a thick one at the inline start keep its shape when
// forced colours replace the colours.
export const panel = componentStyle('receipt-panel', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['3'],
  paddingBlock: vars.space['6'],
  paddingInline: vars.space['6'],
  backgroundColor: vars.color.status.success.surface,
  borderStyle: 'solid',
  borderColor: vars.color.status.success.border,
  borderWidth: vars.border.width.thin,
  borderInlineStartWidth: vars.border.width.thick,
  borderRadius: vars.radius.sm,
  overflowWrap: 'anywhere',
});

export const headingRow = componentStyle('receipt-heading-row', {
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space['3'],
});

export const icon = componentStyle('receipt-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.lg,
  blockSize: vars.size.icon.lg,
  // Centred on the heading's first line.
  marginBlockStart: `calc((1lh - ${vars.size.icon.lg}) / 2)`,
  color: vars.color.status.success.icon,
  '@media': {
    '(forced-colors: active)': { color: 'CanvasText' },
  },
});

export const heading = componentStyle('receipt-heading', {
  margin: 0,
});

export const caseNumber = componentStyle('receipt-case-number', {
  margin: 0,
  font: vars.typography.lead,
});

/** The number itself: bold, even figures, selected whole with one click for copying. */
export const caseNumberValue = componentStyle('receipt-case-number-value', {
  fontWeight: vars.font.weight.bold,
  fontVariantNumeric: 'tabular-nums',
  userSelect: 'all',
  whiteSpace: 'nowrap',
});

export const next = componentStyle('receipt-next', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['3'],
});

export const nextList = componentStyle('receipt-next-list', {
  margin: 0,
  paddingInlineStart: vars.space['6'],
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['2'],
});
