import { vars } from '../../theme/contract.css.js';
import { componentStyle } from '../../theme/styles.js';

export const senderText = componentStyle('sender-text', {
  margin: 0,
  color: vars.color.text.default,
  font: vars.typography.body,
  fontWeight: vars.font.weight.semibold,
});
