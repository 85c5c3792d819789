// Framework-free entry: importable on servers as `@goteborgsstad/react/postalcode` without
// pulling in React or styles.
export { parsePostalCode, isValidPostalCode, postalCodeMessages } from './parsePostalCode.js';
export type {
  PostalCodeErrorCode,
  PostalCodeFormValue,
  PostalCodeInvalid,
  PostalCodeMessage,
  PostalCodeResult,
  PostalCodeValid,
} from './parsePostalCode.js';
