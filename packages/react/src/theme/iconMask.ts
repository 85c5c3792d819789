/// <reference types="node" />
// Build-time only (imported from `.css.ts` files, which vanilla-extract evaluates in Node): an
// icon of `@goteborgsstad/icons` as a CSS `mask` value. A component paints the icon with
// `background-color: currentColor` and this mask, so it needs no icon element in the markup and
// no icon code in its JavaScript.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * An SVG drawing as a CSS `url()` (a data URL). Only what a URL in CSS must not hold raw is
 * escaped (double quotes become single ones): about a third shorter than `encodeURIComponent`,
 * and one encoding everywhere, so gzip finds the repeats across a page's icons.
 */
export function svgImage(svg: string): string {
  const compact = svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, "'")
    .replace(/[%#<>{}]/g, encodeURIComponent);
  return `url("data:image/svg+xml,${compact}")`;
}

/**
 * `mask-image` value of the icon set's drawing `name` (the file name in
 * `@goteborgsstad/icons/svg/`, e.g. `chevron-left`), for rules that set position and size
 * themselves (two chevrons side by side).
 */
export function iconMaskImage(name: string): string {
  return svgImage(readFileSync(require.resolve(`@goteborgsstad/icons/svg/${name}.svg`), 'utf8'));
}

/** `mask` shorthand for the drawing `name`, centred and scaled to fit the box. */
export function iconMask(name: string): string {
  return `${iconMaskImage(name)} center / contain no-repeat`;
}
