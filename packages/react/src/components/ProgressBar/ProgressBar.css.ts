import { keyframes } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

// The indeterminate segment travels from the inline start to the inline end; a logical inset,
// so right to left needs no rule of its own.
const travel = keyframes(
  { from: { insetInlineStart: '-30%' }, to: { insetInlineStart: '100%' } },
  'progress-bar-travel',
);

export const root = componentStyle('progress-bar', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['2'],
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
});

export const header = componentStyle('progress-bar-header', {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'space-between',
  alignItems: 'baseline',
  columnGap: vars.space['4'],
});

export const label = componentStyle('progress-bar-label', {
  fontWeight: vars.font.weight.semibold,
  overflowWrap: 'anywhere',
});

export const value = componentStyle('progress-bar-value', {
  fontVariantNumeric: 'tabular-nums',
});

export const track = componentStyle('progress-bar-track', {
  position: 'relative',
  overflow: 'hidden',
  boxSizing: 'border-box',
  blockSize: vars.space['3'],
  // White (dark: black) track with a black (white) edge; the fill is Göteborgsblå (light blue
  // in dark), at least 3:1 against the track.
  backgroundColor: vars.color.surface.default,
  borderStyle: 'solid',
  borderWidth: vars.border.width.thin,
  borderColor: vars.color.border.strong,
  borderRadius: vars.radius.pill,
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText' },
  },
});

export const fill = componentStyle('progress-bar-fill', {
  blockSize: '100%',
  inlineSize: 0,
  backgroundColor: vars.color.surface.brand,
  borderRadius: 'inherit',
  transitionProperty: 'inline-size',
  transitionDuration: vars.motion.duration.base,
  transitionTimingFunction: vars.motion.easing.standard,
  selectors: {
    [`${root}[data-indeterminate] &`]: {
      position: 'absolute',
      insetBlock: 0,
      inlineSize: '30%',
      animationName: travel,
      animationDuration: '1.6s',
      animationIterationCount: 'infinite',
      animationTimingFunction: vars.motion.easing.standard,
    },
  },
  '@media': {
    '(prefers-reduced-motion: reduce)': {
      transitionDuration: '0s',
      selectors: {
        // No movement: the whole track striped, which still reads as "working, amount unknown".
        [`${root}[data-indeterminate] &`]: {
          insetInlineStart: 0,
          inlineSize: '100%',
          animationName: 'none',
          backgroundColor: 'transparent',
          backgroundImage: `repeating-linear-gradient(45deg, ${vars.color.surface.brand} 0 6px, transparent 6px 12px)`,
        },
      },
    },
    // Forced colours drop background colours: opt out and paint the fill in the text colour.
    '(forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
  },
});
