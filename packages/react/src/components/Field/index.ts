export {
  Field,
  useField,
  type FieldContextValue,
  type FieldComponentProps,
  type FieldControlProps,
  type FieldLabelProps,
  type FieldNecessity,
  type FieldProps,
} from './Field.js';
