import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentStyle } from '../../theme/styles.js';

// Marker and line geometry. All logical properties, so the markers move to the right and the
// line follows in right-to-left pages without extra rules.
const marker = vars.size.icon.lg;
const line = vars.border.width.medium;

export const root = componentStyle('process-steps', {
  listStyle: 'none',
  margin: 0,
  marginBlock: vars.space['6'],
  padding: 0,
  color: vars.color.text.default,
  font: vars.typography.body,
});

export const step = componentStyle('process-steps-step', {
  position: 'relative',
  paddingInlineStart: `calc(${marker} + ${vars.space['4']})`,
  paddingBlockEnd: vars.space['6'],
  overflowWrap: 'break-word',
  selectors: {
    // The line from this step's marker to the next one, drawn as a border so forced colours keep it.
    '&::before': {
      content: '""',
      position: 'absolute',
      insetBlockStart: marker,
      insetBlockEnd: 0,
      insetInlineStart: `calc((${marker} - ${line}) / 2)`,
      borderInlineStartStyle: 'solid',
      borderInlineStartWidth: line,
      borderInlineStartColor: vars.color.border.default,
    },
    '&:last-child': { paddingBlockEnd: 0 },
    '&:last-child::before': { content: 'none' },
  },
  '@media': {
    '(forced-colors: active)': {
      selectors: { '&::before': { borderInlineStartColor: 'CanvasText' } },
    },
  },
});

export const heading = componentStyle('process-steps-heading', {
  display: 'flex',
  alignItems: 'center',
  minBlockSize: marker,
  margin: 0,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

// The number in a ring in the text colour: the step's order is in the digit, not in a colour.
export const number = componentStyle('process-steps-number', {
  position: 'absolute',
  insetBlockStart: 0,
  insetInlineStart: 0,
  boxSizing: 'border-box',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  inlineSize: marker,
  blockSize: marker,
  borderRadius: '50%',
  borderStyle: 'solid',
  borderWidth: line,
  borderColor: vars.color.border.strong,
  backgroundColor: vars.color.surface.default,
  color: vars.color.text.default,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.bold,
  lineHeight: 1,
  fontVariantNumeric: 'tabular-nums',
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText' },
  },
});

export const headingText = componentStyle('process-steps-heading-text', {
  minInlineSize: 0,
});

export const text = componentStyle('process-steps-text', {
  margin: 0,
  marginBlockStart: vars.space['2'],
});

export const content = componentStyle('process-steps-content', {
  marginBlockStart: vars.space['3'],
});

// Paragraphs and lists in a step keep their rhythm without space at its edges.
globalStyle(`${text} > :first-child, ${content} > :first-child`, { '@layer': { [componentsLayer]: { marginBlockStart: 0 } } });
globalStyle(`${text} > :last-child, ${content} > :last-child`, { '@layer': { [componentsLayer]: { marginBlockEnd: 0 } } });
