import type { StyleRule } from '@vanilla-extract/css';
import { componentStyle } from './styles.js';

/** Hides content visually while keeping it in the accessibility tree (screen readers read it). */
export const visuallyHiddenRule = {
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  borderWidth: 0,
} satisfies StyleRule;

/** Class `gbg-visually-hidden`: text for screen readers only. */
export const visuallyHidden = componentStyle('visually-hidden', visuallyHiddenRule);
