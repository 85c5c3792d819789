import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

export const root = componentStyle('accordion', {
  display: 'block',
});

export const controls = componentStyle('accordion-controls', {
  display: 'flex',
  justifyContent: 'flex-end',
  marginBlockEnd: vars.space['2'],
});

// A line between sections and below the last one, so each title reads as its own row.
export const item = componentStyle('accordion-item', {
  borderBlockStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  selectors: {
    '&:last-of-type': { borderBlockEnd: `${vars.border.width.thin} solid ${vars.color.border.default}` },
  },
});
