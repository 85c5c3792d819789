import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { iconMask } from '../../theme/iconMask.js';
import { underlineStyle } from '../../theme/linkRule.js';
import { mergeRules } from '../../theme/mergeRules.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// The sort icons are the icon set's own drawings (`sort`, `arrow-up`, `arrow-down`), read at
// build time and painted as a mask beside the header's words (as Select and Details do): no
// icon components in the JS, and the state lives in `aria-sort`, which the CSS reads.

// The focusable scroll box around the table: on a narrow screen the table stays a table and
// scrolls sideways inside it, never the page. `stickyHeader` gives it a height so the header
// row can stick while the rows scroll under it (a sticky element sticks inside its scroll box).
export const region = componentVariants('table-region', {
  base: {
    display: 'block',
    maxInlineSize: '100%',
    overflow: 'auto',
    marginBlock: vars.space['4'],
    borderRadius: vars.radius.sm,
    selectors: { '&:focus-visible': focusRing },
  },
  variants: {
    stickyHeader: {
      true: { maxBlockSize: 'min(70vh, 40rem)' },
      false: {},
    },
  },
});

export const table = componentVariants('table', {
  base: {
    inlineSize: '100%',
    borderCollapse: 'separate',
    borderSpacing: 0,
    color: vars.color.text.default,
    backgroundColor: vars.color.surface.default,
    fontFamily: vars.font.family.sans,
    font: vars.typography.body,
    textAlign: 'start',
    // Words are never broken to fit: a table too wide for its column scrolls in its region.
    overflowWrap: 'normal',
  },
  variants: {
    density: { default: {}, compact: {} },
    striped: { true: {}, false: {} },
  },
  defaultVariants: { density: 'default' },
});

export const caption = componentStyle('table-caption', {
  captionSide: 'top',
  textAlign: 'start',
  paddingBlockEnd: vars.space['3'],
  font: vars.typography['heading-5'],
  fontFamily: vars.font.family.sans,
  color: vars.color.text.default,
});

export const head = componentStyle('table-head', {});
export const body = componentStyle('table-body', {});
export const row = componentStyle('table-row', {});

const cellBase = {
  paddingBlock: vars.space['3'],
  paddingInline: vars.space['3'],
  verticalAlign: 'top',
  textAlign: 'start',
  // Lines between rows (the default look); a border, not a background, so forced colours keep it.
  borderBlockEndWidth: vars.border.width.thin,
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: vars.color.border.subtle,
  selectors: {
    [`${table}[data-density="compact"] &`]: { paddingBlock: vars.space['1'], paddingInline: vars.space['2'] },
    // Zebra rows: every other body row on the subtle surface; text stays black/white.
    [`${table}[data-striped] ${body} > ${row}:nth-child(even) > &`]: { backgroundColor: vars.color.surface.subtle },
    [`${table}[data-striped] ${body} > ${row} > &`]: { borderBlockEndStyle: 'none' },
    // Numbers line up at their end (the inline end: right in LTR, left in RTL), equal-width digits.
    '&[data-numeric]': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  },
} as const;

export const headerCell = componentStyle('table-header-cell', {
  ...cellBase,
  fontWeight: vars.font.weight.bold,
  selectors: {
    ...cellBase.selectors,
    // Column headers: a stronger line under the header row, and a background so sticky headers
    // hide the rows scrolling beneath them.
    [`${head} &`]: {
      verticalAlign: 'bottom',
      backgroundColor: vars.color.surface.default,
      borderBlockEndWidth: vars.border.width.medium,
      borderBlockEndColor: vars.color.border.strong,
    },
    [`${region}[data-sticky-header] ${head} &`]: {
      position: 'sticky',
      insetBlockStart: 0,
      zIndex: 1,
    },
    // A sortable header: the button fills the cell, so the cell's own padding moves into it
    // (as specific as the compact rule above and later, so it wins in both densities).
    [`${table} &[data-sortable]`]: { paddingBlock: 0, paddingInline: 0 },
  },
});

export const cell = componentStyle('table-cell', cellBase);

// The house underline says the header can be pressed.
export const sortButton = componentStyle('table-sort-button', mergeRules(underlineStyle(), {
  display: 'flex',
  alignItems: 'center',
  gap: vars.space['2'],
  boxSizing: 'border-box',
  inlineSize: '100%',
  minBlockSize: vars.size.target.default,
  margin: 0,
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['3'],
  border: 'none',
  borderRadius: vars.radius.sm,
  background: 'none',
  color: vars.color.text.default,
  font: 'inherit',
  fontWeight: vars.font.weight.bold,
  textAlign: 'inherit',
  cursor: 'pointer',
  '::after': {
    content: '""',
    flex: 'none',
    inlineSize: vars.size.icon.sm,
    blockSize: vars.size.icon.sm,
    backgroundColor: vars.color.icon.default,
    mask: iconMask('sort'),
  },
  selectors: {
    '&:focus-visible': focusRing,
    [`${table}[data-density="compact"] &`]: { minBlockSize: vars.size.target.minimum, paddingBlock: vars.space['1'], paddingInline: vars.space['2'] },
    // Numeric columns: words and icon at the inline end, like the numbers below.
    '[data-numeric] > &': { justifyContent: 'flex-end' },
    '[aria-sort="ascending"] > &::after': { mask: iconMask('arrow-up') },
    '[aria-sort="descending"] > &::after': { mask: iconMask('arrow-down') },
  },
  '@media': {
    // A mask paints with the background colour, which forced colours would replace with Canvas.
    '(forced-colors: active)': { selectors: { '&::after': { forcedColorAdjust: 'none', backgroundColor: 'ButtonText' } } },
  },
}));
