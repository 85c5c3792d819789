export { OrganisationsnummerField, type OrganisationsnummerFieldProps } from './OrganisationsnummerField.js';
