import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

export const box = componentStyle('select-box', {
  position: 'relative',
});

export const select = componentStyle('select', {
  appearance: 'none',
  cursor: 'pointer',
  // Room for the chevron at the inline end (it flips side in RTL).
  paddingInlineEnd: `calc(${vars.space['3']} + ${vars.size.icon.md} + ${vars.space['2']})`,
  selectors: {
    '&:disabled': { cursor: 'not-allowed' },
  },
});

export const chevron = componentStyle('select-chevron', {
  position: 'absolute',
  insetInlineEnd: vars.space['3'],
  insetBlockStart: '50%',
  transform: 'translateY(-50%)',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  color: vars.color.icon.default,
  pointerEvents: 'none',
  '@media': { '(forced-colors: active)': { color: 'CanvasText' } },
});
