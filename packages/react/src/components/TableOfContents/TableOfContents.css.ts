import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle } from '../../theme/styles.js';

export const tableOfContents = componentStyle('table-of-contents', {
  fontFamily: vars.font.family.sans,
  fontSize: vars.font.size.md,
  lineHeight: vars.font['line-height'].normal,
  color: vars.color.text.default,
});

export const tableOfContentsHeading = componentStyle('table-of-contents-heading', {
  margin: 0,
  marginBlockEnd: vars.space['3'],
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font['line-height'].tight,
  color: vars.color.text.default,
});

// A line along the start edge holds the list together; the current section gets a thick mark
// on it (not colour alone: the text turns bold too).
export const tableOfContentsList = componentStyle('table-of-contents-list', {
  margin: 0,
  padding: 0,
  listStyle: 'none',
  borderInlineStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  selectors: {
    // A nested list sits inside its parent's line.
    '& &': { borderInlineStart: 'none', paddingInlineStart: vars.space['4'] },
  },
});

export const tableOfContentsItem = componentStyle('table-of-contents-item', {
  margin: 0,
});

// The house link look, with square corners: the current section's mark is a straight piece of
// the list's line.
export const tableOfContentsLink = componentStyle('table-of-contents-link', linkStyle({
  display: 'block',
  boxSizing: 'border-box',
  minBlockSize: vars.size.target.minimum,
  paddingBlock: vars.space['1'],
  paddingInlineStart: vars.space['4'],
  paddingInlineEnd: vars.space['2'],
  marginInlineStart: `calc(-1 * ${vars.border.width.thin})`,
  borderInlineStart: `${vars.border.width.thick} solid transparent`,
  borderRadius: 0,
  overflowWrap: 'anywhere',
  selectors: {
    '&[aria-current]': {
      borderInlineStartColor: vars.color.action.primary.background,
      fontWeight: vars.font.weight.bold,
    },
  },
  '@media': {
    // Windows high contrast would draw every transparent mark over the list's line: only the
    // current link keeps its mark, in the system's highlight colour (padding keeps text aligned).
    '(forced-colors: active)': {
      borderInlineStartStyle: 'none',
      paddingInlineStart: `calc(${vars.space['4']} + ${vars.border.width.thick})`,
      selectors: {
        '&[aria-current]': {
          borderInlineStartStyle: 'solid',
          borderInlineStartColor: 'Highlight',
          paddingInlineStart: vars.space['4'],
        },
      },
    },
  },
}));
