// Framework-free entry: importable on servers as `@goteborgsstad/react/personnummer`
// without pulling in React or styles.
export {
  parsePersonnummer,
  isValidPersonnummer,
  luhnCheckDigit,
  personnummerMessages,
} from './parsePersonnummer.js';
export type {
  ParsePersonnummerOptions,
  PersonnummerErrorCode,
  PersonnummerFormValue,
  PersonnummerInvalid,
  PersonnummerMessage,
  PersonnummerResult,
  PersonnummerValid,
} from './parsePersonnummer.js';
