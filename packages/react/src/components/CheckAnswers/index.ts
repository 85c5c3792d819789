export { CheckAnswers } from './CheckAnswers.js';
export type { CheckAnswersItem, CheckAnswersProps } from './CheckAnswers.js';
