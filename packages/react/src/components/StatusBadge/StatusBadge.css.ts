import { vars } from '../../theme/contract.css.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

type StatusGroup = 'info' | 'success' | 'warning';
const tone = (group: StatusGroup) => ({
  backgroundColor: vars.color.status[group].surface,
  borderColor: vars.color.status[group].border,
});

export const root = componentVariants('status-badge', {
  base: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space['1'],
    boxSizing: 'border-box',
    maxInlineSize: '100%',
    paddingBlock: vars.space['1'],
    paddingInline: vars.space['2'],
    // Text is black or white only; the status is in the words, the icon and the background.
    color: vars.color.text.default,
    fontFamily: vars.font.family.sans,
    fontSize: vars.font.size.sm,
    fontWeight: vars.font.weight.semibold,
    lineHeight: vars.font['line-height'].snug,
    // A border on every status keeps the badge's edge in forced colours.
    borderStyle: 'solid',
    borderWidth: vars.border.width.thin,
    borderRadius: vars.radius.sm,
    overflowWrap: 'anywhere',
    verticalAlign: 'middle',
    '@media': {
      '(forced-colors: active)': { borderColor: 'CanvasText' },
    },
  },
  variants: {
    status: {
      submitted: { backgroundColor: vars.color.surface.subtle, borderColor: vars.color.border.default },
      'in-progress': tone('info'),
      'action-needed': { ...tone('warning'), borderWidth: vars.border.width.medium },
      decided: tone('success'),
      closed: { backgroundColor: vars.color.surface.default, borderColor: vars.color.border.default },
    },
  },
  defaultVariants: { status: 'submitted' },
});

export const icon = componentStyle('status-badge-icon', {
  flex: 'none',
  inlineSize: vars.size.icon.sm,
  blockSize: vars.size.icon.sm,
  color: vars.color.icon.default,
  '@media': {
    '(forced-colors: active)': { color: 'CanvasText' },
  },
});

export const text = componentStyle('status-badge-text', {
  minInlineSize: 0,
});
