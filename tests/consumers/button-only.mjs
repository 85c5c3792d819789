#!/usr/bin/env node
// Consumer test: an app that imports only `Button` gets Button's JS and CSS and nothing of the
// other components (tree-shaking through the package entry, CSS imported per module).
//  1. pack react and its workspace dependencies (or take the ones all.mjs packed);
//  2. copy button-only-app/ into a work folder outside the workspace, `npm install` the
//     tarballs, `vite build`;
//  3. read the built CSS and JS, and check the button's look in Chromium.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checks, clock, freshWork, launchBrowser, makeApp, npmInstall, runAsync, serveStatic, tarballsFor, watchedPage } from './lib.mjs';

const { step, seconds } = clock('button-only');
const work = freshWork('button-only');
const tarballs = await tarballsFor(['@goteborgsstad/react'], work);
const app = makeApp('button-only-app', work, tarballs);
await npmInstall(app);
step('installed');
await runAsync('npm', ['run', 'build', '--silent'], app);
step('built');

const dist = path.join(app, 'dist');
const assets = readdirSync(path.join(dist, 'assets'));
const read = (ext) =>
  assets.filter((file) => file.endsWith(ext)).map((file) => readFileSync(path.join(dist, 'assets', file), 'utf8')).join('\n');
const css = read('.css');
const js = read('.js');

// --- checks -----------------------------------------------------------------------------
const { check, summary } = checks();
const classesIn = (text) => new Set(text.match(/\bgbg-[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []);

// Class names of components the app does not use (their roots, as the library names them).
const OTHERS = ['gbg-text-field', 'gbg-field', 'gbg-select', 'gbg-error-summary', 'gbg-choice', 'gbg-switch', 'gbg-search-field', 'gbg-textarea', 'gbg-fieldset', 'gbg-logo'];

await check("CSS has Button's rules", () => {
  for (const name of ['.gbg-button{', '.gbg-button-content']) {
    if (!css.includes(name)) throw new Error(`missing ${name}`);
  }
  // The primary variant, as a modifier class or as a data attribute (either way the library
  // writes it).
  if (!/\.gbg-button(--variant-primary|:where\(\[data-variant=primary\])/.test(css)) throw new Error('missing the primary variant rule');
});
await check('CSS has no rules of other components', () => {
  const found = [...classesIn(css)].filter((name) => OTHERS.some((other) => name === other || name.startsWith(`${other}-`)));
  if (found.length > 0) throw new Error(`found ${found.slice(0, 8).join(', ')}`);
});
await check('JS has Button and no class names of other components', () => {
  if (!js.includes('gbg-button')) throw new Error('gbg-button missing from the JS');
  const found = [...classesIn(js)].filter((name) => OTHERS.some((other) => name === other || name.startsWith(`${other}-`)));
  if (found.length > 0) throw new Error(`found ${found.slice(0, 8).join(', ')}`);
});
await check('CSS keeps the cascade layer order', () => {
  if (!css.includes('@layer gbg')) throw new Error('no @layer gbg in the CSS');
});

const server = await serveStatic(dist);
const origin = server.origin;

const browser = await launchBrowser();
try {
  const { page, problems: errors } = await watchedPage(browser);
  await page.goto(origin, { waitUntil: 'load' });
  const button = page.getByTestId('button');
  await button.waitFor({ timeout: 15_000 });
  await check('renders without page errors', () => {
    if (errors.length > 0) throw new Error(errors.join(' | '));
  });
  await check('the primary button is painted Göteborgsblå with white text, 44 px high', async () => {
    const look = await button.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, color: style.color, height: element.getBoundingClientRect().height };
    });
    if (look.background !== 'rgb(0, 118, 188)') throw new Error(`background ${look.background}`);
    if (look.color !== 'rgb(255, 255, 255)') throw new Error(`color ${look.color}`);
    if (look.height < 44) throw new Error(`height ${look.height}`);
  });
} finally {
  await browser.close();
  await server.close();
}

step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
