import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('error-summary', {
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space['3'],
  padding: vars.space['4'],
  marginBlockEnd: vars.space['6'],
  backgroundColor: vars.color.status.danger.surface,
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  // A thick border all round plus the icon and the heading mark the state, not colour alone.
  border: `${vars.border.width.thick} solid ${vars.color.status.danger.border}`,
  borderRadius: vars.radius.sm,
  selectors: {
    // The summary receives focus by script, often right after a mouse click on "Skicka", when
    // :focus-visible would not match; show the ring on any focus.
    '&:focus': focusRing,
  },
});

export const icon = componentStyle('error-summary-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  // Align the icon with the first line of the heading.
  marginBlockStart: '0.15em',
  color: vars.color.status.danger.icon,
  '@media': {
    '(forced-colors: active)': { color: 'CanvasText' },
  },
});

export const body = componentStyle('error-summary-body', {
  flex: '1 1 auto',
  minInlineSize: 0,
});

export const heading = componentStyle('error-summary-heading', {
  margin: 0,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const description = componentStyle('error-summary-description', {
  marginBlock: `${vars.space['2']} 0`,
  color: vars.color.text.default,
});

export const list = componentStyle('error-summary-list', {
  marginBlock: `${vars.space['3']} 0`,
  paddingInlineStart: 0,
  listStyle: 'none',
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['2'],
});

export const link = componentStyle('error-summary-link', linkStyle({
  fontWeight: vars.font.weight.semibold,
  // Target size: the link text may be short ("Namn"); keep at least 24px of height.
  display: 'inline-block',
  minBlockSize: vars.size.target.minimum,
}));
