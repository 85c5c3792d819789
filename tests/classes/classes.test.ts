// The public plain-HTML API of @goteborgsstad/react: every `gbg-` class in the BUILT stylesheet
// and the data-attribute variants each class answers to. Pages built without React (portal
// templates, WordPress) write these by hand, so a rename must be a visible, deliberate change.
//
// After an intended change: build the library, then update the snapshot and commit it with
// the change (and a changeset, since plain-HTML pages break):
//   pnpm --filter @goteborgsstad/react build
//   npx vitest run --project node tests/classes -u
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const stylesheet = path.resolve(dirname, '../../packages/react/dist/styles.css');

/** Class name -> data attribute -> values (`''` for a present/absent flag). */
export function publicApi(css: string): Map<string, Map<string, Set<string>>> {
  const api = new Map<string, Map<string, Set<string>>>();
  const entry = (name: string) => api.get(name) ?? api.set(name, new Map()).get(name)!;
  // Comments and string contents could hold class-like text; drop comments first.
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of source.matchAll(/\.(gbg-[a-z0-9-]+)/g)) entry(match[1]!);
  // `.gbg-x:where([data-a="b"], :not([data-a]))` and `.gbg-x[data-a="b"]`.
  const variant = /\.(gbg-[a-z0-9-]+)(:where\((?:[^()]|\([^()]*\))*\)|\[data-[^\]]+\])+/g;
  for (const match of source.matchAll(variant)) {
    const attributes = entry(match[1]!);
    for (const [, name, value] of match[0].matchAll(/\[(data-[a-z-]+)(?:="([^"]*)")?\]/g)) {
      const values = attributes.get(name!) ?? attributes.set(name!, new Set()).get(name!)!;
      values.add(value ?? '');
    }
  }
  return api;
}

/** One line per class: `gbg-button  data-size=lg|sm  data-variant=danger|primary|…`. */
export function describeApi(api: Map<string, Map<string, Set<string>>>): string {
  return [...api.keys()]
    .sort()
    .map((name) => {
      const attributes = [...api.get(name)!.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([attribute, values]) => {
          const list = [...values].filter(Boolean).sort();
          return list.length === 0 ? attribute : `${attribute}=${list.join('|')}`;
        });
      return [name, ...attributes].join('  ');
    })
    .join('\n')
    .concat('\n');
}

describe('public gbg- class list (built stylesheet)', () => {
  it('finds variants in the forms componentVariants writes', () => {
    const css =
      '.gbg-a:where([data-variant="x"], :not([data-variant])):hover{} .gbg-a:where([data-flag]){}' +
      '.gbg-b[data-stack="always"] > *{} /* .gbg-comment */ .gbg-a-part{}';
    expect(describeApi(publicApi(css))).toBe(
      'gbg-a  data-flag  data-variant=x\ngbg-a-part\ngbg-b  data-stack=always\n',
    );
  });

  it('matches the committed list', async () => {
    if (!existsSync(stylesheet)) {
      throw new Error('packages/react/dist/styles.css is missing: run `pnpm --filter @goteborgsstad/react build` first.');
    }
    const api = describeApi(publicApi(readFileSync(stylesheet, 'utf8')));
    expect(api).toContain('gbg-button  data-full-width  data-icon-only  data-size=lg|sm  data-variant=danger|primary|secondary|tertiary');
    await expect(api).toMatchFileSnapshot('./gbg-classes.txt');
  });
});
