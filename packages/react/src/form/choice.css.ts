import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../theme/contract.css.js';
import { componentsLayer } from '../theme/layers.css.js';
import { focusRing } from '../theme/focus.css.js';
import { svgImage } from '../theme/iconMask.js';
import { componentStyle } from '../theme/styles.js';
import { error as fieldError } from './field.css.js';

// Shared look of Checkbox and Radio: a native input drawn as a 24px box (appearance: none) with a
// mark painted over it by CSS (the label's ::before, no element of its own), in a row that is at
// least 44px high; the label next to it is part of the target. Checked state = a filled box AND a
// visible mark, so it survives forced colours.

export const root = componentStyle('choice', {
  // The containing block of the checkbox mark (see below).
  position: 'relative',
  display: 'grid',
  gridTemplateColumns: `${vars.size.target.minimum} minmax(0, 1fr)`,
  columnGap: vars.space['3'],
  alignItems: 'start',
  fontFamily: vars.font.family.sans,
  color: vars.color.text.default,
  selectors: {
    // Rows are already 44px high; pull stacked choices closer than the group's field gap.
    '& + &': { marginBlockStart: `calc(-1 * ${vars.space['2']})` },
  },
});

// The input and its mark share the first cell of the row (no wrapper element): both start at the
// top and are pushed down to the centre of the 44px first line of the label.
const centredIn44 = (size: string) => `calc((${vars.size.target.default} - ${size}) / 2)`;

function boxBase(checked: string) {
  return {
    appearance: 'none',
    gridArea: '1 / 1',
    alignSelf: 'start',
    justifySelf: 'center',
    margin: 0,
    marginBlockStart: centredIn44(vars.size.target.minimum),
    inlineSize: vars.size.target.minimum,
    blockSize: vars.size.target.minimum,
    backgroundColor: vars.color.surface.default,
    border: `${vars.border.width.medium} solid ${vars.color.border.strong}`,
    cursor: 'pointer',
    selectors: {
      '&:focus-visible': focusRing,
      [checked]: {
        backgroundColor: vars.color.action.primary.background,
        borderColor: vars.color.action.primary.border,
      },
      '&[aria-invalid="true"], &[data-invalid]': {
        borderColor: vars.color.status.danger.border,
        borderWidth: vars.border.width.thick,
      },
      '&:disabled': {
        backgroundColor: vars.color.disabled.background,
        borderColor: vars.color.disabled.border,
        cursor: 'not-allowed',
      },
    },
    '@media': {
      '(forced-colors: active)': {
        borderColor: 'CanvasText',
        selectors: {
          [checked]: { backgroundColor: 'Highlight', borderColor: 'Highlight' },
          '&:disabled': { borderColor: 'GrayText' },
        },
      },
    },
  } as const;
}

// A radio matches :indeterminate while no radio in its group is chosen, so radios use :checked only.
export const checkboxInput = componentStyle('choice-checkbox', {
  ...boxBase('&:checked, &:indeterminate'),
  borderRadius: vars.radius.sm,
});

// The radio's dot is drawn by its own border: checked, the border grows inward to leave a dot of
// the surface colour in the middle. No extra element, and borders survive forced colours.
const radioBase = boxBase('&:checked');
const dotRing = `calc((${vars.size.target.minimum} - ${vars.size.icon.sm} / 2) / 2)`;
export const radioInput = componentStyle('choice-radio', {
  ...radioBase,
  borderRadius: '50%',
  selectors: {
    ...radioBase.selectors,
    '&:checked': {
      backgroundColor: vars.color.action.primary.foreground,
      borderColor: vars.color.action.primary.background,
      borderWidth: dotRing,
    },
    '&:checked:disabled': {
      backgroundColor: vars.color.disabled.foreground,
      borderColor: vars.color.disabled.background,
      borderWidth: dotRing,
    },
  },
  '@media': {
    '(forced-colors: active)': {
      borderColor: 'CanvasText',
      selectors: {
        '&:checked': { backgroundColor: 'Canvas', borderColor: 'Highlight' },
        '&:checked:disabled': { backgroundColor: 'Canvas', borderColor: 'GrayText' },
        '&:disabled': { borderColor: 'GrayText' },
      },
    },
  },
});

export const label = componentStyle('choice-label', {
  gridColumn: '2',
  gridRow: '1',
  // At least the 44px row, one line of text centred on the box: the whole row is the target.
  // Block layout keeps the label text and its "(obligatoriskt)" in one line box.
  display: 'block',
  minBlockSize: vars.size.target.default,
  paddingBlock: `max(${vars.space['2']}, calc((${vars.size.target.default} - 1lh) / 2))`,
  boxSizing: 'border-box',
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].snug,
  cursor: 'pointer',
  selectors: {
    '[data-disabled] > &': { cursor: 'not-allowed' },
  },
});

export const description = componentStyle('choice-description', {
  gridColumn: '2',
  marginBlockStart: `calc(-1 * ${vars.space['2']})`,
  fontSize: vars.font.size.sm,
  lineHeight: vars.font['line-height'].normal,
});

export const error = componentStyle('choice-error', {
  gridColumn: '2',
  // Beats the field error's own `margin: 0` whatever the stylesheet order.
  selectors: { [`&.${fieldError}`]: { marginBlockStart: vars.space['1'] } },
});

// The checkbox mark: the label's ::before, placed over the box in the first cell (the label
// follows the input directly). A mask of a drawn tick (or a dash while indeterminate), painted in
// the action foreground; two fewer elements per checkbox than an inline SVG.
const markImage = (d: string) =>
  `${svgImage(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${d}" fill="none" stroke="#000" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  )} center / contain no-repeat`;
const mark = `${checkboxInput} + ${label}::before`;
const inLayer = (rule: Record<string, unknown>) => ({ '@layer': { [componentsLayer]: rule } });

globalStyle(mark, inLayer({
  content: '""',
  position: 'absolute',
  insetInlineStart: `calc((${vars.size.target.minimum} - ${vars.size.icon.sm}) / 2)`,
  insetBlockStart: centredIn44(vars.size.icon.sm),
  inlineSize: vars.size.icon.sm,
  blockSize: vars.size.icon.sm,
  backgroundColor: vars.color.action.primary.foreground,
  mask: markImage('m5 12.5 4.5 4.5L19 7.5'),
  pointerEvents: 'none',
  visibility: 'hidden',
}));
globalStyle(`${checkboxInput}:checked + ${label}::before`, inLayer({ visibility: 'visible' }));
globalStyle(`${checkboxInput}:indeterminate + ${label}::before`, inLayer({ visibility: 'visible', mask: markImage('M6 12h12') }));
globalStyle(`${checkboxInput}:disabled + ${label}::before`, inLayer({ backgroundColor: vars.color.disabled.foreground }));
// Forced colours would repaint the mask's background as Canvas: keep it, in the system colours.
globalStyle(mark, inLayer({ '@media': { '(forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'HighlightText' } } }));
globalStyle(`${checkboxInput}:disabled + ${label}::before`, inLayer({ '@media': { '(forced-colors: active)': { backgroundColor: 'GrayText' } } }));
