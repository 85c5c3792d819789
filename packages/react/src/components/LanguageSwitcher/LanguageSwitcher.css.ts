import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle } from '../../theme/styles.js';

export const languageSwitcher = componentStyle('language-switcher', {
  color: vars.color.text.default,
  font: vars.typography.small,
});

export const languageSwitcherList = componentStyle('language-switcher-list', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: vars.space['4'],
  rowGap: vars.space['1'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const languageSwitcherItem = componentStyle('language-switcher-item', {
  margin: 0,
});

// The house link look; the current language is marked by weight and a thick underline (and
// aria-current), never by colour.
export const languageSwitcherLink = componentStyle('language-switcher-link', linkStyle({
  display: 'inline-flex',
  alignItems: 'center',
  minBlockSize: vars.size.target.minimum,
  selectors: {
    '&[aria-current]': {
      fontWeight: vars.font.weight.bold,
      textDecorationThickness: vars.border.width.thick,
      textUnderlineOffset: '0.3em',
    },
  },
}));
