import { globalStyle, type GlobalStyleRule } from '@vanilla-extract/css';
import { focusRing } from './theme/focus.css.js';
import { vars } from './theme/contract.css.js';
import { baseLayer } from './theme/layers.css.js';
import { plainLinkStates } from './theme/linkRule.js';

// The opt-in base stylesheet, published as `@goteborgsstad/react/base.css`: element defaults
// for pages built with the design system. Everything sits in the `gbg.base` layer, below the
// components and below any unlayered CSS of the app.

function base(selector: string, rule: GlobalStyleRule): void {
  globalStyle(selector, { '@layer': { [baseLayer]: rule } });
}

base(':root', { colorScheme: 'light' });
base('[data-gbg-theme="light"]', { colorScheme: 'light' });
base('[data-gbg-theme="dark"]', { colorScheme: 'dark' });
base('[data-gbg-theme="auto"]', { colorScheme: 'light dark' });

base('body', {
  margin: 0,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.regular,
  lineHeight: vars.font['line-height'].normal,
  color: vars.color.text.default,
  backgroundColor: vars.color.surface.default,
  textRendering: 'optimizeLegibility',
  WebkitTextSizeAdjust: '100%',
});

// Links are recognised by their underline; text stays black or white (brand rule). The house
// look of `Link`, state by state (visited before hover, so hover wins on a visited link).
base('a', plainLinkStates.link);
base('a:visited', plainLinkStates.visited);
base('a:hover', plainLinkStates.hover);
base('a:active', plainLinkStates.active);
base('a:focus-visible', plainLinkStates.focusVisible);

// A visible focus indicator on everything keyboard-focusable.
base(':focus-visible', focusRing);

// Respect the user's wish for less motion. `!important` on purpose: inside a layer it also
// beats component transitions, which is the point of this preference.
base('*, *::before, *::after', {
  '@media': {
    '(prefers-reduced-motion: reduce)': {
      animationDuration: '0.01ms !important',
      animationIterationCount: '1 !important',
      transitionDuration: '0.01ms !important',
      scrollBehavior: 'auto !important' as 'auto',
    },
  },
});
