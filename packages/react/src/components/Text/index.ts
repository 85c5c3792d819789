export { Text } from './Text.js';
export type { TextElement, TextProps, TextVariant } from './Text.js';
