export {
  Fieldset,
  useFieldset,
  type FieldsetContextValue,
  type FieldsetProps,
  type FieldsetSize,
} from './Fieldset.js';
