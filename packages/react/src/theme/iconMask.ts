/// <reference types="node" />
// Build-time only (imported from `.css.ts` files, which vanilla-extract evaluates in Node): an
// icon of `@goteborgsstad/icons` as a CSS `mask` value. A component paints the icon with
// `background-color: currentColor` and this mask, so it needs no icon element in the markup and
// no icon code in its JavaScript.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * `mask` shorthand for the icon set's drawing `name` (the file name in
 * `@goteborgsstad/icons/svg/`, e.g. `chevron-down`), centred and scaled to fit the box.
 */
export function iconMask(name: string): string {
  const svg = readFileSync(require.resolve(`@goteborgsstad/icons/svg/${name}.svg`), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}") center / contain no-repeat`;
}
