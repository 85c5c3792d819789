export { VisuallyHidden } from './VisuallyHidden.js';
export type { VisuallyHiddenElement, VisuallyHiddenProps } from './VisuallyHidden.js';
