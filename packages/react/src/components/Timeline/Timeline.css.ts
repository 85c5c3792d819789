import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { markerItemRule, markerListRule } from '../../theme/markerLine.js';
import { componentStyle } from '../../theme/styles.js';

// A dot per event on a line: the shared marker list (theme/markerLine.ts), as ProcessSteps'
// numbers. The dot is level with the heading's first line.
export const root = componentStyle('timeline', markerListRule);

export const event = componentStyle('timeline-event', markerItemRule({ size: vars.size.icon.sm, pseudoMarkerAt: '0.35em' }));

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
