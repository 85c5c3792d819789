export { ProcessSteps, type ProcessStep, type ProcessStepsHeadingLevel, type ProcessStepsProps } from './ProcessSteps.js';
