// The one form-field mechanism, public for teams that build their own controls: the hook that
// wires ids and ARIA state, and the visible parts (label, description, error) that `Field` uses.
export {
  useFormField,
  type FormField,
  type FormFieldOptions,
  type FormFieldControlProps,
} from './useFormField.js';
export { joinIds } from './joinIds.js';
export {
  FieldLabel,
  FieldDescription,
  FieldError,
  NecessityMarker,
  type FieldLabelPartProps,
  type FieldErrorProps,
} from './parts.js';
export { useFieldGroup, type FieldGroupContextValue } from './groupContext.js';
