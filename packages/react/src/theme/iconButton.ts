import { vars } from './contract.css.js';
import { focusRing } from './focus.css.js';

// The quiet square icon button that closes, clears or removes something (Alert's dismiss,
// SearchField's clear, Dialog's close): a 44 px target with no box of its own until hovered.
// A style rule, not a class: each component spreads it into its own `gbg-` class, so the
// plain-HTML class names stay per component.
export const quietIconButton = {
  flex: 'none',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minInlineSize: vars.size.target.default,
  minBlockSize: vars.size.target.default,
  padding: 0,
  border: 'none',
  borderRadius: vars.radius.sm,
  background: 'transparent',
  color: vars.color.icon.default,
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.surface.subtle },
    '&:focus-visible': focusRing,
  },
  '@media': {
    '(forced-colors: active)': { color: 'ButtonText' },
  },
} as const;

/** The icon inside a quiet icon button. */
export const quietIconButtonIcon = {
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
} as const;
