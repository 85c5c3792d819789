import { createGlobalThemeContract } from '@vanilla-extract/css';
import { cssVarTree } from '@goteborgsstad/tokens';

// The theme contract is generated from the token package's tree of CSS custom property names,
// never typed by hand: a token added in `tokens/` appears here after the next token build.
// The values themselves come from `@goteborgsstad/tokens/tokens.css` (light on :root, dark on
// [data-gbg-theme="dark"]), so this file emits no CSS.

/** Maps a tree of custom property names to a tree of `var(...)` references, keeping literals. */
export type ThemeVars<Tree> = {
  readonly [Key in keyof Tree]: Tree[Key] extends string ? `var(${Tree[Key]})` : ThemeVars<Tree[Key]>;
};

/**
 * Every design token as a CSS variable reference, e.g.
 * `vars.color.action.primary.background === 'var(--gbg-color-action-primary-background)'`.
 */
export const vars = createGlobalThemeContract(cssVarTree, (name: string | null) =>
  String(name).replace(/^--/, ''),
) as unknown as ThemeVars<typeof cssVarTree>;
