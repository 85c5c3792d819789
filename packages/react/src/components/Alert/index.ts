export { Alert, type AlertProps, type AlertTone, type AlertHeadingLevel } from './Alert.js';
