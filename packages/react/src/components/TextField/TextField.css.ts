import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';

/** "Visa lösenord" toggle at the inline end of the box: a full 44px target, text not icon. */
export const toggle = componentStyle('text-field-toggle', {
  flex: 'none',
  minBlockSize: vars.size.target.default,
  minInlineSize: vars.size.target.default,
  margin: 0,
  paddingInline: vars.space['3'],
  border: 'none',
  borderInlineStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  borderStartEndRadius: vars.radius.sm,
  borderEndEndRadius: vars.radius.sm,
  background: vars.color.surface.subtle,
  color: vars.color.text.default,
  font: 'inherit',
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.semibold,
  textDecoration: 'underline',
  cursor: 'pointer',
  selectors: {
    '&:focus-visible': focusRing,
    // Pressed state is shown by a solid inset bar too, not only by the aria attribute.
    '&[aria-pressed="true"]': {
      boxShadow: `inset 0 calc(-1 * ${vars.border.width.thick}) 0 ${vars.color.border.strong}`,
    },
    '&:disabled': { cursor: 'not-allowed', textDecoration: 'none' },
  },
});
