import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { quietIconButton } from '../../theme/iconButton.js';
import { iconMaskImage } from '../../theme/iconMask.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// Icons are the icon set's own drawings, read at build time and painted as CSS masks (as in
// Select): no icon components in the bundle (the icon factory alone is about 0.4 kB gzipped),
// and the mask takes the text colour of the theme.
const calendarMask = iconMaskImage('calendar');
const chevronMask = iconMaskImage('chevron-left');

/** An icon painted by `::before` with a mask; CanvasText in forced colours (a mask paints with the background). */
const maskedIcon = (image: string, size: string) =>
  ({
    content: '""',
    inlineSize: vars.size.icon.md,
    blockSize: vars.size.icon.md,
    backgroundColor: 'currentColor',
    maskImage: image,
    maskRepeat: 'no-repeat',
    maskPosition: 'center',
    maskSize: size,
  }) as const;

const forcedIcon = {
  '(forced-colors: active)': { selectors: { '&::before': { forcedColorAdjust: 'none', backgroundColor: 'ButtonText' } } },
} as const;

/** The calendar button at the inline end of the field's box. */
export const button = componentStyle('date-picker-button', {
  ...quietIconButton,
  borderRadius: 0,
  borderInlineStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  '::before': maskedIcon(calendarMask, 'contain'),
  selectors: {
    ...quietIconButton.selectors,
    '&:disabled': { cursor: 'not-allowed', color: 'inherit', backgroundColor: 'transparent' },
  },
  '@media': forcedIcon,
});

/** The calendar dialog's close button: Dialog's close button, its icon painted like the others here. */
export const close = componentStyle('date-picker-close', {
  '::before': maskedIcon(iconMaskImage('close'), 'contain'),
  '@media': forcedIcon,
});

/** Month and year buttons around the month's name. */
export const navButton = componentVariants('date-picker-nav-button', {
  base: {
    ...quietIconButton,
    '::before': maskedIcon(chevronMask, 'contain'),
    selectors: {
      ...quietIconButton.selectors,
      // Next points the other way; in right-to-left "previous" points right.
      '&[data-direction="next"]::before': { transform: 'scaleX(-1)' },
      '[dir="rtl"] &[data-direction="previous"]::before': { transform: 'scaleX(-1)' },
      '[dir="rtl"] &[data-direction="next"]::before': { transform: 'none' },
      '&[aria-disabled="true"]': { cursor: 'not-allowed', opacity: 0.4 },
      '&[aria-disabled="true"]:hover': { backgroundColor: 'transparent' },
    },
    '@media': forcedIcon,
  },
  variants: {
    step: {
      month: {},
      // Two chevrons for a year: the same drawing twice, side by side.
      year: {
        selectors: {
          '&::before': {
            inlineSize: vars.size.icon.lg,
            maskImage: `${chevronMask}, ${chevronMask}`,
            maskPosition: '0 center, 100% center',
            maskSize: 'auto 100%',
          },
        },
      },
    },
  },
  defaultVariants: { step: 'month' },
});

export const nav = componentStyle('date-picker-nav', {
  display: 'flex',
  alignItems: 'center',
  gap: vars.space['1'],
});

/** "mars 2026": the grid's name. */
export const month = componentStyle('date-picker-month', {
  flex: '1 1 auto',
  margin: 0,
  textAlign: 'center',
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const grid = componentStyle('date-picker-grid', {
  inlineSize: '100%',
  // Separate borders: today's ring and the rounded corners belong to each day alone.
  borderCollapse: 'separate',
  borderSpacing: '2px',
  tableLayout: 'fixed',
  textAlign: 'center',
  fontVariantNumeric: 'tabular-nums',
});

/** Weekday and week column headers. */
export const columnHeader = componentStyle('date-picker-column-header', {
  paddingBlock: vars.space['1'],
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.bold,
  color: vars.color.text.default,
});

/** The week number at the start of each row. */
export const week = componentStyle('date-picker-week', {
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.regular,
  color: vars.color.text.default,
  borderInlineEnd: `${vars.border.width.thin} solid ${vars.color.border.subtle}`,
});

/**
 * A day. Today has a ring, the chosen day the primary action colours, unavailable days are
 * struck through (not greyed: text stays black/white). At least 36 px on a 320 px screen, 44 px
 * where there is room.
 */
export const day = componentStyle('date-picker-day', {
  blockSize: `clamp(2.25rem, 11vw, ${vars.size.target.default})`,
  padding: 0,
  border: `${vars.border.width.medium} solid transparent`,
  borderRadius: vars.radius.sm,
  backgroundClip: 'padding-box',
  color: vars.color.text.default,
  cursor: 'pointer',
  selectors: {
    '&:empty': { cursor: 'default' },
    '&:not(:empty):hover': { backgroundColor: vars.color.surface.subtle },
    // The grid's roving focus is always shown (focus moves there by script, not only by Tab).
    '&:focus': { ...focusRing, position: 'relative', zIndex: 1 },
    '&[aria-current="date"]': { borderColor: vars.color.border.strong, fontWeight: vars.font.weight.bold },
    '&[aria-selected="true"], &[aria-selected="true"]:hover': {
      backgroundColor: vars.color.action.primary.background,
      color: vars.color.action.primary.foreground,
      fontWeight: vars.font.weight.bold,
    },
    '&[aria-disabled="true"]': { textDecoration: 'line-through', cursor: 'not-allowed' },
    '&[aria-disabled="true"]:hover': { backgroundColor: 'transparent' },
  },
  '@media': {
    '(forced-colors: active)': {
      // Forced colours would draw the transparent border of every day: keep it the page's colour.
      borderColor: 'Canvas',
      selectors: {
        '&[aria-current="date"]': { borderColor: 'CanvasText' },
        '&[aria-selected="true"], &[aria-selected="true"]:hover': {
          forcedColorAdjust: 'none',
          backgroundColor: 'Highlight',
          color: 'HighlightText',
        },
      },
    },
  },
});
