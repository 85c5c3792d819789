import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('figure', {
  margin: 0,
  marginBlock: vars.space['6'],
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
});

export const image = componentStyle('figure-image', {
  display: 'block',
  maxInlineSize: '100%',
  blockSize: 'auto',
  selectors: {
    '&[data-aspect-ratio]': { inlineSize: '100%', objectFit: 'cover' },
    '&[data-aspect-ratio="16/9"]': { aspectRatio: '16 / 9' },
    '&[data-aspect-ratio="4/3"]': { aspectRatio: '4 / 3' },
    '&[data-aspect-ratio="3/2"]': { aspectRatio: '3 / 2' },
    '&[data-aspect-ratio="1/1"]': { aspectRatio: '1 / 1' },
  },
});

export const caption = componentStyle('figure-caption', {
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: vars.space['3'],
  rowGap: vars.space['1'],
  marginBlockStart: vars.space['2'],
  font: vars.typography.small,
});

export const captionText = componentStyle('figure-caption-text', {
  overflowWrap: 'break-word',
});

export const credit = componentStyle('figure-credit', {
  fontStyle: 'italic',
});
