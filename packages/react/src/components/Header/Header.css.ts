import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { pageGutter } from '../../theme/pageGutter.js';
import { componentStyle } from '../../theme/styles.js';

// Media queries cannot read custom properties: the breakpoint comes from the token package at
// build time. Below `md` (also a 1280 px screen at 200 % zoom) the panel collapses behind the
// menu button — but only once the page has hydrated (`data-enhanced`), so server HTML and a
// page without JavaScript always show the navigation.
const narrow = `screen and (max-width: ${parseFloat(tokens.breakpoint.md) - 0.02}px)`;
const wide = `screen and (min-width: ${tokens.breakpoint.md})`;
const gutter = '--gbg-header-gutter';

export const header = componentStyle('header', {
  // Container's gutter steps, so the header's column lines up with the page content.
  ...pageGutter(gutter),
  display: 'block',
  backgroundColor: vars.color.surface.default,
  color: vars.color.text.default,
  borderBlockEnd: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  font: vars.typography.body,
});

/** The content column, aligned with `Container` (default width). */
export const inner = componentStyle('header-inner', {
  boxSizing: 'border-box',
  inlineSize: '100%',
  maxInlineSize: `calc(${vars.size.container.default} + 2 * var(${gutter}))`,
  marginInline: 'auto',
  paddingInline: `var(${gutter})`,
});

export const bar = componentStyle('header-bar', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: vars.space['4'],
  rowGap: vars.space['2'],
  paddingBlock: vars.space['2'],
});

/** The link home around the logo: the focus ring goes round the logo and its clear space. */
export const home = componentStyle('header-home', {
  display: 'inline-flex',
  flexShrink: 0,
  maxInlineSize: '100%',
  // The word mark is part of the logo, not link text: never underlined.
  textDecorationLine: 'none',
  color: 'inherit',
  borderRadius: vars.radius.sm,
  selectors: { '&:focus-visible': focusRing },
});

/** Smaller logo on narrow screens, through the Logo's documented height property. */
export const logo = componentStyle('header-logo', {
  '@media': {
    [narrow]: { vars: { '--gbg-logo-height': `max(${vars.space['8']}, 2rem)` } },
  },
});

export const identity = componentStyle('header-identity', {
  display: 'flex',
  flexDirection: 'column',
  minInlineSize: 0,
  paddingInlineStart: vars.space['4'],
  borderInlineStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
});

export const subBrandName = componentStyle('header-sub-brand-name', {
  font: vars.typography['heading-4'],
  fontWeight: vars.font.weight.bold,
  overflowWrap: 'anywhere',
});

export const guarantee = componentStyle('header-guarantee', {
  font: vars.typography.small,
  fontWeight: vars.font.weight.semibold,
});

export const service = componentStyle('header-service', {
  minInlineSize: 0,
  paddingInlineStart: vars.space['4'],
  borderInlineStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  font: vars.typography['heading-4'],
  fontWeight: vars.font.weight.semibold,
  overflowWrap: 'anywhere',
});

// The service name links to the service's start page: a heading, underlined on hover only.
export const serviceLink = componentStyle('header-service-link', linkStyle({}, { underline: 'hover' }));

export const tools = componentStyle('header-tools', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space['3'],
  marginInlineStart: 'auto',
});

export const actions = componentStyle('header-actions', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space['3'],
});

/** Disclosure button: a real button, like a secondary action; hidden where the panel always shows. */
export const menuButton = componentStyle('header-menu-button', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
  minBlockSize: vars.size.target.default,
  minInlineSize: vars.size.target.default,
  paddingInline: vars.space['3'],
  margin: 0,
  font: 'inherit',
  fontWeight: vars.font.weight.semibold,
  color: vars.color.action.secondary.foreground,
  backgroundColor: vars.color.action.secondary.background,
  border: `${vars.border.width.medium} solid ${vars.color.action.secondary.border}`,
  borderRadius: vars.radius.md,
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.action.secondary.hover },
    '&:active': { backgroundColor: vars.color.action.secondary.active },
    '&:focus-visible': focusRing,
  },
  '@media': { [wide]: { display: 'none' } },
});

export const menuIcon = componentStyle('header-menu-icon', {
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  flexShrink: 0,
});

export const panel = componentStyle('header-panel', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: vars.space['6'],
  rowGap: vars.space['2'],
  paddingBlockEnd: vars.space['3'],
  '@media': {
    [narrow]: {
      flexDirection: 'column',
      alignItems: 'stretch',
      paddingBlockStart: vars.space['2'],
      borderBlockStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
      selectors: {
        // Collapsed only after hydration and while the menu is closed.
        [`${header}[data-enhanced]:not([data-menu-open]) &`]: { display: 'none' },
      },
    },
  },
});

// Wide screens: search and languages share the panel's first line (languages at the end), the
// navigation gets a line of its own. Source order is reading order; nothing is moved by CSS.
export const languages = componentStyle('header-languages', {
  display: 'flex',
  marginInlineStart: 'auto',
  '@media': { [narrow]: { marginInlineStart: 0 } },
});

export const nav = componentStyle('header-nav', {
  flexBasis: '100%',
  minInlineSize: 0,
});

export const navList = componentStyle('header-nav-list', {
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: vars.space['5'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
  '@media': { [narrow]: { flexDirection: 'column' } },
});

export const navItem = componentStyle('header-nav-item', {
  margin: 0,
});

// Navigation links: the house link look underlined on hover only, marked current by a thick
// bar under them and bold text (never by colour); square corners keep the bar straight.
export const navLink = componentStyle('header-nav-link', linkStyle({
  display: 'inline-flex',
  alignItems: 'center',
  boxSizing: 'border-box',
  minBlockSize: vars.size.target.default,
  paddingBlock: vars.space['1'],
  fontWeight: vars.font.weight.semibold,
  borderBlockEnd: `${vars.border.width.thick} solid transparent`,
  borderRadius: 0,
  selectors: {
    '&[aria-current]': { fontWeight: vars.font.weight.bold, borderBlockEndColor: vars.color.border.strong },
  },
  '@media': {
    [narrow]: { display: 'flex', inlineSize: '100%' },
    // Forced colours paint even a transparent border: show the bar on the current link only.
    '(forced-colors: active)': {
      borderBlockEndStyle: 'hidden',
      selectors: { '&[aria-current]': { borderBlockEndStyle: 'solid' } },
    },
  },
}, { underline: 'hover' }));

export const search = componentStyle('header-search', {
  flex: '0 1 28rem',
  minInlineSize: 0,
  '@media': { [narrow]: { flexBasis: 'auto' } },
});
