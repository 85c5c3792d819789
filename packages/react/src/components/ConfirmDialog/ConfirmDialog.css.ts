import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

// The failure message: black/white text; the meaning is in the icon, the bar and the words.
export const error = componentStyle('confirm-dialog-error', {
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space['2'],
  margin: 0,
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['3'],
  color: vars.color.text.default,
  backgroundColor: vars.color.status.danger.surface,
  borderInlineStart: `${vars.border.width.thick} solid ${vars.color.status.danger.border}`,
});

export const errorIcon = componentStyle('confirm-dialog-error-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  marginBlockStart: '0.15em',
  color: vars.color.status.danger.icon,
  '@media': {
    '(forced-colors: active)': { color: 'CanvasText' },
  },
});
