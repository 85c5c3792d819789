export { ErrorSummary, type ErrorSummaryProps, type ErrorSummaryItem, type ErrorSummaryHeadingLevel } from './ErrorSummary.js';
