export { FactBox, type FactBoxHeadingLevel, type FactBoxProps } from './FactBox.js';
