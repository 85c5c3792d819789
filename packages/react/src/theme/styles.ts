import { style, styleVariants, type StyleRule } from '@vanilla-extract/css';
import { getFileScope } from '@vanilla-extract/css/fileScope';
import { addFunctionSerializer } from '@vanilla-extract/css/functionSerializer';
import { componentsLayer } from './layers.css.js';
import { createVariantFn, type VariantConfig } from './recipeRuntime.js';

// The only way components create classes. Each helper:
//  - puts the rule in the `gbg.components` cascade layer (consumers' plain classes win), and
//  - requires an explicit debug id, which the shared identifiers function turns into a stable,
//    readable class name: `componentStyle('button-icon', …)` -> `.gbg-button-icon`.
// Call them only from `*.css.ts` files.

/** Lower-case kebab-case id starting with a letter, e.g. `button` or `button-icon`. */
export type DebugId = string;

function layered(rule: StyleRule): StyleRule {
  return { '@layer': { [componentsLayer]: rule } };
}

function assertDebugId(helper: string, debugId: unknown): asserts debugId is string {
  if (typeof debugId !== 'string' || debugId.length === 0) {
    throw new Error(
      `[gbg] ${helper}() needs a debug id as its first argument, e.g. ${helper}('button', {...}).`,
    );
  }
}

/**
 * A single class in the components layer, named `gbg-<debugId>`.
 *
 * @example
 * export const icon = componentStyle('button-icon', { inlineSize: vars.size.icon.md });
 */
export function componentStyle(debugId: DebugId, rule: StyleRule): string {
  assertDebugId('componentStyle', debugId);
  return style(layered(rule), debugId);
}

/** Variant groups of a component recipe: group name -> option name -> style. */
export type ComponentVariantGroups = Record<string, Record<string, StyleRule>>;

type BooleanMap<T> = T extends 'true' | 'false' ? boolean : T;

/** Which option of each group is chosen (booleans for `true`/`false` groups). */
export type ComponentVariantSelection<Variants extends ComponentVariantGroups> = {
  [Group in keyof Variants]?: BooleanMap<keyof Variants[Group]> | undefined;
};

export interface ComponentRecipeConfig<Variants extends ComponentVariantGroups> {
  /** Styles every instance gets; class `gbg-<debugId>`. */
  base?: StyleRule;
  /** Class per option: `gbg-<debugId>--<group>-<option>`, e.g. `gbg-button--variant-primary`. */
  variants?: Variants;
  defaultVariants?: ComponentVariantSelection<Variants>;
  /** Styles for combinations; class `gbg-<debugId>--compound-<index>`. */
  compoundVariants?: Array<{ variants: ComponentVariantSelection<Variants>; style: StyleRule }>;
}

/** The class-name function a recipe returns (same call shape as vanilla-extract recipes). */
export interface ComponentRecipeFn<Variants extends ComponentVariantGroups> {
  (selection?: ComponentVariantSelection<Variants>): string;
  /** Class names for use in other `*.css.ts` files (e.g. `globalStyle` selectors). */
  classNames: {
    base: string;
    variants: { [Group in keyof Variants]: { [Option in keyof Variants[Group]]: string } };
  };
}

/**
 * The import path of `recipeRuntime.js` as seen from the `*.css.ts` file being compiled. The
 * compiled module imports the runtime from there, so it works from source (Storybook, Vitest)
 * and from the built library alike, without a self-import of the package.
 */
function runtimeImportPath(): string {
  const file = getFileScope().filePath.replace(/\\/g, '/');
  const at = file.lastIndexOf('src/');
  if (at === -1) throw new Error(`[gbg] componentRecipe() must be called from a *.css.ts file under src/ (got ${file}).`);
  const depth = file.slice(at + 4).split('/').length - 1;
  return `${depth === 0 ? './' : '../'.repeat(depth)}theme/recipeRuntime.js`;
}

/**
 * A variant recipe whose every class sits in the components layer.
 *
 * @example
 * export const button = componentRecipe('button', {
 *   base: { minBlockSize: vars.size.target.default },
 *   variants: { variant: { primary: {...}, secondary: {...} } },
 *   defaultVariants: { variant: 'primary' },
 * });
 * // button({ variant: 'secondary' }) === 'gbg-button gbg-button--variant-secondary'
 */
export function componentRecipe<Variants extends ComponentVariantGroups>(
  debugId: DebugId,
  config: ComponentRecipeConfig<Variants>,
): ComponentRecipeFn<Variants> {
  assertDebugId('componentRecipe', debugId);
  // Always an object base: a missing base would make vanilla-extract create an unnamed class.
  const base = style(layered(config.base ?? {}), debugId);
  const v: VariantConfig['v'] = {};
  for (const [group, options] of Object.entries(config.variants ?? {})) {
    v[group] = styleVariants(options, (rule) => layered(rule), `${debugId}_${group}`);
  }
  const runtimeConfig: VariantConfig = {
    b: base,
    v,
    d: Object.fromEntries(
      Object.entries(config.defaultVariants ?? {}).map(([group, option]) => [
        group,
        typeof option === 'boolean' ? String(option) : (option as string | undefined),
      ]),
    ),
    c: (config.compoundVariants ?? []).map((compound, index) => [
      Object.fromEntries(
        Object.entries(compound.variants).map(([group, option]) => [
          group,
          typeof option === 'boolean' ? String(option) : (option as string | undefined),
        ]),
      ),
      style(layered(compound.style), `${debugId}_compound_${index}`),
    ]),
  };
  const fn = createVariantFn(runtimeConfig);
  return addFunctionSerializer(fn, {
    importPath: runtimeImportPath(),
    importName: 'createVariantFn',
    args: [runtimeConfig],
  }) as unknown as ComponentRecipeFn<Variants>;
}
