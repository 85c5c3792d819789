import { globalStyle, keyframes } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentVariants, componentStyle } from '../../theme/styles.js';

const variantRule = (name: 'primary' | 'secondary' | 'tertiary' | 'danger') => {
  const action = vars.color.action[name];
  return {
    backgroundColor: action.background,
    color: action.foreground,
    borderColor: action.border,
    selectors: {
      '&:hover:not(:disabled):not([aria-disabled="true"])': { backgroundColor: action.hover },
      '&:active:not(:disabled):not([aria-disabled="true"])': { backgroundColor: action.active },
    },
  };
};

/** The not-interactive look of a disabled button. */
const disabledRule = {
  backgroundColor: vars.color.disabled.background,
  color: vars.color.disabled.foreground,
  borderColor: vars.color.disabled.border,
  cursor: 'not-allowed',
  textDecoration: 'none',
};

export const button = componentVariants('button', {
  base: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space['2'],
    boxSizing: 'border-box',
    minBlockSize: vars.size.target.default,
    minInlineSize: vars.size.target.default,
    paddingBlock: vars.space['2'],
    paddingInline: vars.space['5'],
    margin: 0,
    borderStyle: 'solid',
    borderWidth: vars.border.width.medium,
    borderRadius: vars.radius.md,
    fontFamily: vars.font.family.sans,
    fontSize: vars.font.size.md,
    fontWeight: vars.font.weight.semibold,
    lineHeight: vars.font['line-height'].tight,
    textAlign: 'center',
    textDecoration: 'none',
    cursor: 'pointer',
    verticalAlign: 'middle',
    transitionProperty: 'background-color, border-color, color',
    transitionDuration: vars.motion.duration.fast,
    selectors: {
      '&:focus-visible': focusRing,
      '&:disabled': disabledRule,
      '&[aria-disabled="true"]': { cursor: 'not-allowed' },
      '&[aria-busy="true"]': { cursor: 'progress' },
    },
    '@media': {
      '(prefers-reduced-motion: reduce)': { transitionDuration: vars.motion.duration.instant },
      // Windows high contrast keeps the border; a disabled button shows in GrayText.
      '(forced-colors: active)': {
        selectors: { '&:disabled, &[aria-disabled="true"]': { color: 'GrayText', borderColor: 'GrayText' } },
      },
    },
  },
  variants: {
    variant: {
      primary: variantRule('primary'),
      secondary: variantRule('secondary'),
      tertiary: {
        ...variantRule('tertiary'),
        // Without a visible box, the underline tells that the text can be pressed.
        textDecorationLine: 'underline',
        textUnderlineOffset: '0.2em',
      },
      danger: variantRule('danger'),
    },
    size: {
      sm: {
        // 32px: below the 44px default but well above the 24px minimum target.
        minBlockSize: `calc(${vars.size.target.default} - ${vars.space['3']})`,
        minInlineSize: `calc(${vars.size.target.default} - ${vars.space['3']})`,
        paddingBlock: vars.space['1'],
        paddingInline: vars.space['3'],
        fontSize: vars.font.size.sm,
      },
      md: {},
      lg: {
        minBlockSize: `calc(${vars.size.target.default} + ${vars.space['3']})`,
        minInlineSize: `calc(${vars.size.target.default} + ${vars.space['3']})`,
        paddingInline: vars.space['6'],
        fontSize: vars.font.size.lg,
      },
    },
    iconOnly: {
      true: { paddingInline: 0, paddingBlock: 0 },
      false: {},
    },
    fullWidth: {
      true: { display: 'flex', inlineSize: '100%' },
      false: {},
    },
  },
  defaultVariants: { variant: 'primary', size: 'md', iconOnly: false, fullWidth: false },
});

/** Label and icons. While loading they turn transparent so the button keeps its width. */
export const buttonContent = componentStyle('button-content', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
  selectors: {
    '[aria-busy="true"] > &': { opacity: 0 },
  },
});

export const buttonIcon = componentStyle('button-icon', {
  display: 'inline-flex',
  flexShrink: 0,
  inlineSize: '1.25em',
  blockSize: '1.25em',
});

globalStyle(`${buttonIcon} > svg, ${buttonIcon} > span`, {
  '@layer': { [componentsLayer]: { inlineSize: '100%', blockSize: '100%' } },
});

const spin = keyframes({ to: { transform: 'rotate(360deg)' } }, 'button-spin');

export const buttonSpinner = componentStyle('button-spinner', {
  position: 'absolute',
  insetBlockStart: '50%',
  insetInlineStart: '50%',
  inlineSize: '1.25em',
  blockSize: '1.25em',
  marginBlockStart: '-0.625em',
  marginInlineStart: '-0.625em',
  boxSizing: 'border-box',
  borderRadius: vars.radius.pill,
  borderStyle: 'solid',
  borderWidth: vars.border.width.medium,
  borderColor: 'currentColor',
  borderBlockStartColor: 'transparent',
  animationName: spin,
  animationDuration: '0.8s',
  animationIterationCount: 'infinite',
  animationTimingFunction: 'linear',
  '@media': {
    // No spinning for people who asked for less motion: a still, broken ring says "busy" too.
    '(prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
});
