import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';
import type { SpaceKey } from '../Stack/space.js';

const spacing = (property: 'marginBlock' | 'marginInline') =>
  Object.fromEntries(Object.entries(vars.space).map(([key, value]) => [key, { [property]: value }])) as Record<
    SpaceKey,
    Record<string, string>
  >;

export const divider = componentVariants('divider', {
  base: {
    // Reset the user-agent <hr> (inset border, grey colour) and draw one line from a token.
    border: 0,
    margin: 0,
    padding: 0,
    flex: 'none',
    alignSelf: 'stretch',
  },
  variants: {
    orientation: {
      horizontal: {
        inlineSize: 'auto',
        blockSize: 0,
        borderBlockStartWidth: vars.border.width.thin,
        borderBlockStartStyle: 'solid',
      },
      vertical: {
        inlineSize: 0,
        blockSize: 'auto',
        // A vertical line needs a height when its parent does not stretch it.
        minBlockSize: '1em',
        borderInlineStartWidth: vars.border.width.thin,
        borderInlineStartStyle: 'solid',
      },
    },
    tone: {
      subtle: { borderColor: vars.color.border.subtle },
      default: { borderColor: vars.color.border.default },
      strong: { borderColor: vars.color.border.strong },
    },
    spacingBlock: spacing('marginBlock'),
    spacingInline: spacing('marginInline'),
  },
  defaultVariants: { orientation: 'horizontal', tone: 'subtle' },
});
