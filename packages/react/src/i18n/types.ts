/** The languages the design system ships built-in strings for. */
export type GbgLocale = 'sv' | 'en';

/** A built-in string: plain text, or a function for text that needs values (counts, names). */
export type GbgStringValue = string | ((...args: never[]) => string);

/** Turns the literal types of the Swedish dictionary into the shape every locale must fill. */
export type WidenStrings<T> = {
  [Key in keyof T]: T[Key] extends string
    ? string
    : T[Key] extends (...args: infer A) => string
      ? (...args: A) => string
      : WidenStrings<T[Key]>;
};

/** Any subset of a dictionary, for app overrides. */
export type DeepPartial<T> = {
  [Key in keyof T]?: T[Key] extends GbgStringValue ? T[Key] : DeepPartial<T[Key]>;
};
