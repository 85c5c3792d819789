import { globalStyle, keyframes } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentStyle } from '../../theme/styles.js';

const spin = keyframes({ to: { transform: 'rotate(360deg)' } }, 'spinner-spin');
// For reduced motion: no movement, only a slow change of opacity, so it still looks busy.
const pulse = keyframes({ from: { opacity: 1 }, to: { opacity: 0.35 } }, 'spinner-pulse');

export const root = componentStyle('spinner', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  verticalAlign: 'middle',
});

export const ring = componentStyle('spinner-ring', {
  flex: 'none',
  display: 'inline-block',
  boxSizing: 'border-box',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  borderRadius: vars.radius.pill,
  borderStyle: 'solid',
  borderWidth: vars.border.width.thick,
  // Black or white ring with a gap: the gap's movement (or its pulse) shows the wait.
  borderColor: vars.color.icon.default,
  borderBlockStartColor: 'transparent',
  animationName: spin,
  animationDuration: '0.8s',
  animationIterationCount: 'infinite',
  animationTimingFunction: 'linear',
  '@media': {
    '(prefers-reduced-motion: reduce)': {
      animationName: pulse,
      animationDuration: '1.2s',
      animationDirection: 'alternate',
      animationTimingFunction: 'ease-in-out',
    },
    // Forced colours would paint the transparent gap too (a closed ring says nothing): opt out
    // and draw the ring in the system colours, the gap in the background colour.
    '(forced-colors: active)': { forcedColorAdjust: 'none', borderColor: 'CanvasText', borderBlockStartColor: 'Canvas' },
  },
});

// Sizes: the ring follows the icon size tokens.
globalStyle(`${root}[data-size="sm"] > ${ring}`, {
  '@layer': { [componentsLayer]: { inlineSize: vars.size.icon.sm, blockSize: vars.size.icon.sm, borderWidth: vars.border.width.medium } },
});
globalStyle(`${root}[data-size="lg"] > ${ring}`, {
  '@layer': { [componentsLayer]: { inlineSize: vars.size.icon.xl, blockSize: vars.size.icon.xl } },
});

export const label = componentStyle('spinner-label', {
  color: vars.color.text.default,
});
