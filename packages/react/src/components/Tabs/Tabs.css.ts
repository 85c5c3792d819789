import type { StyleRule } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';

export const tabs = componentStyle('tabs', {
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  color: vars.color.text.default,
});

// The row of tabs wraps at narrow widths instead of scrolling sideways (reflow at 320 px); the
// thin line under it is the edge the selected tab's thick mark sits on.
export const tabsList = componentStyle('tabs-list', {
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space['1'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
  borderBlockEnd: `${vars.border.width.thin} solid ${vars.color.border.default}`,
});

// Shared by the button tab and the link tab: the selected/current one is marked by a thick
// bottom border and bold text, never by the colour of its text (text stays black or white).
const tabBase = {
  display: 'inline-flex',
  alignItems: 'center',
  boxSizing: 'border-box',
  minBlockSize: vars.size.target.minimum,
  margin: 0,
  marginBlockEnd: `calc(-1 * ${vars.border.width.thin})`,
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['4'],
  border: 'none',
  borderBlockEnd: `${vars.border.width.thick} solid transparent`,
  borderRadius: 0,
  background: 'transparent',
  color: vars.color.text.default,
  font: 'inherit',
  fontWeight: vars.font.weight.regular,
  textAlign: 'start',
  textDecoration: 'none',
  overflowWrap: 'anywhere',
  cursor: 'pointer',
} as const;

const selectedMark = {
  borderBlockEndColor: vars.color.action.primary.background,
  fontWeight: vars.font.weight.bold,
} as const;

// Windows high contrast paints transparent borders in the text colour: there only the
// selected tab keeps its mark, in the system highlight colour (padding keeps rows aligned).
const forcedColors = (selected: string): StyleRule['@media'] => ({
  '(forced-colors: active)': {
    borderBlockEndStyle: 'none',
    paddingBlockEnd: `calc(${vars.space['2']} + ${vars.border.width.thick})`,
    selectors: {
      [selected]: {
        borderBlockEndStyle: 'solid',
        borderBlockEndColor: 'Highlight',
        paddingBlockEnd: vars.space['2'],
      },
    },
  },
});

export const tabsTab = componentStyle('tabs-tab', {
  ...tabBase,
  selectors: {
    '&:hover:not(:disabled)': { background: vars.color.surface.subtle },
    '&:focus-visible': focusRing,
    '&[aria-selected="true"]': selectedMark,
    '&:disabled': { color: vars.color.disabled.foreground, cursor: 'not-allowed' },
  },
  '@media': forcedColors('&[aria-selected="true"]'),
});

export const tabsPanel = componentStyle('tabs-panel', {
  paddingBlock: vars.space['4'],
  selectors: {
    '&:focus-visible': focusRing,
  },
});

export const tabsNav = componentStyle('tabs-nav', {
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  color: vars.color.text.default,
});

export const tabsNavItem = componentStyle('tabs-nav-item', {
  display: 'flex',
  margin: 0,
});

export const tabsNavLink = componentStyle('tabs-nav-link', {
  ...tabBase,
  selectors: {
    '&:hover': { background: vars.color.surface.subtle, textDecoration: 'underline' },
    '&:focus-visible': focusRing,
    '&[aria-current="page"]': selectedMark,
  },
  '@media': forcedColors('&[aria-current="page"]'),
});
