import { vars } from '../theme/contract.css.js';
import { iconMask } from '../theme/iconMask.js';
import { componentStyle } from '../theme/styles.js';

export { visuallyHidden } from '../theme/visuallyHidden.css.js';

export const root = componentStyle('field', {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'stretch',
  gap: vars.space['2'],
  minInlineSize: 0,
  fontFamily: vars.font.family.sans,
  color: vars.color.text.default,
});

export const label = componentStyle('field-label', {
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.semibold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
  // Label is the click target for the control too; keep it easy to hit.
  cursor: 'default',
});

export const necessity = componentStyle('field-necessity', {
  fontWeight: vars.font.weight.regular,
});

export const description = componentStyle('field-description', {
  fontSize: vars.font.size.sm,
  lineHeight: vars.font['line-height'].normal,
  color: vars.color.text.default,
});

// The error is text + icon + a thick bar on the inline-start side: never colour alone, and the
// text itself stays black/white.
export const error = componentStyle('field-error', {
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space['2'],
  margin: 0,
  paddingInlineStart: vars.space['2'],
  borderInlineStart: `${vars.border.width.thick} solid ${vars.color.status.danger.border}`,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.semibold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
  // The error icon: the icon set's drawing as a mask, in the danger colour (text stays black or
  // white). Forced colours paint it in the text colour (a mask paints with the background).
  '::before': {
    content: '""',
    flex: 'none',
    inlineSize: vars.size.icon.md,
    blockSize: vars.size.icon.md,
    backgroundColor: vars.color.status.danger.icon,
    mask: iconMask('error'),
  },
  '@media': {
    '(forced-colors: active)': { selectors: { '&::before': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' } } },
  },
});

export const counter = componentStyle('field-counter', {
  fontSize: vars.font.size.sm,
  lineHeight: vars.font['line-height'].normal,
  color: vars.color.text.default,
});
