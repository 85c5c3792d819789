export { Dialog, type DialogProps, type DialogSize, type DialogHeadingLevel } from './Dialog.js';
