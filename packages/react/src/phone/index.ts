// Framework-free entry: importable on servers as `@goteborgsstad/react/phone` without pulling in
// React or styles.
export { parsePhoneNumber, isValidPhoneNumber, phoneNumberMessages } from './parsePhoneNumber.js';
export { formatPhone, phoneHref } from './format.js';
export type {
  PhoneNumberErrorCode,
  PhoneNumberFormValue,
  PhoneNumberInvalid,
  PhoneNumberMessage,
  PhoneNumberResult,
  PhoneNumberValid,
} from './parsePhoneNumber.js';
