export { SenderText } from './SenderText.js';
export type { SenderTextCompanyProps, SenderTextProps, SenderTextUnitProps } from './SenderText.js';
