import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';
import { visuallyHiddenRule } from '../../theme/visuallyHidden.css.js';

export const skipLink = componentStyle('skip-link', {
  selectors: {
    // Out of sight until a keyboard user reaches it: it is the first stop on the page.
    '&:not(:focus)': visuallyHiddenRule,
    // In the flow when focused: it pushes the page down instead of lying over the header's
    // first links (an overlay covered them: WCAG 2.5.8 target size, 2.4.11 focus not obscured).
    '&:focus': {
      position: 'relative',
      zIndex: vars['z-index'].toast,
      marginBlockEnd: vars.space['2'],
      inlineSize: 'fit-content',
      display: 'flex',
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
