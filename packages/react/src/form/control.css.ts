import { vars } from '../theme/contract.css.js';
import { focusRing } from '../theme/focus.css.js';
import { componentStyle } from '../theme/styles.js';

// The box every text-like control shares (TextField, Textarea, Select and components built on
// them): a 44px-high bordered box. State is carried by border width/style, an icon and words —
// never by colour alone — so it survives forced-colours mode and colour-blindness.
//
// Two shapes, one look. A control with nothing beside it (the usual TextField, Textarea) IS the
// box: `controlSolo` on the native element, state read from its own attributes — one element
// less per field. A control with parts beside it (prefix/suffix, a toggle, a clear button, the
// select chevron) sits borderless (`control`) in a wrapper box (`controlBox`), whose state comes
// from data attributes: data-invalid, data-disabled, data-readonly.

const boxLook = {
  minBlockSize: vars.size.target.default,
  inlineSize: '100%',
  boxSizing: 'border-box',
  backgroundColor: vars.color.surface.default,
  color: vars.color.text.default,
  border: `${vars.border.width.medium} solid ${vars.color.border.strong}`,
  borderRadius: vars.radius.sm,
} as const;

const invalidLook = { borderColor: vars.color.status.danger.border, borderWidth: vars.border.width.thick } as const;
const disabledLook = {
  backgroundColor: vars.color.disabled.background,
  borderColor: vars.color.disabled.border,
  color: vars.color.disabled.foreground,
  cursor: 'not-allowed',
} as const;
const readOnlyLook = { backgroundColor: vars.color.surface.subtle, borderStyle: 'dashed' } as const;
const forcedColors = { '(forced-colors: active)': { borderColor: 'CanvasText' } } as const;

export const controlBox = componentStyle('field-control', {
  ...boxLook,
  display: 'flex',
  alignItems: 'stretch',
  selectors: {
    // Ring around the whole box when the native control inside has keyboard focus.
    '&:has(> [data-gbg-control]:focus-visible)': focusRing,
    '&[data-invalid]': invalidLook,
    '&[data-disabled]': disabledLook,
    '&[data-readonly]': readOnlyLook,
  },
  '@media': forcedColors,
});

/** Widths that hint at the expected answer length (a postcode field should look short). */
export const controlWidth = {
  full: componentStyle('field-control-width-full', { inlineSize: '100%' }),
  lg: componentStyle('field-control-width-lg', { inlineSize: '100%', maxInlineSize: '40ch' }),
  md: componentStyle('field-control-width-md', { inlineSize: '100%', maxInlineSize: '24ch' }),
  sm: componentStyle('field-control-width-sm', { inlineSize: '100%', maxInlineSize: '14ch' }),
  xs: componentStyle('field-control-width-xs', { inlineSize: '100%', maxInlineSize: '8ch' }),
} as const;

/** Text of every native control, boxed or alone. */
const nativeText = {
  margin: 0,
  font: 'inherit',
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['3'],
} as const;
// Text is black/white only, so a placeholder differs by style, not by a grey tint.
const placeholderLook = { color: vars.color.text.default, opacity: 1, fontStyle: 'italic' } as const;

/** The native control inside the box: no own border, inherits the box's colours. */
export const control = componentStyle('field-control-native', {
  ...nativeText,
  flex: '1 1 auto',
  minInlineSize: 0,
  border: 'none',
  borderRadius: vars.radius.sm,
  background: 'transparent',
  color: 'inherit',
  selectors: {
    // Fallback for browsers without :has(): the ring goes on the control itself.
    '&:focus-visible': focusRing,
    '&:disabled': { cursor: 'not-allowed', color: 'inherit' },
    '&::placeholder': placeholderLook,
  },
  '@supports': {
    // Where :has() works, the box draws the ring (see controlBox), so the control draws none.
    'selector(:has(*))': {
      selectors: { '&:focus-visible': { outline: 'none', boxShadow: 'none' } },
    },
  },
});

/** A native control that is its own box (nothing beside it). Use it instead of `control`. */
export const controlSolo = componentStyle('field-control-solo', {
  ...boxLook,
  ...nativeText,
  display: 'block',
  selectors: {
    '&:focus-visible': focusRing,
    '&[aria-invalid="true"]': invalidLook,
    '&:disabled': disabledLook,
    '&:read-only:not(:disabled)': readOnlyLook,
    '&::placeholder': placeholderLook,
  },
  '@media': forcedColors,
});

/** Prefix/suffix ("kr", "https://"): sits inside the box, on the logical start/end side. */
export const affix = componentStyle('field-control-affix', {
  display: 'flex',
  alignItems: 'center',
  flex: 'none',
  paddingInline: vars.space['3'],
  backgroundColor: vars.color.surface.subtle,
  color: vars.color.text.default,
  fontSize: vars.font.size.md,
  whiteSpace: 'nowrap',
  selectors: {
    '&:first-child': {
      borderInlineEnd: `${vars.border.width.thin} solid ${vars.color.border.default}`,
      borderStartStartRadius: vars.radius.sm,
      borderEndStartRadius: vars.radius.sm,
    },
    '&:last-child': {
      borderInlineStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
      borderStartEndRadius: vars.radius.sm,
      borderEndEndRadius: vars.radius.sm,
    },
  },
});
