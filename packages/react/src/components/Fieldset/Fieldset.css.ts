import { vars } from '../../theme/contract.css.js';
import { componentRecipe, componentStyle } from '../../theme/styles.js';

export { visuallyHidden } from '../../theme/visuallyHidden.css.js';

export const fieldset = componentStyle('fieldset', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['2'],
  minInlineSize: 0,
  margin: 0,
  padding: 0,
  border: 'none',
  fontFamily: vars.font.family.sans,
  color: vars.color.text.default,
});

export const legend = componentRecipe('fieldset-legend', {
  base: {
    padding: 0,
    marginBlockEnd: vars.space['1'],
    color: vars.color.text.default,
    fontWeight: vars.font.weight.semibold,
    lineHeight: vars.font['line-height'].snug,
  },
  variants: {
    size: {
      sm: { fontSize: vars.font.size.md },
      md: { fontSize: vars.font.size.lg },
      lg: { fontSize: vars.font.size['2xl'], fontWeight: vars.font.weight.bold },
    },
  },
  defaultVariants: { size: 'md' },
});

export const description = componentStyle('fieldset-description', {
  fontSize: vars.font.size.sm,
  lineHeight: vars.font['line-height'].normal,
  color: vars.color.text.default,
});

export const content = componentStyle('fieldset-content', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['4'],
  marginBlockStart: vars.space['2'],
});
