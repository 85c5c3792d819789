import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// Media queries cannot read custom properties: the breakpoint comes from the token package at
// build time. Below `lg` — where Grid's `sidebar-main`/`main-sidebar` layouts stack, and a
// 1280 px screen at 200 % zoom — the sidebar sits above or below the main content, so the list
// folds behind a toggle; only once the page has hydrated (`data-enhanced`), so server HTML and
// a page without JavaScript always show it.
const narrow = `screen and (max-width: ${parseFloat(tokens.breakpoint.lg) - 0.02}px)`;
const wide = `screen and (min-width: ${tokens.breakpoint.lg})`;

export const sideNavigation = componentVariants('side-navigation', {
  base: {
    display: 'block',
    font: vars.typography.body,
    color: vars.color.text.default,
  },
  variants: {
    collapse: { auto: {}, never: {} },
  },
  defaultVariants: { collapse: 'auto' },
});

/** Every level's list; nested lists are indented from the start edge. */
export const list = componentStyle('side-navigation-list', {
  margin: 0,
  padding: 0,
  listStyle: 'none',
  selectors: {
    // The `hidden` attribute of a collapsed branch must win over any display set here.
    '&[hidden]': { display: 'none' },
    '&[data-level="1"]': { borderBlockStart: `${vars.border.width.thin} solid ${vars.color.border.subtle}` },
    '&:not([data-level="1"])': { paddingInlineStart: vars.space['4'] },
  },
  '@media': {
    [narrow]: {
      selectors: {
        [`${sideNavigation}[data-enhanced]:not([data-collapse="never"]):not([data-menu-open]) > &`]: { display: 'none' },
      },
    },
  },
});

/** Top-level pages are separated by a thin line. */
export const item = componentStyle('side-navigation-item', {
  margin: 0,
  selectors: {
    '[data-level="1"] > &': { borderBlockEnd: `${vars.border.width.thin} solid ${vars.color.border.subtle}` },
  },
});

/** The page's link and, beside it, the button that shows its subpages. */
export const row = componentStyle('side-navigation-row', {
  display: 'flex',
  alignItems: 'stretch',
  selectors: {
    // The current page's background spans its button too: one row, one page.
    '&:has(> [aria-current="page"])': { backgroundColor: vars.color.surface.subtle },
  },
});

// The house link look underlined on hover only. The current page is bold with a thick bar at
// the start edge and a subtle background — never marked by colour alone.
export const link = componentStyle('side-navigation-link', linkStyle({
  flex: '1 1 auto',
  minInlineSize: 0,
  display: 'flex',
  alignItems: 'center',
  boxSizing: 'border-box',
  minBlockSize: vars.size.target.default,
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['3'],
  overflowWrap: 'anywhere',
  borderInlineStart: `${vars.border.width.thick} solid transparent`,
  borderRadius: 0,
  selectors: {
    '[data-level="1"] > li > div > &': { fontWeight: vars.font.weight.semibold },
    // Above the neighbouring rows, which would cover the ring's outer half.
    '&:focus-visible': { position: 'relative', zIndex: 1 },
    '&[aria-current="page"]': {
      fontWeight: vars.font.weight.bold,
      borderInlineStartColor: vars.color.border.strong,
    },
  },
  '@media': {
    // Forced colours paint even a transparent border: show the bar on the current page only,
    // and keep the other links' text where the bar's width would put it.
    '(forced-colors: active)': {
      borderInlineStartStyle: 'hidden',
      paddingInlineStart: `calc(${vars.space['3']} + ${vars.border.width.thick})`,
      selectors: { '&[aria-current="page"]': { borderInlineStartStyle: 'solid', paddingInlineStart: vars.space['3'] } },
    },
  },
}, { underline: 'hover' }));

/** Square icon button beside the link: 44 × 44 px at least. */
export const expand = componentStyle('side-navigation-expand', {
  flex: '0 0 auto',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  inlineSize: vars.size.target.default,
  minBlockSize: vars.size.target.default,
  margin: 0,
  padding: 0,
  // Buttons do not inherit the font: the hidden name text would stay at the browser's size.
  font: 'inherit',
  color: vars.color.text.default,
  backgroundColor: 'transparent',
  border: 0,
  borderRadius: vars.radius.sm,
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.surface.subtle },
    // On the current page's row (already subtle) hover shows the page's own surface instead.
    '[aria-current="page"] ~ &:hover': { backgroundColor: vars.color.surface.default },
    '&:focus-visible': { ...focusRing, position: 'relative', zIndex: 1 },
  },
});

/** Chevron: points down when closed, up when open (vertical, so never mirrored in RTL). */
export const expandIcon = componentStyle('side-navigation-expand-icon', {
  flexShrink: 0,
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  selectors: {
    '[aria-expanded="true"] > &': { transform: 'rotate(180deg)' },
  },
  '@media': { '(prefers-reduced-motion: no-preference)': { transition: `transform ${vars.motion.duration.fast}` } },
});

/** Narrow screens: the button that shows the folded navigation; it carries the nav's name. */
export const toggle = componentStyle('side-navigation-toggle', {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: vars.space['2'],
  boxSizing: 'border-box',
  inlineSize: '100%',
  minBlockSize: vars.size.target.default,
  paddingInline: vars.space['3'],
  margin: 0,
  font: 'inherit',
  fontWeight: vars.font.weight.semibold,
  textAlign: 'start',
  color: vars.color.action.secondary.foreground,
  backgroundColor: vars.color.action.secondary.background,
  border: `${vars.border.width.medium} solid ${vars.color.action.secondary.border}`,
  borderRadius: vars.radius.md,
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.action.secondary.hover },
    '&:active': { backgroundColor: vars.color.action.secondary.active },
    '&:focus-visible': focusRing,
    [`${sideNavigation}[data-menu-open] > &`]: { marginBlockEnd: vars.space['2'] },
  },
  '@media': { [wide]: { display: 'none' } },
});
