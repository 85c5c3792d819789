import { globalStyle, style, type GlobalStyleRule, type StyleRule } from '@vanilla-extract/css';
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

/** Variant groups: group name -> option name -> style. `true`/`false` options make a boolean group. */
export type ComponentVariantGroups = Record<string, Record<string, StyleRule>>;

type BooleanMap<T> = T extends 'true' | 'false' ? boolean : T;

/** Which option of each group is chosen (booleans for `true`/`false` groups). */
export type ComponentVariantSelection<Variants extends ComponentVariantGroups> = {
  [Group in keyof Variants]?: BooleanMap<keyof Variants[Group]> | undefined;
};

export interface ComponentVariantsConfig<Variants extends ComponentVariantGroups> {
  /** Styles every instance gets; class `gbg-<debugId>`. */
  base?: StyleRule;
  /**
   * Styles per option, selected by a data attribute on the element: group `variant`, option
   * `secondary` -> `.gbg-button[data-variant="secondary"]`; a boolean group `fullWidth` ->
   * `[data-full-width]` (present or absent).
   */
  variants?: Variants;
  /** The option that applies when the attribute is missing (plain HTML may leave it out). */
  defaultVariants?: ComponentVariantSelection<Variants>;
  /** Styles for combinations of options. */
  compoundVariants?: Array<{ variants: ComponentVariantSelection<Variants>; style: StyleRule }>;
}

/** `fullWidth` -> `data-full-width`. */
export function variantAttribute(group: string): string {
  return `data-${group.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The attribute condition of one option, wrapped in `:where()` so it adds no specificity: a
 * variant weighs what a single class weighs, and the base's state rules (`:disabled`) still win.
 */
function optionCondition(group: string, option: string, isDefault: boolean): string {
  const attr = variantAttribute(group);
  const parts =
    option === 'true' ? [`[${attr}]`] : option === 'false' ? [`:not([${attr}])`] : [`[${attr}="${option}"]`];
  if (isDefault && option !== 'true' && option !== 'false') parts.push(`:not([${attr}])`);
  return `:where(${parts.join(', ')})`;
}

type Conditions = Array<[at: '@media' | '@supports' | '@container', query: string]>;

/** Writes `rule` for `selector` as global rules in the components layer, flattening nesting. */
function emit(selector: string, rule: StyleRule, conditions: Conditions): void {
  const nested = Object.entries(rule).filter(([key]) => key === 'selectors' || key.startsWith('@'));
  const own = Object.fromEntries(Object.entries(rule).filter(([key]) => key !== 'selectors' && !key.startsWith('@')));
  // The option's own declarations first, then its states and queries (source order as written).
  if (Object.keys(own).length > 0) {
    let wrapped = own as GlobalStyleRule;
    for (const [at, query] of [...conditions].reverse()) wrapped = { [at]: { [query]: wrapped } } as GlobalStyleRule;
    globalStyle(selector, { '@layer': { [componentsLayer]: wrapped } });
  }
  for (const [key, value] of nested) {
    for (const [inner, innerRule] of Object.entries(value as Record<string, StyleRule>)) {
      if (key === 'selectors') emit(inner.replaceAll('&', selector), innerRule, conditions);
      else emit(selector, innerRule, [...conditions, [key as Conditions[number][0], inner]]);
    }
  }
}

/**
 * A component class with data-attribute variants, all in the components layer. Returns the
 * class name `gbg-<debugId>`; the component sets one `data-*` attribute per group, and plain
 * HTML can set the same attributes. No run-time code: nothing to ship but the class name.
 *
 * @example
 * export const button = componentVariants('button', {
 *   base: { minBlockSize: vars.size.target.default },
 *   variants: { variant: { primary: {...}, secondary: {...} }, fullWidth: { true: {...}, false: {} } },
 *   defaultVariants: { variant: 'primary' },
 * });
 * // <button class="gbg-button" data-variant="secondary" data-full-width>
 */
export function componentVariants<Variants extends ComponentVariantGroups>(
  debugId: DebugId,
  config: ComponentVariantsConfig<Variants>,
): string {
  assertDebugId('componentVariants', debugId);
  // Always an object base: a missing base would make vanilla-extract create an unnamed class.
  const base = style(layered(config.base ?? {}), debugId);
  const defaults = (config.defaultVariants ?? {}) as Record<string, unknown>;
  const condition = (group: string, option: unknown) =>
    optionCondition(group, String(option), defaults[group] !== undefined && String(defaults[group]) === String(option));
  for (const [group, options] of Object.entries(config.variants ?? {})) {
    for (const [option, rule] of Object.entries(options)) {
      emit(`.${base}${condition(group, option)}`, rule, []);
    }
  }
  for (const compound of config.compoundVariants ?? []) {
    const when = Object.entries(compound.variants).filter(([, option]) => option !== undefined);
    emit(`.${base}${when.map(([group, option]) => condition(group, option)).join('')}`, compound.style, []);
  }
  return base;
}
