import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle } from '../../theme/styles.js';

// The "block link": one real link in the heading, stretched over the card with a pseudo-element
// so the whole card is the target. Its name stays the short heading (not every word on the card).
export const linkCard = componentStyle('link-card', {
  selectors: {
    '&:hover': { borderColor: vars.color.border.strong },
  },
});

// The focus ring goes around the whole card (the stretched area), with the card's corners.
export const link = componentStyle('link-card-link', linkStyle(
  { selectors: { '&::after': { borderRadius: vars.radius.md } } },
  { stretchedOver: linkCard },
));

// Text and meta sit above the stretched area so they can be selected; a plain click on them is
// passed on to the link by the component.
export const raised = componentStyle('link-card-raised', {
  position: 'relative',
  zIndex: 1,
});
