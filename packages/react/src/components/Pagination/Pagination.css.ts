import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle } from '../../theme/styles.js';

// The compact form ("Sida 3 av 12" above previous and next) is chosen by the width the
// pagination has, not the screen's: a container query, so it also works in a narrow column.
// 36rem holds seven page numbers and both words on one line.
const compact = 'gbg-pagination (max-width: 36rem)';

export const pagination = componentStyle('pagination', {
  containerType: 'inline-size',
  containerName: 'gbg-pagination',
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].tight,
  color: vars.color.text.default,
});

export const paginationList = componentStyle('pagination-list', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space['1'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
  // Compact: "Sida 3 av 12" on its own line, previous and next at either end below it, so
  // the row fits 320 px with long words ("Föregående").
  '@container': { [compact]: { justifyContent: 'space-between' } },
});

/** The item holding "Nästa": pushed to the end in the compact form, also on the first page. */
export const paginationNextItem = componentStyle('pagination-next-item', {
  '@container': { [compact]: { marginInlineStart: 'auto' } },
});

/** One page number (or the ellipsis); hidden in the compact form. */
export const paginationPageItem = componentStyle('pagination-page-item', {
  display: 'flex',
  '@container': { [compact]: { display: 'none' } },
});

/** "Sida 3 av 12": only in the compact form. */
export const paginationStatus = componentStyle('pagination-status', {
  display: 'none',
  paddingInline: vars.space['2'],
  fontWeight: vars.font.weight.semibold,
  '@container': { [compact]: { display: 'block', order: -1, flexBasis: '100%' } },
});

export const paginationEllipsis = componentStyle('pagination-ellipsis', {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minInlineSize: vars.size.target.default,
  minBlockSize: vars.size.target.default,
});

// Page numbers, previous and next: the house link look in a 44 px target (the primary way
// through a list of results) that gets a subtle background on hover. The current page is filled.
export const paginationControl = componentStyle('pagination-control', linkStyle({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  gap: vars.space['1'],
  boxSizing: 'border-box',
  minInlineSize: vars.size.target.default,
  minBlockSize: vars.size.target.default,
  paddingInline: vars.space['2'],
  margin: 0,
  borderWidth: vars.border.width.medium,
  borderStyle: 'solid',
  borderColor: 'transparent',
  borderRadius: vars.radius.md,
  background: 'none',
  font: 'inherit',
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.surface.subtle },
    '&[aria-current="page"]': {
      backgroundColor: vars.color.action.primary.background,
      borderColor: vars.color.action.primary.border,
      color: vars.color.action.primary.foreground,
      fontWeight: vars.font.weight.bold,
      textDecorationLine: 'none',
    },
    '&[aria-current="page"]:hover': { backgroundColor: vars.color.action.primary.hover },
    '&[aria-disabled="true"]': {
      color: vars.color.disabled.foreground,
      textDecorationLine: 'none',
      cursor: 'not-allowed',
    },
    '&[aria-disabled="true"]:hover': { backgroundColor: 'transparent' },
  },
  '@media': {
    // Windows high contrast: forced colours would draw every transparent border; only the
    // current page keeps a visible frame (instead of the fill).
    '(forced-colors: active)': {
      borderColor: 'Canvas',
      selectors: {
        '&[aria-current="page"]': { borderColor: 'CanvasText' },
        '&[aria-disabled="true"]': { color: 'GrayText' },
      },
    },
  },
}));

/** Chevrons beside "Föregående" and "Nästa"; they point the other way in right-to-left text. */
export const paginationIcon = componentStyle('pagination-icon', {
  flexShrink: 0,
  inlineSize: '1em',
  blockSize: '1em',
  selectors: {
    '[dir="rtl"] &': { transform: 'scaleX(-1)' },
  },
});
