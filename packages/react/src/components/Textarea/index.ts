export { Textarea, TEXTAREA_ANNOUNCE_DELAY_MS, type TextareaProps } from './Textarea.js';
