export { ButtonGroup } from './ButtonGroup.js';
export type { ButtonGroupProps } from './ButtonGroup.js';
