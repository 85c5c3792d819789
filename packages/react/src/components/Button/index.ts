export { Button } from './Button.js';
export type {
  ButtonAsButtonProps,
  ButtonAsLinkProps,
  ButtonIcon,
  ButtonLabelProps,
  ButtonProps,
  ButtonSize,
  ButtonVariant,
} from './Button.js';
