import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
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
  flex: 'none',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minInlineSize: vars.size.target.default,
  minBlockSize: vars.size.target.default,
  margin: 0,
  padding: 0,
  border: 'none',
  borderStartEndRadius: vars.radius.sm,
  borderEndEndRadius: vars.radius.sm,
  background: 'transparent',
  color: vars.color.icon.default,
  cursor: 'pointer',
  selectors: {
    '&:hover': { backgroundColor: vars.color.surface.subtle },
    '&:focus-visible': focusRing,
  },
  '@media': {
    '(forced-colors: active)': { color: 'ButtonText' },
  },
});

export const clearIcon = componentStyle('search-field-clear-icon', {
  inlineSize: vars.size.icon.md,
  blockSize: vars.size.icon.md,
});

export const submit = componentStyle('search-field-submit', {
  flex: 'none',
});
