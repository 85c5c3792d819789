import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';

export const heading = componentVariants('heading', {
  base: {
    margin: 0,
    // Headings are black or white like all text; colour comes from the theme.
    color: vars.color.text.default,
    overflowWrap: 'break-word',
    textWrap: 'balance',
  },
  variants: {
    size: {
      1: { font: vars.typography['heading-1'] },
      2: { font: vars.typography['heading-2'] },
      3: { font: vars.typography['heading-3'] },
      4: { font: vars.typography['heading-4'] },
      5: { font: vars.typography['heading-5'] },
      6: { font: vars.typography['heading-6'] },
    },
  },
  defaultVariants: { size: 2 },
});
