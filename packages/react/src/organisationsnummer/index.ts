// Framework-free entry: importable on servers as `@goteborgsstad/react/organisationsnummer`
// without pulling in React or styles.
export {
  parseOrganisationsnummer,
  isValidOrganisationsnummer,
  organisationsnummerMessages,
} from './parseOrganisationsnummer.js';
export type {
  OrganisationsnummerErrorCode,
  OrganisationsnummerFormValue,
  OrganisationsnummerInvalid,
  OrganisationsnummerMessage,
  OrganisationsnummerResult,
  OrganisationsnummerValid,
  OrganisationsnummerValidOrganisation,
  OrganisationsnummerValidPersonnummer,
  ParseOrganisationsnummerOptions,
} from './parseOrganisationsnummer.js';
