export { Combobox, type ComboboxProps, type ComboboxOption } from './Combobox.js';
// The matching rules as pure functions, for a server that filters the same way as the field.
export { findMatch as findComboboxMatch, matchLabels as matchComboboxLabels, type MatchRange as ComboboxMatchRange } from './match.js';
