export { StepIndicator } from './StepIndicator.js';
export type { StepIndicatorProps, StepIndicatorStep } from './StepIndicator.js';
