import { vars } from '../../theme/contract.css.js';
import { iconMask } from '../../theme/iconMask.js';
import { componentStyle } from '../../theme/styles.js';

// The chevron and the check mark are the icon set's own drawings, read at build time and painted
// as masks (as in Select): no icon components in the JS, no extra elements per option.
// A mask paints with the background colour, which forced colours would replace with Canvas.
const forcedMask = (colour: string) => ({ forcedColorAdjust: 'none', backgroundColor: colour }) as const;

export const root = componentStyle('combobox', {
  position: 'relative',
});

export const box = componentStyle('combobox-box', {
  position: 'relative',
  cursor: 'text',
  '::after': {
    content: '""',
    position: 'absolute',
    insetInlineEnd: vars.space['3'],
    insetBlockStart: '50%',
    transform: 'translateY(-50%)',
    inlineSize: vars.size.icon.md,
    blockSize: vars.size.icon.md,
    backgroundColor: vars.color.icon.default,
    mask: iconMask('chevron-down'),
    pointerEvents: 'none',
  },
  selectors: {
    '&[data-open]::after': { transform: 'translateY(-50%) rotate(180deg)' },
  },
  '@media': {
    '(forced-colors: active)': { selectors: { '&::after': forcedMask('CanvasText') } },
  },
});

export const input = componentStyle('combobox-input', {
  // Room for the chevron at the inline end (it flips side in RTL).
  paddingInlineEnd: `calc(${vars.space['3']} + ${vars.size.icon.md} + ${vars.space['2']})`,
});

/** The popup under the field: the listbox, or the "Laddar…" / "Inga träffar" message. */
export const popup = componentStyle('combobox-popup', {
  position: 'absolute',
  zIndex: vars['z-index'].dropdown,
  insetInline: 0,
  marginBlockStart: vars.space['1'],
  boxSizing: 'border-box',
  backgroundColor: vars.color.surface.raised,
  color: vars.color.text.default,
  border: `${vars.border.width.medium} solid ${vars.color.border.strong}`,
  borderRadius: vars.radius.sm,
  boxShadow: vars.shadow.md,
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText' },
  },
});

export const listbox = componentStyle('combobox-listbox', {
  margin: 0,
  padding: vars.space['1'],
  listStyle: 'none',
  // About seven options; longer lists scroll (the active option is scrolled into view).
  maxBlockSize: '20rem',
  overflowY: 'auto',
  overscrollBehavior: 'contain',
});

export const option = componentStyle('combobox-option', {
  position: 'relative',
  display: 'flex',
  alignItems: 'center',
  minBlockSize: vars.size.target.default,
  boxSizing: 'border-box',
  paddingBlock: vars.space['2'],
  paddingInlineStart: `calc(${vars.space['3']} + ${vars.size.icon.sm} + ${vars.space['2']})`,
  paddingInlineEnd: vars.space['3'],
  borderRadius: vars.radius.sm,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].snug,
  overflowWrap: 'anywhere',
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.surface.subtle },
    // The active option (keyboard) is framed, not only tinted: visible without colour and in
    // forced colours, where it takes the system highlight.
    '&[data-active]': {
      backgroundColor: vars.color.surface.subtle,
      outline: `${vars.border.width.thick} solid ${vars.color.border.strong}`,
      outlineOffset: `calc(-1 * ${vars.border.width.thick})`,
    },
    '&[aria-selected="true"]': { fontWeight: vars.font.weight.bold },
    '&[aria-selected="true"]::before': {
      content: '""',
      position: 'absolute',
      insetInlineStart: vars.space['3'],
      inlineSize: vars.size.icon.sm,
      blockSize: vars.size.icon.sm,
      backgroundColor: vars.color.icon.default,
      mask: iconMask('check'),
    },
    '&[aria-disabled="true"]': {
      color: vars.color.disabled.foreground,
      cursor: 'not-allowed',
      textDecoration: 'line-through',
    },
  },
  '@media': {
    '(forced-colors: active)': {
      selectors: {
        // Without forced-color-adjust the text's backplate (Canvas) would hide HighlightText.
        '&[data-active]': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', color: 'HighlightText', outlineColor: 'HighlightText' },
        '&[aria-selected="true"]::before': forcedMask('CanvasText'),
        '&[data-active][aria-selected="true"]::before': forcedMask('HighlightText'),
        '&[aria-disabled="true"]': { color: 'GrayText' },
      },
    },
  },
});

/** The part of a label that matches the typed text: bold and underlined, never a colour. */
export const match = componentStyle('combobox-match', {
  fontWeight: vars.font.weight.bold,
  textDecoration: 'underline',
  textUnderlineOffset: '0.15em',
});

export const message = componentStyle('combobox-message', {
  margin: 0,
  paddingBlock: vars.space['3'],
  paddingInline: vars.space['4'],
  fontSize: vars.font.size.md,
  fontStyle: 'italic',
});

export const chips = componentStyle('combobox-chips', {
  marginBlockStart: vars.space['2'],
});
