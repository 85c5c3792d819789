export { DatePicker, type DatePickerProps } from './DatePicker.js';
export { parseDateText, type DateTextResult, type DateTextErrorCode, type DateTextOptions } from './parseDateText.js';
