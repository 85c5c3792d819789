import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';
import { root as alertRoot } from '../Alert/Alert.css.js';

// The band takes the tone's background across the whole width; the Alert inside keeps the
// icon, heading, words and close button but drops its own box.
export const root = componentStyle('service-status', {
  backgroundColor: vars.color.status.danger.surface,
  borderBlockEndStyle: 'solid',
  borderBlockEndWidth: vars.border.width.thick,
  borderBlockEndColor: vars.color.status.danger.border,
  selectors: {
    '&[data-tone="warning"]': {
      backgroundColor: vars.color.status.warning.surface,
      borderBlockEndColor: vars.color.status.warning.border,
    },
    '&[data-tone="info"]': {
      backgroundColor: vars.color.status.info.surface,
      borderBlockEndColor: vars.color.status.info.border,
    },
  },
  '@media': {
    '(forced-colors: active)': { borderBlockEndColor: 'CanvasText' },
  },
});

export const alert = componentStyle('service-status-alert', {
  selectors: {
    // Two classes: wins over the Alert's own box whatever the stylesheet order.
    [`&.${alertRoot}`]: {
      boxSizing: 'border-box',
      maxInlineSize: vars.size.container.default,
      marginInline: 'auto',
      paddingInline: vars.space['4'],
      backgroundColor: 'transparent',
      borderWidth: 0,
      borderRadius: 0,
    },
  },
});
