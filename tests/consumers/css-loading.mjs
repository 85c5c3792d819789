#!/usr/bin/env node
// Consumer test of the one documented way to load CSS in a bundled app: import
// `@goteborgsstad/tokens/tokens.css` (and optionally `@goteborgsstad/react/base.css`) once; each
// component's JS imports its own CSS. `styles.css` is for plain HTML only.
//  1. build form-app/ (text field, checkbox, three radios, select, button) the documented way;
//  2. build it again with `@goteborgsstad/react/styles.css` imported as well ("both");
//  3. compare the CSS each delivers, and print the bytes.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checks, clock, freshWork, makeApp, npmInstall, root, runAsync, tarballsFor } from './lib.mjs';

const { step, seconds } = clock('css-loading');
const work = freshWork('css-loading');
const tarballs = await tarballsFor(['@goteborgsstad/react'], work);
const app = makeApp('form-app', work, tarballs);
await npmInstall(app);
step('installed');

const vite = path.join(app, 'node_modules/vite/bin/vite.js');
async function build(outDir) {
  await runAsync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], app);
  const assets = path.join(app, outDir, 'assets');
  const read = (ext) =>
    readdirSync(assets)
      .filter((file) => file.endsWith(ext))
      .map((file) => readFileSync(path.join(assets, file), 'utf8'))
      .join('\n');
  return { css: read('.css'), js: read('.js') };
}
const documented = await build('dist');
const main = path.join(app, 'src/main.jsx');
writeFileSync(main, `import '@goteborgsstad/react/styles.css';\n${readFileSync(main, 'utf8')}`);
const both = await build('dist-both');
step('built both ways');

// Class names: in CSS as selectors (not custom properties), in JS as strings.
const classesIn = (text) => new Set(text.match(/\bgbg-[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []);
const selectorsIn = (css) => new Set([...css.matchAll(/\.(gbg-[a-z0-9]+(?:-[a-z0-9]+)*)/g)].map((match) => match[1]));
const bytes = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const NOT_USED = ['gbg-logo', 'gbg-error-summary', 'gbg-textarea', 'gbg-switch', 'gbg-search-field', 'gbg-skip-link', 'gbg-link'];
const rootsIn = (classes) => NOT_USED.filter((root) => [...classes].some((name) => name === root || name.startsWith(`${root}-`)));

const { check, summary } = checks();
await check('documented way: tokens, base and the used components are all there', () => {
  for (const needle of ['--gbg-color-text-default', '@layer gbg', '.gbg-button', '.gbg-text-field', '.gbg-choice', '.gbg-select', '.gbg-fieldset', '.gbg-provider']) {
    if (!documented.css.includes(needle)) throw new Error(`missing ${needle}`);
  }
});
await check('documented way: no CSS of components the page does not use', () => {
  const found = rootsIn(selectorsIn(documented.css));
  if (found.length > 0) throw new Error(`found ${found.join(', ')}`);
});
await check('documented way: every class with a rule belongs to code the page ships', () => {
  const js = classesIn(documented.js);
  // The theme's public utility classes (focus ring, visually hidden) come with the provider.
  const utilities = new Set(['gbg-focus-ring', 'gbg-visually-hidden']);
  const dead = [...selectorsIn(documented.css)].filter((name) => !js.has(name) && !utilities.has(name));
  if (dead.length > 0) throw new Error(`CSS for classes no shipped JS uses: ${dead.slice(0, 10).join(', ')}`);
});
await check('importing styles.css as well ships the CSS of every component (the docs warn)', () => {
  const found = rootsIn(selectorsIn(both.css));
  if (found.length < NOT_USED.length - 1) throw new Error(`expected CSS of unused components, found only ${found.join(', ')}`);
  if (bytes(both.css).raw <= bytes(documented.css).raw) throw new Error('both ways is not larger');
});
// The three places that tell people how to load CSS say the same: tokens.css imported in code,
// styles.css never imported in code (only linked from plain HTML).
await check('README, packages/react/README and Utvecklare state the same way', () => {
  for (const doc of ['README.md', 'packages/react/README.md', 'docs/kom-igang/Utvecklare.mdx']) {
    const text = readFileSync(path.join(root, doc), 'utf8');
    if (!text.includes("import '@goteborgsstad/tokens/tokens.css'")) throw new Error(`${doc} does not import tokens.css`);
    if (/import ['"]@goteborgsstad\/react\/styles\.css['"]/.test(text)) throw new Error(`${doc} imports styles.css in code`);
    if (!/styles\.css/.test(text) || !/(vanlig HTML|Plain HTML|Utan React)/i.test(text)) throw new Error(`${doc} does not name styles.css for plain HTML`);
  }
});
const d = bytes(documented.css);
const b = bytes(both.css);
await check('documented way delivers at most 8 KiB of CSS gzipped for the form page (tokens included)', () => {
  if (d.gzip > 8 * 1024) throw new Error(`${d.gzip} B gzip`);
});
console.log(`css-loading: documented way (tokens.css + base.css + per-component CSS): ${d.raw} B raw, ${d.gzip} B gzip`);
console.log(`css-loading: both (also styles.css): ${b.raw} B raw, ${b.gzip} B gzip (+${b.raw - d.raw} B raw)`);
step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
