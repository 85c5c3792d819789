export { DateInput, dateInputValueFromIso, type DateInputProps, type DateInputValue } from './DateInput.js';
