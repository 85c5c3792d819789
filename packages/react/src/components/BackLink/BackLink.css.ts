import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';

// A link (or a button that looks like one): black or white text with an underline and an arrow
// pointing back. The same look for both forms, so a flow's back step is recognised either way.
export const backLink = componentStyle('back-link', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
  boxSizing: 'border-box',
  minBlockSize: vars.size.target.minimum,
  paddingBlock: vars.space['1'],
  paddingInline: 0,
  margin: 0,
  border: 'none',
  background: 'none',
  color: vars.color.link.default,
  font: 'inherit',
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  textAlign: 'start',
  textDecorationLine: 'underline',
  textDecorationThickness: vars.border.width.thin,
  textUnderlineOffset: '0.2em',
  borderRadius: vars.radius.sm,
  cursor: 'pointer',
  selectors: {
    '&:visited': { color: vars.color.link.visited },
    '&:hover': { color: vars.color.link.hover, textDecorationThickness: vars.border.width.medium },
    '&:active': { textDecorationThickness: vars.border.width.thick },
    '&:focus-visible': { ...focusRing, textDecorationThickness: vars.border.width.medium },
  },
  '@media': {
    // Windows high contrast: a button-form back link still reads as a link.
    '(forced-colors: active)': { color: 'LinkText' },
  },
});

/** The arrow points to the start of the line: left, or right in right-to-left text. */
export const backLinkIcon = componentStyle('back-link-icon', {
  flexShrink: 0,
  inlineSize: '1.1em',
  blockSize: '1.1em',
  color: 'currentColor',
  selectors: {
    '[dir="rtl"] &': { transform: 'scaleX(-1)' },
  },
});
