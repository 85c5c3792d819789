import { vars } from '../../theme/contract.css.js';
import { iconMask } from '../../theme/iconMask.js';
import { componentStyle } from '../../theme/styles.js';

// The chevron is the icon set's own `chevron-down` drawing, read at build time and painted as a
// mask: two fewer elements per select and no icon component to render.
const chevronMask = iconMask('chevron-down');

export const box = componentStyle('select-box', {
  position: 'relative',
  '::after': {
    content: '""',
    position: 'absolute',
    insetInlineEnd: vars.space['3'],
    insetBlockStart: '50%',
    transform: 'translateY(-50%)',
    inlineSize: vars.size.icon.md,
    blockSize: vars.size.icon.md,
    backgroundColor: vars.color.icon.default,
    mask: chevronMask,
    pointerEvents: 'none',
  },
  '@media': {
    // A mask paints with the background colour, which forced colours would replace with Canvas.
    '(forced-colors: active)': { selectors: { '&::after': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' } } },
  },
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
