// The run-time half of `componentRecipe`: turns a variant selection into class names. Written
// here instead of using @vanilla-extract/recipes' runtime because it is a quarter of the size,
// and every component with variants ships it (Button's JS budget is 2 KiB gzipped).

/** What `componentRecipe` serialises at build time: class names only. */
export type VariantConfig = {
  /** Class every instance gets. */
  b: string;
  /** Group -> option -> class. */
  v: Record<string, Record<string, string>>;
  /** Default option per group. */
  d: Record<string, string | boolean | undefined>;
  /** [selection, class] pairs for compound variants. */
  c: Array<[Record<string, string | boolean | undefined>, string]>;
};

type Selection = Record<string, string | boolean | undefined> | undefined;

/** Builds the class-name function of one recipe. */
export function createVariantFn(config: VariantConfig) {
  const fn = (selection?: Selection): string => {
    const chosen: Record<string, string | boolean | undefined> = { ...config.d };
    for (const key in selection) if (selection[key] != null) chosen[key] = selection[key];
    let className = config.b;
    for (const group in config.v) {
      const option = chosen[group];
      const cls = option == null ? undefined : config.v[group]?.[String(option)];
      if (cls) className += ' ' + cls;
    }
    for (const [when, cls] of config.c) {
      if (Object.keys(when).every((key) => String(when[key]) === String(chosen[key]))) className += ' ' + cls;
    }
    return className;
  };
  fn.classNames = {
    base: config.b,
    variants: config.v,
  };
  return fn;
}
