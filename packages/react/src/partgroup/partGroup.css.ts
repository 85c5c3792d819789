import { vars } from '../theme/contract.css.js';
import { componentStyle, componentVariants } from '../theme/styles.js';

// The parts of a date or time sit side by side and wrap at 320 px; each is a label over a box
// sized by its content (four digits for a year, two for the rest), so the shape says what to type.
export const parts = componentStyle('date-input-parts', {
  display: 'flex',
  flexWrap: 'wrap',
  // Labels in one line; an invalid part's thicker border grows its box downwards only.
  alignItems: 'flex-start',
  gap: vars.space['4'],
});

export const part = componentStyle('date-input-part', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['1'],
});

// Width = digits + the box's padding and border, plus one spare character so a typed digit
// never scrolls (and text spacing at WCAG 1.4.12 still fits).
const width = (digits: number) => `calc(${digits + 1}ch + 2 * ${vars.space['3']} + 2 * ${vars.border.width.thick})`;

export const input = componentVariants('date-input-input', {
  base: { fontVariantNumeric: 'tabular-nums' },
  variants: {
    digits: {
      // max as well: the shared box sets inline-size 100%, and the cap holds whichever rule is last.
      2: { inlineSize: width(2), maxInlineSize: width(2) },
      4: { inlineSize: width(4), maxInlineSize: width(4) },
    },
  },
  defaultVariants: { digits: 2 },
});

/** The separator between hours and minutes (":"), shown but not read. */
export const separator = componentStyle('time-input-separator', {
  // On the boxes' text line: below the labels (one line of label text plus the part's gap).
  alignSelf: 'flex-start',
  marginBlockStart: `calc(${vars.font.size.md} * ${vars.font['line-height'].snug} + ${vars.space['1']} + ${vars.space['2']} + ${vars.border.width.medium})`,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  fontWeight: vars.font.weight.semibold,
  color: vars.color.text.default,
});
