export { Blockquote, type BlockquoteProps } from './Blockquote.js';
