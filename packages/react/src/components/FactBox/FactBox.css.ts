import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('fact-box', {
  margin: 0,
  marginBlock: vars.space['6'],
  paddingBlock: vars.space['5'],
  paddingInline: vars.space['5'],
  // Quiet surface from the palette (Grå in light, Mörkblå in dark); text stays black or white.
  // Göteborgsblå is kept for the logo and the frame, not for content boxes.
  backgroundColor: vars.color.surface.subtle,
  color: vars.color.text.default,
  font: vars.typography.body,
  borderStyle: 'solid',
  borderWidth: vars.border.width.thin,
  borderColor: vars.color.surface.subtle,
  // A bar in the text colour at the top marks where the box starts, in both themes.
  borderBlockStartWidth: vars.border.width.thick,
  borderBlockStartColor: vars.color.border.strong,
  borderRadius: vars.radius.sm,
  overflowWrap: 'break-word',
  '@media': {
    // Forced colours drop the background: the border keeps the box's edge.
    '(forced-colors: active)': { borderColor: 'CanvasText' },
  },
});

export const heading = componentStyle('fact-box-heading', {
  margin: 0,
  marginBlockEnd: vars.space['3'],
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const content = componentStyle('fact-box-content', {});

// Paragraphs and lists keep their rhythm without space at the box's edges.
globalStyle(`${content} > :first-child`, { '@layer': { [componentsLayer]: { marginBlockStart: 0 } } });
globalStyle(`${content} > :last-child`, { '@layer': { [componentsLayer]: { marginBlockEnd: 0 } } });
// Only the box's own lists: a ContactCard inside keeps its unindented opening hours.
globalStyle(`${content} > :where(ul, ol)`, { '@layer': { [componentsLayer]: { paddingInlineStart: vars.space['5'] } } });
