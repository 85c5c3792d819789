// Test fixture for styles.test.ts: classes made with the component helpers.
import { componentStyle, componentVariants } from '../styles.js';

export const fixtureStyle = componentStyle('fixture-part', { color: 'black' });

export const fixtureVariants = componentVariants('fixture', {
  base: { display: 'inline-flex' },
  variants: {
    variant: {
      primary: { color: 'white', selectors: { '&:hover': { color: 'black' } } },
      secondary: { color: 'black', '@media': { '(forced-colors: active)': { color: 'CanvasText' } } },
    },
    fullWidth: { true: { inlineSize: '100%' }, false: {} },
  },
  defaultVariants: { variant: 'primary', fullWidth: false },
  compoundVariants: [{ variants: { variant: 'secondary', fullWidth: true }, style: { borderWidth: 0 } }],
});
