import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentRecipe, componentStyle } from '../../theme/styles.js';

// Size and clear space are design-system decisions (the public manual gives none in pixels
// for screens), kept here in one place and expressed in space tokens:
// - height: horizontal sm 32px / md 48px / lg 64px; vertical twice that;
// - minimum: the `sm` height — a consumer who sets `--gbg-logo-height` lower gets the minimum;
// - clear space: a quarter of the height on every side (horizontal), an eighth (vertical,
//   where the shield is about half the height); nothing may come closer.
const minHorizontal = vars.space['8'];
const minVertical = vars.space['16'];

export const logo = componentRecipe('logo', {
  base: {
    display: 'inline-flex',
    boxSizing: 'content-box',
    flexShrink: 0,
    maxInlineSize: '100%',
    verticalAlign: 'middle',
    lineHeight: 0,
    padding: 'var(--gbg-logo-clear-space)',
    color: vars.color.text.default,
  },
  variants: {
    orientation: {
      horizontal: {
        vars: {
          '--gbg-logo-block-size': `max(${minHorizontal}, var(--gbg-logo-height, ${vars.space['12']}))`,
          '--gbg-logo-clear-space': 'calc(var(--gbg-logo-block-size) / 4)',
        },
      },
      vertical: {
        vars: {
          '--gbg-logo-block-size': `max(${minVertical}, var(--gbg-logo-height, calc(${vars.space['12']} * 2)))`,
          '--gbg-logo-clear-space': 'calc(var(--gbg-logo-block-size) / 8)',
        },
      },
    },
    size: {
      sm: {},
      md: {},
      lg: {},
    },
  },
  compoundVariants: [
    { variants: { orientation: 'horizontal', size: 'sm' }, style: { vars: { '--gbg-logo-height': vars.space['8'] } } },
    { variants: { orientation: 'horizontal', size: 'md' }, style: { vars: { '--gbg-logo-height': vars.space['12'] } } },
    { variants: { orientation: 'horizontal', size: 'lg' }, style: { vars: { '--gbg-logo-height': vars.space['16'] } } },
    { variants: { orientation: 'vertical', size: 'sm' }, style: { vars: { '--gbg-logo-height': vars.space['16'] } } },
    { variants: { orientation: 'vertical', size: 'md' }, style: { vars: { '--gbg-logo-height': `calc(${vars.space['12']} * 2)` } } },
    { variants: { orientation: 'vertical', size: 'lg' }, style: { vars: { '--gbg-logo-height': `calc(${vars.space['16']} * 2)` } } },
  ],
  defaultVariants: { orientation: 'horizontal', size: 'md' },
});

/** The link home around the logo: the focus ring goes round the whole clear space. */
export const logoLink = componentStyle('logo-link', {
  borderRadius: vars.radius.sm,
  selectors: {
    '&:focus-visible': focusRing,
  },
});

/** The drawing (official `<img>` or placeholder `<svg>`): fixed height, width from its ratio. */
export const logoImage = componentStyle('logo-image', {
  display: 'block',
  blockSize: 'var(--gbg-logo-block-size)',
  inlineSize: 'auto',
  maxInlineSize: '100%',
  // Never stretched: if the box gets narrower than the drawing, it shrinks whole.
  objectFit: 'contain',
  flexShrink: 0,
});

export const logoPlaceholderShield = componentRecipe('logo-placeholder-shield', {
  base: { fill: 'none', strokeWidth: 2, strokeDasharray: '4 3' },
  variants: {
    tone: {
      'color-light': { stroke: vars.color.brand.goteborgsbla, color: vars.color.brand.goteborgsbla },
      'color-dark': { stroke: vars.color.brand.ljusbla, color: vars.color.brand.ljusbla },
      'greyscale-light': { stroke: vars.color.brand.morkbla, color: vars.color.brand.morkbla },
      'greyscale-dark': { stroke: vars.color.brand.gra, color: vars.color.brand.gra },
      'monochrome-light': { stroke: vars.color.brand.svart, color: vars.color.brand.svart },
      'monochrome-dark': { stroke: vars.color.brand.vit, color: vars.color.brand.vit },
    },
  },
});

export const logoPlaceholderLabel = componentStyle('logo-placeholder-label', {
  fill: 'currentColor',
  fontFamily: vars.font.family.sans,
  fontWeight: vars.font.weight.bold,
});

export const logoWordmark = componentRecipe('logo-wordmark', {
  base: { fontFamily: vars.font.family.sans, fontWeight: vars.font.weight.bold },
  variants: {
    // Black word mark on light backgrounds, white on dark (brand rule), in every version.
    background: {
      light: { fill: vars.color.brand.svart },
      dark: { fill: vars.color.brand.vit },
    },
  },
});
