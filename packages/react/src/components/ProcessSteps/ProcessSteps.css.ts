import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { markerItemRule, markerListRule, markerRule } from '../../theme/markerLine.js';
import { mergeRules } from '../../theme/mergeRules.js';
import { componentStyle } from '../../theme/styles.js';

// Number markers on a line: the shared marker list (theme/markerLine.ts), as Timeline's dots.
const marker = vars.size.icon.lg;

export const root = componentStyle('process-steps', markerListRule);

export const step = componentStyle('process-steps-step', markerItemRule({ size: marker }));

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
export const number = componentStyle('process-steps-number', mergeRules(markerRule(marker), {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  color: vars.color.text.default,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.bold,
  lineHeight: 1,
  fontVariantNumeric: 'tabular-nums',
}));

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
