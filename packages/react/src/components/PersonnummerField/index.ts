export { PersonnummerField, type PersonnummerFieldProps } from './PersonnummerField.js';
