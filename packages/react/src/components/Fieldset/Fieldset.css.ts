import { vars } from '../../theme/contract.css.js';
import { globalStyle } from '@vanilla-extract/css';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';
import { error as fieldError } from '../../form/field.css.js';

export { visuallyHidden } from '../../theme/visuallyHidden.css.js';

export const fieldset = componentStyle('fieldset', {
  display: 'flex',
  flexDirection: 'column',
  // The controls sit directly in the fieldset (no content wrapper): space-4 between them; the
  // description and error keep their tighter space-2 (see below).
  gap: vars.space['4'],
  minInlineSize: 0,
  margin: 0,
  padding: 0,
  border: 'none',
  fontFamily: vars.font.family.sans,
  color: vars.color.text.default,
});

export const legend = componentVariants('fieldset-legend', {
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

/** The group's error: space-2 after the description, like in a field. */
export const error = componentStyle('fieldset-error', {
  selectors: {
    [`${description} + &.${fieldError}`]: { marginBlockStart: `calc(${vars.space['2']} - ${vars.space['4']})` },
  },
});

// The first control after the legend alone gets the space the content wrapper used to give.
globalStyle(`${fieldset} > legend + :not(${description}, ${error})`, {
  '@layer': { [componentsLayer]: { marginBlockStart: vars.space['2'] } },
});
