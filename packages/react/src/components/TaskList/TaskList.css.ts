import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

type StatusGroup = 'info' | 'danger';
const tone = (group: StatusGroup) => ({
  backgroundColor: vars.color.status[group].surface,
  borderColor: vars.color.status[group].border,
});

export const root = componentStyle('task-list', {
  marginBlock: vars.space['6'],
  color: vars.color.text.default,
  font: vars.typography.body,
});

export const section = componentStyle('task-list-section', {
  selectors: { '& + &': { marginBlockStart: vars.space['8'] } },
});

export const heading = componentStyle('task-list-heading', {
  margin: 0,
  marginBlockEnd: vars.space['3'],
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].snug,
  color: vars.color.text.default,
});

export const list = componentStyle('task-list-list', {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: vars.border.width.thin,
  borderBlockStartColor: vars.color.border.default,
});

// One row: the name (and hint) at the start, the status at the end; wraps below on narrow screens.
export const item = componentStyle('task-list-item', {
  position: 'relative',
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  columnGap: vars.space['4'],
  rowGap: vars.space['2'],
  paddingBlock: vars.space['3'],
  paddingInline: vars.space['2'],
  borderBlockEndStyle: 'solid',
  borderBlockEndWidth: vars.border.width.thin,
  borderBlockEndColor: vars.color.border.default,
  selectors: {
    '&[data-linked]:hover': { backgroundColor: vars.color.surface.subtle },
  },
  '@media': {
    '(forced-colors: active)': { borderBlockEndColor: 'CanvasText' },
  },
});

export const name = componentStyle('task-list-name', {
  flex: '1 1 16rem',
  minInlineSize: 0,
  overflowWrap: 'break-word',
});

// The "block link": stretched over the row with a pseudo-element, so the whole row is one
// target; its name stays the task's name and the status is its description.
export const link = componentStyle('task-list-link', linkStyle({}, { stretchedOver: item }));

export const text = componentStyle('task-list-text', { color: vars.color.text.default });

export const hint = componentStyle('task-list-hint', {
  marginBlockStart: vars.space['1'],
  fontSize: vars.font.size.sm,
  color: vars.color.text.default,
});

// The status in words. Text stays black or white; the kind of status is in the words, and the
// ones that need action also get a background and a border (thicker for an error).
export const status = componentVariants('task-list-status', {
  base: {
    flex: 'none',
    maxInlineSize: '100%',
    boxSizing: 'border-box',
    paddingBlock: vars.space['1'],
    paddingInline: vars.space['2'],
    color: vars.color.text.default,
    fontSize: vars.font.size.sm,
    fontWeight: vars.font.weight.semibold,
    lineHeight: vars.font['line-height'].snug,
    borderStyle: 'solid',
    borderWidth: vars.border.width.thin,
    borderColor: 'transparent',
    borderRadius: vars.radius.sm,
    overflowWrap: 'anywhere',
  },
  variants: {
    status: {
      // Plain words, flush with the name on narrow screens; no box (not even in forced colours).
      completed: { paddingInline: 0, borderStyle: 'none' },
      'not-started': { backgroundColor: vars.color.surface.subtle, borderColor: vars.color.border.default },
      'in-progress': tone('info'),
      'cannot-start': { paddingInline: 0, borderStyle: 'none', fontWeight: vars.font.weight.regular },
      error: { ...tone('danger'), borderWidth: vars.border.width.medium },
    },
  },
  defaultVariants: { status: 'not-started' },
});
