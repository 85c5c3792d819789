import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { underlineStyle } from '../../theme/linkRule.js';
import { mergeRules } from '../../theme/mergeRules.js';
import { componentStyle } from '../../theme/styles.js';
import { visuallyHiddenRule } from '../../theme/visuallyHidden.css.js';

/**
 * The row with the "Välj fil" button. With a drop zone it is a dashed box (solid and shaded
 * while files are dragged over it): the dash is a shape, so the state never rests on colour.
 */
export const zone = componentStyle('file-upload-zone', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space['3'],
  minInlineSize: 0,
  selectors: {
    '&[data-drop-zone]': {
      padding: vars.space['4'],
      border: `${vars.border.width.medium} dashed ${vars.color.border.strong}`,
      borderRadius: vars.radius.md,
      backgroundColor: vars.color.surface.default,
    },
    '&[data-drop-zone][data-dragging]': {
      borderStyle: 'solid',
      borderWidth: vars.border.width.thick,
      backgroundColor: vars.color.surface.subtle,
    },
    '&[data-drop-zone][data-invalid]': {
      borderColor: vars.color.status.danger.border,
      borderWidth: vars.border.width.thick,
    },
  },
  '@media': {
    '(forced-colors: active)': { selectors: { '&[data-drop-zone]': { borderColor: 'CanvasText' } } },
  },
});

/** The real `<input type="file">`: hidden from the eye but focusable; its labels are the visible parts. */
// `font: inherit` so even the hidden input follows the page's text size (browsers give controls a fixed 13.33 px).
export const input = componentStyle('file-upload-input', { ...visuallyHiddenRule, font: 'inherit' });

/** A `<label>` for the input that looks like a secondary button: clicking it opens the picker without JavaScript. */
export const button = componentStyle('file-upload-button', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
  boxSizing: 'border-box',
  minBlockSize: vars.size.target.default,
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['5'],
  border: `${vars.border.width.medium} solid ${vars.color.action.secondary.border}`,
  borderRadius: vars.radius.md,
  backgroundColor: vars.color.action.secondary.background,
  color: vars.color.action.secondary.foreground,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.semibold,
  lineHeight: vars.font['line-height'].tight,
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.action.secondary.hover },
    [`${input}:focus-visible + &`]: focusRing,
    [`${input}:disabled + &`]: {
      backgroundColor: vars.color.disabled.background,
      borderColor: vars.color.disabled.border,
      color: vars.color.disabled.foreground,
      cursor: 'not-allowed',
    },
  },
  '@media': {
    '(forced-colors: active)': { borderColor: 'ButtonText', color: 'ButtonText' },
  },
});

export const buttonIcon = componentStyle('file-upload-button-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
});

export const hint = componentStyle('file-upload-hint', {
  fontSize: vars.font.size.md,
  color: vars.color.text.default,
});

/** One line per message when the field shows more than one error. */
export const errorLine = componentStyle('file-upload-error-line', { display: 'block' });

export const list = componentStyle('file-upload-list', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['2'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const item = componentStyle('file-upload-item', {
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space['3'],
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['3'],
  border: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  borderRadius: vars.radius.sm,
  backgroundColor: vars.color.surface.default,
  color: vars.color.text.default,
  selectors: {
    // A failed file gets a thick danger bar at the inline start, besides its icon and words.
    '&[data-status="error"]': {
      borderInlineStart: `${vars.border.width.thick} solid ${vars.color.status.danger.border}`,
    },
  },
});

export const itemIcon = componentStyle('file-upload-item-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  marginBlockStart: vars.space['1'],
  color: vars.color.icon.default,
  selectors: {
    [`${item}[data-status="done"] &`]: { color: vars.color.status.success.icon },
    [`${item}[data-status="error"] &`]: { color: vars.color.status.danger.icon },
  },
  '@media': {
    '(forced-colors: active)': { color: 'CanvasText' },
  },
});

export const itemBody = componentStyle('file-upload-item-body', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['1'],
  flex: '1 1 auto',
  minInlineSize: 0,
  paddingBlock: vars.space['1'],
});

export const itemName = componentStyle('file-upload-item-name', {
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.semibold,
  lineHeight: vars.font['line-height'].snug,
  // Long file names without spaces wrap instead of widening the page at 320 px.
  overflowWrap: 'anywhere',
});

export const itemMeta = componentStyle('file-upload-item-meta', {
  fontSize: vars.font.size.sm,
  lineHeight: vars.font['line-height'].normal,
});

export const itemProgress = componentStyle('file-upload-item-progress', {
  marginBlockStart: vars.space['1'],
});

/** "Ta bort": a quiet text button with a full 44 px target. */
// A text button: the house underline says it can be pressed; hover also gives it a background.
export const remove = componentStyle('file-upload-remove', mergeRules(underlineStyle(), {
  flex: 'none',
  minBlockSize: vars.size.target.default,
  minInlineSize: vars.size.target.default,
  margin: 0,
  paddingInline: vars.space['3'],
  border: 'none',
  borderRadius: vars.radius.sm,
  background: 'transparent',
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  cursor: 'pointer',
  selectors: {
    '&:hover:not(:disabled)': { backgroundColor: vars.color.surface.subtle },
    '&:focus-visible': focusRing,
    '&:disabled': { cursor: 'not-allowed', textDecoration: 'none', color: vars.color.disabled.foreground },
  },
  '@media': {
    '(forced-colors: active)': { color: 'ButtonText' },
  },
}));
