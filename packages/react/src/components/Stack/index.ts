export { Stack, type StackProps, type StackElement, type StackDirection, type StackAlign, type StackJustify } from './Stack.js';
export type { Space, SpaceKey, SpaceNumber } from './space.js';
