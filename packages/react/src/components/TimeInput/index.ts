export { TimeInput, timeInputValueFromText, type TimeInputProps, type TimeInputValue } from './TimeInput.js';
