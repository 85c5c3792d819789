import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

export const textarea = componentStyle('textarea', {
  display: 'block',
  inlineSize: '100%',
  minBlockSize: `calc(${vars.size.target.default} * 2)`,
  resize: 'vertical',
});

export const noResize = componentStyle('textarea-no-resize', { resize: 'none' });

export const counter = componentStyle('textarea-counter', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
});

// Over the limit: bold text and a warning icon (not a colour change: text stays black/white).
export const counterOver = componentStyle('textarea-counter-over', {
  fontWeight: vars.font.weight.semibold,
});

export const counterIcon = componentStyle('textarea-counter-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.sm,
  blockSize: vars.size.icon.sm,
  color: vars.color.status.danger.icon,
  '@media': { '(forced-colors: active)': { color: 'CanvasText' } },
});
