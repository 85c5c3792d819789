import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// Media queries cannot read custom properties: the breakpoint comes from the token package at
// build time (the same value as `--gbg-breakpoint-sm`).
const narrow = `screen and (max-width: ${tokens.breakpoint.sm})`;

/**
 * `data-collapse="auto"` (set when the trail has three or more steps): below the `sm`
 * breakpoint only the parent page is shown, as "← Tillbaka till …". A long trail
 * would otherwise fill several lines of a phone screen before the page starts.
 */
export const breadcrumbs = componentVariants('breadcrumbs', {
  base: {
    fontFamily: vars.font.family.sans,
    fontSize: vars.font.size.sm,
    lineHeight: vars.font['line-height'].normal,
    color: vars.color.text.default,
  },
  variants: {
    collapse: { auto: {}, never: {} },
  },
  defaultVariants: { collapse: 'never' },
});

export const breadcrumbsList = componentStyle('breadcrumbs-list', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space['1'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const breadcrumbsItem = componentStyle('breadcrumbs-item', {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['1'],
  maxInlineSize: '100%',
  '@media': {
    [narrow]: { selectors: { [`${breadcrumbs}[data-collapse="auto"] &:not([data-parent])`]: { display: 'none' } } },
  },
});

// The house link look; the target is at least 24 px high (WCAG 2.5.8).
export const breadcrumbsLink = componentStyle('breadcrumbs-link', linkStyle({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['1'],
  minBlockSize: vars.size.target.minimum,
  overflowWrap: 'anywhere',
}));

/** The current page: plain text, not a link. */
export const breadcrumbsCurrent = componentStyle('breadcrumbs-current', {
  overflowWrap: 'anywhere',
  fontWeight: vars.font.weight.semibold,
});

/** Decorative chevron between steps; points the other way in right-to-left text. */
export const breadcrumbsSeparator = componentStyle('breadcrumbs-separator', {
  flexShrink: 0,
  inlineSize: '1em',
  blockSize: '1em',
  color: vars.color.icon.default,
  selectors: {
    '[dir="rtl"] &': { transform: 'scaleX(-1)' },
  },
  '@media': { [narrow]: { selectors: { [`${breadcrumbs}[data-collapse="auto"] &`]: { display: 'none' } } } },
});

/** Arrow and "Tillbaka till" before the parent: shown only when the trail is collapsed. */
export const breadcrumbsBack = componentStyle('breadcrumbs-back', {
  display: 'none',
  '@media': { [narrow]: { selectors: { [`${breadcrumbs}[data-collapse="auto"] &`]: { display: 'inline' } } } },
});

/** Wrapper of the back arrow: shown only when the trail is collapsed. */
export const breadcrumbsBackIcon = componentStyle('breadcrumbs-back-icon', {
  display: 'none',
  flexShrink: 0,
  '@media': { [narrow]: { selectors: { [`${breadcrumbs}[data-collapse="auto"] &`]: { display: 'inline-flex' } } } },
});

/** The back arrow itself; mirrored on the icon (not the wrapper) so it never flips twice. */
export const breadcrumbsBackArrow = componentStyle('breadcrumbs-back-arrow', {
  inlineSize: '1.25em',
  blockSize: '1.25em',
  selectors: {
    '[dir="rtl"] &': { transform: 'scaleX(-1)' },
  },
});
