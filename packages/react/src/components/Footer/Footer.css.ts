import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { pageGutter } from '../../theme/pageGutter.js';
import { componentsLayer } from '../../theme/layers.css.js';
import { componentVariants, componentStyle } from '../../theme/styles.js';

const gutter = '--gbg-footer-gutter';

// The footer carries data-gbg-theme="dark", so every var below resolves to its dark-theme
// value: text, links, icons and the focus ring are white. `brand` paints Göteborgsblå
// (color.surface.frame, white text proven at the token build), `black` the dark page surface.
export const footer = componentVariants('footer', {
  base: {
    // Container's gutter steps, so the footer's column lines up with the page content.
    ...pageGutter(gutter),
    display: 'block',
    color: vars.color.text.default,
    font: vars.typography.body,
    paddingBlock: vars.space['10'],
  },
  variants: {
    background: {
      brand: { backgroundColor: vars.color.surface.frame },
      // A black footer on a dark page: a line keeps the page's end visible.
      black: {
        backgroundColor: vars.color.surface.default,
        borderBlockStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
      },
    },
  },
  defaultVariants: { background: 'brand' },
});

/** The content column, aligned with `Container` (default width). */
export const inner = componentStyle('footer-inner', {
  boxSizing: 'border-box',
  inlineSize: '100%',
  maxInlineSize: `calc(${vars.size.container.default} + 2 * var(${gutter}))`,
  marginInline: 'auto',
  paddingInline: `var(${gutter})`,
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['8'],
});

export const columns = componentStyle('footer-columns', {
  display: 'grid',
  // Columns as wide as the text needs, at least 12 rem; one column at 320 px.
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
  gap: vars.space['8'],
});

export const column = componentStyle('footer-column', {
  minInlineSize: 0,
});

export const heading = componentStyle('footer-heading', {
  margin: 0,
  marginBlockEnd: vars.space['3'],
  font: vars.typography['heading-5'],
  color: vars.color.text.default,
});

export const contact = componentStyle('footer-contact', {
  overflowWrap: 'anywhere',
});

// Paragraphs of the contact block sit close together (app content: a global rule, in the layer).
globalStyle(`${contact} p`, { '@layer': { [componentsLayer]: { margin: 0, marginBlockEnd: vars.space['2'] } } });

export const list = componentStyle('footer-list', {
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const item = componentStyle('footer-item', {
  margin: 0,
});

/** Footer links keep the Link look; they may break anywhere rather than overflow at 320 px. */
export const link = componentStyle('footer-link', {
  overflowWrap: 'anywhere',
});

export const socialLink = componentStyle('footer-social-link', linkStyle({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space['2'],
  minBlockSize: vars.size.target.default,
  fontWeight: vars.font.weight.semibold,
}));

export const socialIcon = componentStyle('footer-social-icon', {
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
  flexShrink: 0,
  color: vars.color.icon.default,
});

export const extra = componentStyle('footer-extra', {
  minInlineSize: 0,
});

export const bottom = componentStyle('footer-bottom', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  justifyContent: 'space-between',
  columnGap: vars.space['6'],
  rowGap: vars.space['3'],
  paddingBlockStart: vars.space['6'],
  borderBlockStart: `${vars.border.width.thin} solid ${vars.color.border.strong}`,
});

export const guarantee = componentStyle('footer-guarantee', {
  color: vars.color.text.default,
});

export const legal = componentStyle('footer-legal', {
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: vars.space['6'],
  rowGap: vars.space['1'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
});
