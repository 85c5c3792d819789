import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';
import { visuallyHiddenRule } from '../../theme/visuallyHidden.css.js';

export const skipLink = componentStyle('skip-link', {
  selectors: {
    // Out of sight until a keyboard user reaches it: it is the first stop on the page.
    '&:not(:focus)': visuallyHiddenRule,
    '&:focus': {
      position: 'absolute',
      insetBlockStart: vars.space['2'],
      insetInlineStart: vars.space['2'],
      zIndex: vars['z-index'].toast,
      display: 'inline-flex',
      alignItems: 'center',
      minBlockSize: vars.size.target.default,
      paddingBlock: vars.space['2'],
      paddingInline: vars.space['4'],
      backgroundColor: vars.color.surface.default,
      color: vars.color.text.default,
      font: vars.typography.body,
      fontWeight: vars.font.weight.semibold,
      textDecorationLine: 'underline',
      textDecorationThickness: vars.border.width.medium,
      textUnderlineOffset: '0.2em',
      borderRadius: vars.radius.md,
      ...focusRing,
    },
  },
});
