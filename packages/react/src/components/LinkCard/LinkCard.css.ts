import { vars } from '../../theme/contract.css.js';
import { focusRing } from '../../theme/focus.css.js';
import { componentStyle } from '../../theme/styles.js';

// The "block link": one real link in the heading, stretched over the card with a pseudo-element
// so the whole card is the target. Its name stays the short heading (not every word on the card).
export const linkCard = componentStyle('link-card', {
  selectors: {
    '&:hover': { borderColor: vars.color.border.strong },
  },
});

export const link = componentStyle('link-card-link', {
  color: vars.color.text.default,
  textDecorationLine: 'underline',
  textDecorationThickness: vars.border.width.thin,
  textUnderlineOffset: '0.2em',
  selectors: {
    '&::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      borderRadius: vars.radius.md,
    },
    // The focus ring goes around the whole card (the stretched area), not around the heading.
    '&:focus-visible': { outline: 'none' },
    '&:focus-visible::after': focusRing,
    [`${linkCard}:hover &`]: { textDecorationThickness: vars.border.width.medium, textUnderlineOffset: '0.25em' },
  },
});

// Text and meta sit above the stretched area so they can be selected; a plain click on them is
// passed on to the link by the component.
export const raised = componentStyle('link-card-raised', {
  position: 'relative',
  zIndex: 1,
});
