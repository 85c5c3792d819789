export { Receipt } from './Receipt.js';
export type { ReceiptHeadingLevel, ReceiptProps } from './Receipt.js';
