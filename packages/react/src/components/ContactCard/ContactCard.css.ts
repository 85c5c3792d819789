import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

// No surface of its own: the card sits on the page or inside a FactBox, which gives the box.
export const root = componentStyle('contact-card', {
  color: vars.color.text.default,
  font: vars.typography.body,
  overflowWrap: 'break-word',
});

export const name = componentStyle('contact-card-name', {
  margin: 0,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const affiliation = componentStyle('contact-card-affiliation', {
  margin: 0,
  marginBlockStart: vars.space['1'],
});

export const details = componentStyle('contact-card-details', {
  margin: 0,
  marginBlockStart: vars.space['4'],
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['4'],
});

export const label = componentStyle('contact-card-label', {
  display: 'flex',
  alignItems: 'center',
  gap: vars.space['2'],
  fontWeight: vars.font.weight.semibold,
});

export const icon = componentStyle('contact-card-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  // Icons are black or white like the text (currentColor), and system colours in forced colours.
  color: 'currentColor',
});

export const value = componentStyle('contact-card-value', {
  margin: 0,
  marginBlockStart: vars.space['1'],
  // Line the value up with the label's word, past the icon.
  paddingInlineStart: `calc(${vars.size.icon.md} + ${vars.space['2']})`,
});

export const address = componentStyle('contact-card-address', {
  fontStyle: 'normal',
});

export const line = componentStyle('contact-card-line', {
  display: 'block',
});

// Phone numbers and time ranges are read as one run: they do not break inside.
export const number = componentStyle('contact-card-number', {
  whiteSpace: 'nowrap',
  unicodeBidi: 'isolate',
});

// Long addresses must wrap at 320 px rather than scroll sideways.
export const email = componentStyle('contact-card-email', {
  overflowWrap: 'anywhere',
});

export const hours = componentStyle('contact-card-hours', {
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const more = componentStyle('contact-card-more', {
  marginBlockStart: vars.space['4'],
});
