import { globalStyle } from '@vanilla-extract/css';
import { componentsLayer } from '../../theme/layers.css.js';
import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { underlineStyle } from '../../theme/linkRule.js';
import { mergeRules } from '../../theme/mergeRules.js';
import { iconMask } from '../../theme/iconMask.js';
import { componentStyle } from '../../theme/styles.js';

// The chevron is the icon set's own `chevron-down` drawing, read at build time and painted as a
// mask on the summary (as Select does): no icon element in every section.
const chevronMask = iconMask('chevron-down');

export const root = componentStyle('details', {
  display: 'block',
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  overflowWrap: 'anywhere',
});

export const summary = componentStyle('details-summary', {
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space['2'],
  // The whole line is the target, at least 44 px high.
  minBlockSize: vars.size.target.default,
  paddingBlock: vars.space['2'],
  boxSizing: 'border-box',
  cursor: 'pointer',
  listStyle: 'none',
  borderRadius: vars.radius.sm,
  color: vars.color.text.default,
  '::before': {
    content: '""',
    flex: 'none',
    inlineSize: vars.size.icon.md,
    blockSize: vars.size.icon.md,
    // Centre the icon on the first line of text (line box of the summary text).
    marginBlockStart: `calc((1lh - ${vars.size.icon.md}) / 2)`,
    backgroundColor: vars.color.icon.default,
    mask: chevronMask,
  },
  selectors: {
    // Safari still draws its own triangle unless this pseudo-element is hidden.
    '&::-webkit-details-marker': { display: 'none' },
    // Down when closed, up when open: the same in both reading directions.
    '[open] > &::before': { transform: 'rotate(180deg)' },
    '&:focus-visible': focusRing,
  },
  '@media': {
    // A mask paints with the background colour, which forced colours would replace with Canvas.
    '(forced-colors: active)': { selectors: { '&::before': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' } } },
    '(prefers-reduced-motion: no-preference)': {
      selectors: { '&::before': { transition: `transform ${vars.motion.duration.fast} ${vars.motion.easing.standard}` } },
    },
  },
});

// The house underline, thicker while the whole summary is hovered: it looks and reacts like
// the trigger it is.
export const summaryText = componentStyle('details-summary-text', mergeRules(underlineStyle({ on: summary }), {
  margin: 0,
  fontSize: 'inherit',
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
}));

export const content = componentStyle('details-content', {
  // Aligned with the summary text, past the chevron.
  paddingInlineStart: `calc(${vars.size.icon.md} + ${vars.space['2']})`,
  paddingBlock: `${vars.space['1']} ${vars.space['4']}`,
});

// Paragraphs and lists inside keep their rhythm without adding space at the section's edges.
globalStyle(`${content} > :first-child`, { '@layer': { [componentsLayer]: { marginBlockStart: 0 } } });
globalStyle(`${content} > :last-child`, { '@layer': { [componentsLayer]: { marginBlockEnd: 0 } } });
