import { globalStyle } from '@vanilla-extract/css';
import { componentsLayer } from '../../theme/layers.css.js';
import { vars } from '../../theme/contract.css.js';
import { mergeRules } from '../../theme/mergeRules.js';
import { quietIconButton, quietIconButtonIcon } from '../../theme/iconButton.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';
import { raisedSurface } from '../../theme/surface.js';

// Room kept free around the dialog on every side: the backdrop stays visible, so it is clear
// the page is still there behind it.
const edge = vars.space['4'];

export const root = componentVariants('dialog', {
  base: mergeRules(raisedSurface, {
    boxSizing: 'border-box',
    // The dialog itself scrolls when its content is long (header and footer stick), so the
    // scroll container holds the close button and is reachable by keyboard without a tabindex.
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    // Room for the sticky header and footer, so a field scrolled into view by focus is not
    // hidden under them (WCAG 2.4.11).
    scrollPaddingBlock: `calc(${vars.space['16']} + ${vars.space['4']})`,
    maxInlineSize: `calc(100% - 2 * ${edge})`,
    maxBlockSize: `calc(100% - 2 * ${edge})`,
    padding: 0,
    boxShadow: vars.shadow.lg,
    selectors: {
      // Non-modal: floats at the inline end of the viewport and leaves the page usable.
      '&:not(:modal)': {
        position: 'fixed',
        insetBlockEnd: edge,
        insetInlineEnd: edge,
        insetInlineStart: 'auto',
        insetBlockStart: 'auto',
        margin: 0,
        zIndex: vars['z-index'].modal,
      },
    },
  }),
  variants: {
    size: {
      sm: { inlineSize: '28rem' },
      md: { inlineSize: '36rem' },
      lg: { inlineSize: vars.size.container.narrow },
    },
  },
  defaultVariants: { size: 'md' },
});

// The backdrop: the palette's black through its token, at 60 %, over the page. (Chromium and
// Firefox let ::backdrop read the theme's custom properties from the dialog.)
globalStyle(`${root}::backdrop`, {
  '@layer': {
    [componentsLayer]: {
      backgroundColor: `color-mix(in srgb, ${vars.color.brand.svart} 60%, transparent)`,
    },
  },
});

// The page behind a modal dialog does not scroll; works for nested dialogs and plain HTML, and
// the page's own overflow comes back when the last modal dialog closes. Layered and without
// `!important`, like all library CSS, so a page's own rule on html (e.g. `overflow-y: scroll`)
// wins: such a page keeps the lock by adding `html:has(.gbg-dialog:modal) { overflow: hidden }`.
globalStyle(`html:has(${root}:modal)`, {
  '@layer': { [componentsLayer]: { overflow: 'hidden' } },
});

const band = {
  position: 'sticky',
  zIndex: 1,
  paddingInline: vars.space['6'],
  backgroundColor: vars.color.surface.raised,
} as const;

export const header = componentStyle('dialog-header', {
  ...band,
  insetBlockStart: 0,
  display: 'flex',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  gap: vars.space['3'],
  paddingBlock: `${vars.space['5']} ${vars.space['2']}`,
});

export const heading = componentStyle('dialog-heading', {
  margin: 0,
  // Align with the 44 px close button's centre on one line.
  paddingBlockStart: vars.space['2'],
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const close = componentStyle('dialog-close', {
  ...quietIconButton,
  // Pull the button into the padding so its target does not push the heading down.
  marginInlineEnd: `calc(-1 * ${vars.space['2']})`,
});

export const closeIcon = componentStyle('dialog-close-icon', quietIconButtonIcon);

export const body = componentStyle('dialog-body', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['4'],
  paddingInline: vars.space['6'],
  paddingBlock: `${vars.space['2']} ${vars.space['6']}`,
});

export const description = componentStyle('dialog-description', {
  margin: 0,
  color: vars.color.text.default,
});

// Paragraphs inside keep their rhythm without adding space at the body's edges.
globalStyle(`${body} > *`, { '@layer': { [componentsLayer]: { marginBlock: 0 } } });

export const footer = componentStyle('dialog-footer', {
  ...band,
  insetBlockEnd: 0,
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space['3'],
  paddingBlock: vars.space['4'],
  borderBlockStart: `${vars.border.width.thin} solid ${vars.color.border.subtle}`,
});
