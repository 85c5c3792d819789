export { Checkbox, type CheckboxProps } from './Checkbox.js';
export { useCheckboxGroup, type CheckboxGroupContextValue } from '../../form/groupContext.js';
