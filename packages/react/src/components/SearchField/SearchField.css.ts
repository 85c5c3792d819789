import { vars } from '../../theme/contract.css.js';
import { quietIconButton, quietIconButtonIcon } from '../../theme/iconButton.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('search-field', {
  margin: 0,
  minInlineSize: 0,
});

/** Input box and submit button side by side; the button wraps under the box on narrow screens. */
export const row = componentStyle('search-field-row', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'stretch',
  gap: vars.space['2'],
});

export const box = componentStyle('search-field-box', {
  flex: '1 1 16rem',
  minInlineSize: 0,
});

export const input = componentStyle('search-field-input', {
  selectors: {
    // The native clear "x" of type=search is not reachable by keyboard and differs per browser;
    // the optional clear button replaces it.
    '&::-webkit-search-cancel-button': { appearance: 'none' },
    '&::-webkit-search-decoration': { appearance: 'none' },
  },
});

export const clear = componentStyle('search-field-clear', {
  ...quietIconButton,
  margin: 0,
  // Only the end corners are rounded: the button sits at the end of the input's box.
  borderRadius: 0,
  borderStartEndRadius: vars.radius.sm,
  borderEndEndRadius: vars.radius.sm,
});

export const clearIcon = componentStyle('search-field-clear-icon', quietIconButtonIcon);

export const submit = componentStyle('search-field-submit', {
  flex: 'none',
});
