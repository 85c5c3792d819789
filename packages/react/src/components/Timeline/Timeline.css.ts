import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentStyle } from '../../theme/styles.js';

// A dot per event on a line that runs down the start edge. Both are borders (forced colours keep
// them) in logical properties (they move to the right on right-to-left pages). They only show
// that the events belong together in order; the words carry the meaning.
const dot = vars.size.icon.sm;
const line = vars.border.width.medium;

export const root = componentStyle('timeline', {
  listStyle: 'none',
  margin: 0,
  marginBlock: vars.space['6'],
  padding: 0,
  color: vars.color.text.default,
  font: vars.typography.body,
});

export const event = componentStyle('timeline-event', {
  position: 'relative',
  paddingInlineStart: `calc(${dot} + ${vars.space['4']})`,
  paddingBlockEnd: vars.space['6'],
  overflowWrap: 'break-word',
  selectors: {
    // The dot, level with the heading's first line.
    '&::before': {
      content: '""',
      position: 'absolute',
      insetInlineStart: 0,
      insetBlockStart: '0.35em',
      boxSizing: 'border-box',
      inlineSize: dot,
      blockSize: dot,
      borderRadius: '50%',
      borderStyle: 'solid',
      borderWidth: line,
      borderColor: vars.color.border.strong,
      backgroundColor: vars.color.surface.default,
    },
    // The line from this dot to the next event's.
    '&::after': {
      content: '""',
      position: 'absolute',
      insetBlockStart: `calc(0.35em + ${dot})`,
      insetBlockEnd: 0,
      insetInlineStart: `calc((${dot} - ${line}) / 2)`,
      borderInlineStartStyle: 'solid',
      borderInlineStartWidth: line,
      borderInlineStartColor: vars.color.border.default,
    },
    '&:last-child': { paddingBlockEnd: 0 },
    '&:last-child::after': { content: 'none' },
  },
  '@media': {
    '(forced-colors: active)': {
      selectors: {
        '&::before': { borderColor: 'CanvasText' },
        '&::after': { borderInlineStartColor: 'CanvasText' },
      },
    },
  },
});

export const heading = componentStyle('timeline-heading', {
  margin: 0,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const time = componentStyle('timeline-time', {
  display: 'block',
  marginBlockStart: vars.space['1'],
  fontSize: vars.font.size.sm,
  color: vars.color.text.default,
});

export const text = componentStyle('timeline-text', {
  margin: 0,
  marginBlockStart: vars.space['2'],
});

export const status = componentStyle('timeline-status', {
  marginBlockStart: vars.space['2'],
});

globalStyle(`${text} > :first-child`, { '@layer': { [componentsLayer]: { marginBlockStart: 0 } } });
globalStyle(`${text} > :last-child`, { '@layer': { [componentsLayer]: { marginBlockEnd: 0 } } });
