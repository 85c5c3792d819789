import { vars } from '../../theme/contract.css.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// The list is its own size container: side by side needs room for two columns, so in a narrow
// column (a sidebar, a card, a phone) the pairs stack again, whatever the screen width.
export const list = componentVariants('description-list', {
  base: {
    containerType: 'inline-size',
    margin: 0,
    marginBlock: vars.space['4'],
    padding: 0,
    color: vars.color.text.default,
    fontFamily: vars.font.family.sans,
    font: vars.typography.body,
  },
  variants: {
    layout: { stacked: {}, 'side-by-side': {} },
  },
  defaultVariants: { layout: 'stacked' },
});

export const item = componentStyle('description-list-item', {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  rowGap: vars.space['1'],
  paddingBlock: vars.space['3'],
  borderBlockEndWidth: vars.border.width.thin,
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: vars.color.border.subtle,
  selectors: {
    '&:first-child': { paddingBlockStart: 0 },
    // No line after the last pair (none, not transparent: forced colours would paint it).
    '&:last-child': { borderBlockEndStyle: 'none', paddingBlockEnd: 0 },
  },
  '@container': {
    '(min-width: 32rem)': {
      selectors: {
        // Term in the first column, every description of it in the second.
        [`${list}[data-layout="side-by-side"] > &`]: {
          gridTemplateColumns: 'minmax(8rem, 1fr) minmax(0, 2fr)',
          columnGap: vars.space['4'],
        },
      },
    },
  },
});

export const term = componentStyle('description-list-term', {
  fontWeight: vars.font.weight.bold,
  overflowWrap: 'break-word',
  '@container': {
    '(min-width: 32rem)': {
      selectors: {
        // First row of its group; later descriptions of the same term continue under the first.
        [`${list}[data-layout="side-by-side"] > * > &`]: { gridColumn: '1', gridRow: '1', alignSelf: 'start' },
      },
    },
  },
});

export const description = componentStyle('description-list-description', {
  margin: 0,
  overflowWrap: 'break-word',
  '@container': {
    '(min-width: 32rem)': {
      selectors: {
        [`${list}[data-layout="side-by-side"] > * > &`]: { gridColumn: '2' },
      },
    },
  },
});
