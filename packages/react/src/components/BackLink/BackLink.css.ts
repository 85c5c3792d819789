import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle } from '../../theme/styles.js';

// A link (or a button that looks like one): black or white text with an underline and an arrow
// pointing back. The same look for both forms, so a flow's back step is recognised either way
// (in forced colours too: the house link look paints the button form in LinkText).
export const backLink = componentStyle('back-link', linkStyle({
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
  font: 'inherit',
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  textAlign: 'start',
  cursor: 'pointer',
}, { notAnAnchor: true }));

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
