import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// Size and clear space are design-system decisions (the public manual gives none in pixels
// for screens), kept here in one place:
// - height: horizontal sm 32px / md 48px / lg 64px; vertical twice that — at the default text
//   size. Each height is max(space token, rem): the logo grows with the reader's text size
//   (WCAG 1.4.4: at 200 % text the word mark is twice as large) and never gets smaller than
//   the token when the root font is set small;
// - minimum: the `sm` height — a consumer who sets `--gbg-logo-height` lower gets the minimum;
// - clear space: a quarter of the height on every side (horizontal), an eighth (vertical,
//   where the shield is about half the height); nothing may come closer.
const grow = (token: string, rem: number) => `max(${token}, ${rem}rem)`;
const minHorizontal = grow(vars.space['8'], 2);
const minVertical = grow(vars.space['16'], 4);

export const logo = componentVariants('logo', {
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
          '--gbg-logo-block-size': `max(${minHorizontal}, var(--gbg-logo-height, ${grow(vars.space['12'], 3)}))`,
          '--gbg-logo-clear-space': 'calc(var(--gbg-logo-block-size) / 4)',
        },
      },
      vertical: {
        vars: {
          '--gbg-logo-block-size': `max(${minVertical}, var(--gbg-logo-height, ${grow(vars.space['12'], 3)} * 2))`,
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
    { variants: { orientation: 'horizontal', size: 'sm' }, style: { vars: { '--gbg-logo-height': grow(vars.space['8'], 2) } } },
    { variants: { orientation: 'horizontal', size: 'md' }, style: { vars: { '--gbg-logo-height': grow(vars.space['12'], 3) } } },
    { variants: { orientation: 'horizontal', size: 'lg' }, style: { vars: { '--gbg-logo-height': grow(vars.space['16'], 4) } } },
    { variants: { orientation: 'vertical', size: 'sm' }, style: { vars: { '--gbg-logo-height': grow(vars.space['16'], 4) } } },
    { variants: { orientation: 'vertical', size: 'md' }, style: { vars: { '--gbg-logo-height': `calc(${grow(vars.space['12'], 3)} * 2)` } } },
    { variants: { orientation: 'vertical', size: 'lg' }, style: { vars: { '--gbg-logo-height': `calc(${grow(vars.space['16'], 4)} * 2)` } } },
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

/** The official file (`<img>`): fixed height, width from its ratio. */
export const logoImage = componentStyle('logo-image', {
  display: 'block',
  blockSize: 'var(--gbg-logo-block-size)',
  inlineSize: 'auto',
  maxInlineSize: '100%',
  // Never stretched: if the box gets narrower than the drawing, it shrinks whole.
  objectFit: 'contain',
  flexShrink: 0,
});

// The placeholder is laid out in units of the logo height H, the same proportions as the old
// single SVG drawing (64 units high horizontal, 96 vertical), so arms and word mark keep their
// relation at every size and text zoom.
const H = 'var(--gbg-logo-block-size)';

/**
 * The placeholder drawing: arms and word mark side by side (or stacked). Always laid out left
 * to right — the logotype is never altered, so in a right-to-left page the arms stay left of
 * the word mark; only the logo's place on the page follows the direction.
 */
export const logoPlaceholder = componentVariants('logo-placeholder', {
  base: {
    display: 'flex',
    alignItems: 'center',
    direction: 'ltr',
    blockSize: H,
    flexShrink: 0,
  },
  variants: {
    orientation: {
      horizontal: { flexDirection: 'row', columnGap: `calc(${H} * 10 / 64)` },
      vertical: { flexDirection: 'column', justifyContent: 'flex-start' },
    },
  },
});

/** The arms' stand-in: a dashed shield with a cross, the usual mark for "artwork goes here". */
export const logoArms = componentVariants('logo-arms', {
  base: {
    display: 'block',
    flexShrink: 0,
    fill: 'none',
    stroke: 'currentColor',
    '@media': {
      // Follow the forced text colour rather than vanish on a forced background.
      '(forced-colors: active)': { color: 'CanvasText' },
    },
  },
  variants: {
    orientation: {
      horizontal: { blockSize: H, inlineSize: `calc(${H} * 52 / 64)` },
      vertical: { blockSize: `calc(${H} * 64 / 96)`, inlineSize: `calc(${H} * 52 / 96)` },
    },
    tone: {
      'color-light': { color: vars.color.brand.goteborgsbla },
      'color-dark': { color: vars.color.brand.ljusbla },
      'greyscale-light': { color: vars.color.brand.morkbla },
      'greyscale-dark': { color: vars.color.brand.gra },
      'monochrome-light': { color: vars.color.brand.svart },
      'monochrome-dark': { color: vars.color.brand.vit },
    },
  },
});

/**
 * The word mark as HTML text, sized from the logo height (so it grows with the reader's text
 * size and stays in proportion to the arms). Never wraps: a broken word mark is an altered logo.
 */
export const logoWordmark = componentVariants('logo-wordmark', {
  base: {
    display: 'block',
    fontFamily: vars.font.family.sans,
    fontWeight: vars.font.weight.bold,
    whiteSpace: 'nowrap',
    letterSpacing: 0,
    wordSpacing: 0,
  },
  variants: {
    orientation: {
      horizontal: { fontSize: `calc(${H} * 22 / 64)`, lineHeight: 1 },
      vertical: { fontSize: `calc(${H} * 17 / 96)`, lineHeight: `calc(${H} * 32 / 96)` },
    },
    // Black word mark on light backgrounds, white on dark (brand rule), in every version.
    background: {
      light: { color: vars.color.brand.svart },
      dark: { color: vars.color.brand.vit },
    },
  },
});
