// One naming rule for every vanilla-extract class, shared by the library build, Storybook and
// Vitest, so a class seen in Storybook is the class that ships in `dist/styles.css`.
//
//   style({...}, 'button-icon')            -> gbg-button-icon
//   recipe({...}, 'button') base           -> gbg-button
//   recipe variant  variant: primary       -> gbg-button--variant-primary
//   recipe compound #0                     -> gbg-button--compound-0
//
// A missing debug id or the same name coming from two files is a hard error: both would give
// unreadable or colliding class names in the published stylesheet.

export const CLASS_PREFIX = 'gbg-';

const DEBUG_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:_[A-Za-z0-9-]+)*$/;

/** `fullWidth` -> `full-width`; `2xl` stays `2xl`. */
function kebab(part) {
  return part
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .toLowerCase();
}

/**
 * Turns a vanilla-extract debug id into a public class name (without any hash).
 * Recipes join the parts with `_` (`button_variant_primary`); those become `--variant-primary`.
 * @param {string} debugId
 */
export function classNameFor(debugId) {
  const [head, ...rest] = debugId.split('_');
  const base = `${CLASS_PREFIX}${head}`;
  return rest.length === 0 ? base : `${base}--${rest.map(kebab).join('-')}`;
}

/**
 * Creates an identifiers function with its own registry of names (one per build or dev server).
 * @returns {(args: { hash: string; debugId?: string; filePath: string; packageName?: string }) => string}
 */
export function createIdentifiers() {
  /** @type {Map<string, string>} class name -> file that defined it */
  const seen = new Map();

  return function gbgIdentifiers({ debugId, filePath }) {
    if (!debugId) {
      throw new Error(
        `[gbg] A vanilla-extract style in ${filePath} has no debug id. ` +
          `Pass one explicitly, e.g. componentStyle('button-icon', {...}) or ` +
          `componentVariants('button', {...}), so the class is named gbg-<id>.`,
      );
    }
    if (!DEBUG_ID.test(debugId)) {
      throw new Error(
        `[gbg] Debug id "${debugId}" in ${filePath} is not valid. Use lower-case kebab-case ` +
          `starting with a letter, e.g. "button" or "button-icon".`,
      );
    }
    const name = classNameFor(debugId);
    const owner = seen.get(name);
    if (owner !== undefined && owner !== filePath) {
      throw new Error(
        `[gbg] Class name "${name}" is defined in both ${owner} and ${filePath}. ` +
          `Debug ids must be unique across the library; rename one of them.`,
      );
    }
    seen.set(name, filePath);
    return name;
  };
}

/** The shared instance used by vite.config.ts, .storybook/main.ts and vitest.config.ts. */
export const gbgIdentifiers = createIdentifiers();
