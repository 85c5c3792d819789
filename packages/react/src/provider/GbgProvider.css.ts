import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../theme/contract.css.js';
import { componentsLayer } from '../theme/layers.css.js';
import { componentStyle } from '../theme/styles.js';

/**
 * `gbg-provider`. A provider that sets a theme paints its region with that theme's surface and
 * text colour, so a dark region inside a light page is readable without extra CSS.
 */
export const provider = componentStyle('provider', {
  selectors: {
    '&[data-gbg-theme]': {
      color: vars.color.text.default,
      backgroundColor: vars.color.surface.default,
    },
  },
});

// The page's own theme: the outermost provider (`data-gbg-root`), placed at the top of the page
// (a child of <body>, or of the app's root element inside it), sets `color-scheme` and the page
// background on <html>, so a dark page is dark to its edges — body margins, overscroll and the
// scrollbars included — from the first server-rendered paint, without script. Providers deeper
// in the page (a story on a docs page, a dark footer) do not repaint the page.
// The colours are the palette primitives the tokens' light and dark surfaces use: the semantic
// custom properties on <html> always hold the light values.
const atTop = (theme: string) =>
  `:root:has(> body > [data-gbg-root][data-gbg-theme="${theme}"], > body > * > [data-gbg-root][data-gbg-theme="${theme}"])`;
const light = { color: vars.color.brand.svart, backgroundColor: vars.color.brand.vit } as const;
const dark = { color: vars.color.brand.vit, backgroundColor: vars.color.brand.svart } as const;
const prefersDark = '(prefers-color-scheme: dark)';

// Colours in the components layer, so an app's own page background still wins.
globalStyle(atTop('light'), { '@layer': { [componentsLayer]: light } });
globalStyle(atTop('dark'), { '@layer': { [componentsLayer]: dark } });
globalStyle(atTop('auto'), { '@layer': { [componentsLayer]: { ...light, '@media': { [prefersDark]: dark } } } });
// `color-scheme` outside the layers: the token stylesheet declares `color-scheme: light` on
// :root without a layer, and a layered rule can never beat an unlayered one.
globalStyle(atTop('light'), { colorScheme: 'light' });
globalStyle(atTop('dark'), { colorScheme: 'dark' });
globalStyle(atTop('auto'), { colorScheme: 'light dark' });
