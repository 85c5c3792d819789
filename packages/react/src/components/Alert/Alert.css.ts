import { globalStyle } from '@vanilla-extract/css';
import { componentsLayer } from '../../theme/layers.css.js';
import { vars } from '../../theme/contract.css.js';
import { quietIconButton, quietIconButtonIcon } from '../../theme/iconButton.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// Tone -> status token group. `error` reads the `danger` tokens.
type StatusGroup = 'info' | 'success' | 'warning' | 'danger';
const tone = (group: StatusGroup) => ({
  backgroundColor: vars.color.status[group].surface,
  borderColor: vars.color.status[group].border,
});

export const root = componentVariants('alert', {
  base: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space['3'],
    paddingBlock: vars.space['4'],
    paddingInline: vars.space['4'],
    // Text is black or white only; the tone is in the icon, border, background and words.
    color: vars.color.text.default,
    fontFamily: vars.font.family.sans,
    fontSize: vars.font.size.md,
    lineHeight: vars.font['line-height'].normal,
    // A thin border all round and a thick bar at the inline start: the shape stays when forced
    // colours replace the colours (the border becomes CanvasText).
    borderStyle: 'solid',
    borderWidth: vars.border.width.thin,
    borderInlineStartWidth: vars.border.width.thick,
    borderRadius: vars.radius.sm,
    overflowWrap: 'anywhere',
  },
  variants: {
    tone: {
      info: tone('info'),
      success: tone('success'),
      warning: tone('warning'),
      error: tone('danger'),
    },
  },
  defaultVariants: { tone: 'info' },
});

export const icon = componentStyle('alert-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  // Align the icon with the first line of text.
  marginBlockStart: '0.15em',
  color: vars.color.status.info.icon,
  selectors: {
    [`${root}[data-tone="success"] &`]: { color: vars.color.status.success.icon },
    [`${root}[data-tone="warning"] &`]: { color: vars.color.status.warning.icon },
    [`${root}[data-tone="error"] &`]: { color: vars.color.status.danger.icon },
  },
  '@media': {
    '(forced-colors: active)': { color: 'CanvasText' },
  },
});

export const body = componentStyle('alert-body', {
  flex: '1 1 auto',
  minInlineSize: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['1'],
});

export const heading = componentStyle('alert-heading', {
  margin: 0,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const text = componentStyle('alert-text', {
  color: vars.color.text.default,
});

// Paragraphs inside keep their rhythm without adding space at the alert's edges.
globalStyle(`${text} > :first-child`, { '@layer': { [componentsLayer]: { marginBlockStart: 0 } } });
globalStyle(`${text} > :last-child`, { '@layer': { [componentsLayer]: { marginBlockEnd: 0 } } });

export const dismiss = componentStyle('alert-dismiss', {
  ...quietIconButton,
  // Pull the button into the padding so its target does not push the text down.
  marginBlock: `calc(-1 * ${vars.space['2']})`,
  marginInlineEnd: `calc(-1 * ${vars.space['2']})`,
});

export const dismissIcon = componentStyle('alert-dismiss-icon', quietIconButtonIcon);
