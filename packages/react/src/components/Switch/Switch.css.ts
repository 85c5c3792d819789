import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('switch', {
  display: 'grid',
  gridTemplateColumns: 'auto minmax(0, 1fr)',
  columnGap: vars.space['3'],
  alignItems: 'center',
  fontFamily: vars.font.family.sans,
  color: vars.color.text.default,
});

export const button = componentStyle('switch-button', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
  minBlockSize: vars.size.target.default,
  minInlineSize: vars.size.target.default,
  margin: 0,
  paddingBlock: 0,
  paddingInline: vars.space['1'],
  border: 'none',
  borderRadius: vars.radius.sm,
  background: 'transparent',
  color: vars.color.text.default,
  font: 'inherit',
  cursor: 'pointer',
  selectors: {
    '&:focus-visible': focusRing,
    '&:disabled': { cursor: 'not-allowed' },
  },
});

const trackInline = `calc(${vars.size.target.minimum} * 2)`;

export const track = componentStyle('switch-track', {
  position: 'relative',
  display: 'inline-block',
  flex: 'none',
  inlineSize: trackInline,
  blockSize: vars.size.target.minimum,
  boxSizing: 'border-box',
  borderRadius: vars.radius.pill,
  border: `${vars.border.width.medium} solid ${vars.color.border.strong}`,
  backgroundColor: vars.color.surface.default,
  transitionProperty: 'background-color, border-color',
  transitionDuration: vars.motion.duration.fast,
  transitionTimingFunction: vars.motion.easing.standard,
  selectors: {
    '[aria-checked="true"] > &': {
      backgroundColor: vars.color.action.primary.background,
      borderColor: vars.color.action.primary.border,
    },
    ':disabled > &': {
      backgroundColor: vars.color.disabled.background,
      borderColor: vars.color.disabled.border,
    },
  },
  '@media': {
    '(prefers-reduced-motion: reduce)': { transition: 'none' },
    '(forced-colors: active)': {
      borderColor: 'CanvasText',
      selectors: {
        '[aria-checked="true"] > &': { backgroundColor: 'Highlight', borderColor: 'Highlight' },
        ':disabled > &': { borderColor: 'GrayText' },
      },
    },
  },
});

export const thumb = componentStyle('switch-thumb', {
  position: 'absolute',
  insetBlockStart: '50%',
  insetInlineStart: vars.space['1'],
  inlineSize: vars.size.icon.sm,
  blockSize: vars.size.icon.sm,
  borderRadius: '50%',
  backgroundColor: vars.color.border.strong,
  transform: 'translateY(-50%)',
  transitionProperty: 'inset-inline-start, background-color',
  transitionDuration: vars.motion.duration.fast,
  transitionTimingFunction: vars.motion.easing.standard,
  selectors: {
    // On: thumb at the inline end (flips in RTL because the property is logical).
    '[aria-checked="true"] > * > &': {
      insetInlineStart: `calc(100% - ${vars.size.icon.sm} - ${vars.space['1']})`,
      backgroundColor: vars.color.action.primary.foreground,
    },
    ':disabled > * > &': { backgroundColor: vars.color.disabled.foreground },
  },
  '@media': {
    '(prefers-reduced-motion: reduce)': { transition: 'none' },
    '(forced-colors: active)': {
      backgroundColor: 'CanvasText',
      selectors: {
        '[aria-checked="true"] > * > &': { backgroundColor: 'HighlightText' },
        ':disabled > * > &': { backgroundColor: 'GrayText' },
      },
    },
  },
});

/** "På"/"Av": the state in words, so it is never shown by colour or position alone. */
export const stateText = componentStyle('switch-state', {
  minInlineSize: '3ch',
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.semibold,
  textAlign: 'start',
});

export const label = componentStyle('switch-label', {
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].snug,
  cursor: 'pointer',
  selectors: { '[data-disabled] > &': { cursor: 'not-allowed' } },
});

export const description = componentStyle('switch-description', {
  gridColumn: '2',
  fontSize: vars.font.size.sm,
  lineHeight: vars.font['line-height'].normal,
});
