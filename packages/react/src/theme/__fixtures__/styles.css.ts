// Test fixture for styles.test.ts: classes made with the component helpers.
import { componentRecipe, componentStyle } from '../styles.js';

export const fixtureStyle = componentStyle('fixture-part', { color: 'black' });

export const fixtureRecipe = componentRecipe('fixture', {
  base: { display: 'inline-flex' },
  variants: {
    variant: { primary: { color: 'white' }, secondary: { color: 'black' } },
    fullWidth: { true: { inlineSize: '100%' }, false: {} },
  },
  defaultVariants: { variant: 'primary', fullWidth: false },
  compoundVariants: [{ variants: { variant: 'secondary', fullWidth: true }, style: { borderWidth: 0 } }],
});
