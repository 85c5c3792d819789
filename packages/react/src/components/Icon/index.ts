export { Icon } from './Icon.js';
export type { IconComponent, IconProps, IconSize } from './Icon.js';
