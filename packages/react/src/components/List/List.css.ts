import { vars } from '../../theme/contract.css.js';
import { componentVariants, componentStyle } from '../../theme/styles.js';

export const list = componentVariants('list', {
  base: {
    margin: 0,
    color: vars.color.text.default,
    font: vars.typography.body,
    display: 'flex',
    flexDirection: 'column',
  },
  variants: {
    variant: {
      unordered: { listStyleType: 'disc', paddingInlineStart: vars.space['6'] },
      ordered: { listStyleType: 'decimal', paddingInlineStart: vars.space['6'] },
      none: { listStyleType: 'none', paddingInlineStart: 0 },
    },
    spacing: {
      compact: { gap: vars.space['1'] },
      normal: { gap: vars.space['2'] },
      relaxed: { gap: vars.space['4'] },
    },
  },
  defaultVariants: { variant: 'unordered', spacing: 'normal' },
});

export const listItem = componentStyle('list-item', {
  // Flex items lose `display: list-item`; give it back so markers show.
  display: 'list-item',
  paddingInlineStart: vars.space['1'],
});
