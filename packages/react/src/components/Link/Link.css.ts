import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentVariants, componentStyle } from '../../theme/styles.js';

// Links are black or white like all text (brand rule) and recognised by their underline: the
// shared `linkStyle` (theme/linkRule.ts) that links inside other components use too.
export const link = componentVariants('link', {
  base: linkStyle({ cursor: 'pointer' }),
  variants: {
    variant: {
      inline: {},
      // A link on its own line ("Läs mer om bygglov"): bolder and with room to hit it.
      standalone: {
        display: 'inline-block',
        paddingBlock: vars.space['2'],
        fontWeight: vars.font.weight.semibold,
      },
    },
  },
  defaultVariants: { variant: 'inline' },
});

export const linkIcon = componentStyle('link-icon', {
  display: 'inline-block',
  inlineSize: '0.9em',
  blockSize: '0.9em',
  marginInlineStart: '0.25em',
  verticalAlign: '-0.05em',
  selectors: {
    '[dir="rtl"] &': { transform: 'scaleX(-1)' },
  },
});
