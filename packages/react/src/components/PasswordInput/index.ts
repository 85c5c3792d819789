export { PasswordInput, type PasswordInputProps, type PasswordPurpose } from './PasswordInput.js';
