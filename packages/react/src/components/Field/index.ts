export {
  Field,
  useField,
  type FieldContextValue,
  type FieldControlProps,
  type FieldLabelProps,
  type FieldNecessity,
  type FieldProps,
} from './Field.js';
