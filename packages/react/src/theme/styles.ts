import { style, type StyleRule } from '@vanilla-extract/css';
import { recipe, type RuntimeFn } from '@vanilla-extract/recipes';
import { componentsLayer } from './layers.css.js';

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

/**
 * A vanilla-extract recipe whose every class sits in the components layer.
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
): RuntimeFn<Variants> {
  assertDebugId('componentRecipe', debugId);
  const variants = Object.fromEntries(
    Object.entries(config.variants ?? {}).map(([group, options]) => [
      group,
      Object.fromEntries(Object.entries(options).map(([name, rule]) => [name, layered(rule)])),
    ]),
  ) as Variants;
  return recipe<Variants>(
    {
      // Always an object base: a missing base would make vanilla-extract create an unnamed class.
      base: layered(config.base ?? {}),
      variants,
      ...(config.defaultVariants ? { defaultVariants: config.defaultVariants } : {}),
      compoundVariants: (config.compoundVariants ?? []).map((compound) => ({
        variants: compound.variants,
        style: layered(compound.style),
      })),
    },
    debugId,
  );
}
