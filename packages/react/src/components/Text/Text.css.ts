import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';

export const text = componentVariants('text', {
  base: {
    margin: 0,
    color: vars.color.text.default,
    overflowWrap: 'break-word',
  },
  variants: {
    variant: {
      body: { font: vars.typography.body },
      lead: { font: vars.typography.lead },
      small: { font: vars.typography.small },
    },
    // Readable line length for running text (about 70 characters).
    measure: {
      true: { maxInlineSize: '70ch' },
      false: {},
    },
  },
  defaultVariants: { variant: 'body', measure: false },
});
