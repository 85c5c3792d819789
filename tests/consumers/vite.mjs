#!/usr/bin/env node
// Consumer test: the packages as an app gets them from the registry.
//  1. pack @goteborgsstad/react and its workspace dependencies with `pnpm pack` (or take the
//     ones all.mjs packed);
//  2. copy the app template (tests/consumers/vite-app/) into a work folder outside the
//     workspace, `npm install` the tarballs with React and Vite, and `vite build` it;
//  3. serve the build on a loopback port, open it in Chromium and check what a user would see.
// Prints one line per check and a closing `N passed, N failed`; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checks, clock, expectEqual, freshWork, launchBrowser, makeApp, npmInstall, runAsync, serveStatic, tarballsFor, watchedPage } from './lib.mjs';

const GOTEBORGSBLA = 'rgb(0, 118, 188)';
const { step, seconds } = clock('vite');
const work = freshWork('vite');
const tarballs = await tarballsFor(['@goteborgsstad/react'], work);
step(`tarballs ${Object.values(tarballs).map((file) => path.basename(file)).join(', ')}`);
const app = makeApp('vite-app', work, tarballs);
await npmInstall(app);
step('installed');
await runAsync('npm', ['run', 'build', '--silent'], app);
step('built');

// --- serve ------------------------------------------------------------------------------
const server = await serveStatic(path.join(app, 'dist'));
const origin = server.origin;

// --- checks -----------------------------------------------------------------------------
const { check, summary } = checks();

const browser = await launchBrowser();
try {
  const { page, problems: pageErrors } = await watchedPage(browser);
  await page.goto(origin, { waitUntil: 'load' });
  await page.getByTestId('override').waitFor({ timeout: 15_000 });

  const css = (testId, property) =>
    page.getByTestId(testId).evaluate((element, prop) => getComputedStyle(element).getPropertyValue(prop), property);

  await check('renders without page errors', () => expectEqual(pageErrors.join(' | '), '', 'errors'));

  await check('light: Göteborgsblå from the tokens', async () =>
    expectEqual(await css('light-brand', 'background-color'), GOTEBORGSBLA, 'background-color'));
  await check('dark: Göteborgsblå from the tokens', async () =>
    expectEqual(await css('dark-brand', 'background-color'), GOTEBORGSBLA, 'background-color'));
  await check('light: primary action is Göteborgsblå', async () =>
    expectEqual(await css('light-action', 'background-color'), GOTEBORGSBLA, 'background-color'));
  await check('dark: primary action switches to the dark theme value (Ljusblå)', async () =>
    expectEqual(await css('dark-action', 'background-color'), 'rgb(191, 228, 242)', 'background-color'));

  await check('library CSS arrives with the JS import: themed providers paint their surface', async () => {
    expectEqual(await css('light', 'background-color'), 'rgb(255, 255, 255)', 'light surface');
    expectEqual(await css('dark', 'background-color'), 'rgb(0, 0, 0)', 'dark surface');
    expectEqual(await css('dark', 'color'), 'rgb(255, 255, 255)', 'dark text');
  });

  await check("a consumer's plain class overrides library CSS without !important", async () => {
    const own = readFileSync(path.join(app, 'src/app.css'), 'utf8');
    if (own.includes('!important')) throw new Error('the app CSS must not use !important');
    expectEqual(await page.getByTestId('override').getAttribute('class'), 'gbg-provider consumer-override', 'class');
    expectEqual(await css('override', 'background-color'), 'rgb(255, 205, 55)', 'background-color');
  });

  await check('provider sets lang and the built-in strings follow it', async () => {
    expectEqual(await page.getByTestId('dark').getAttribute('lang'), 'en', 'lang');
    expectEqual(await page.getByTestId('dark').getAttribute('data-gbg-theme'), 'dark', 'data-gbg-theme');
    expectEqual(await page.getByTestId('light-strings').textContent(), 'sv: Stäng', 'sv strings');
    expectEqual(await page.getByTestId('dark-strings').textContent(), 'en: Close', 'en strings');
  });

  await check('base.css: body font comes from the font token', async () => {
    const [font, token] = await page.evaluate(() => [
      getComputedStyle(document.body).fontFamily,
      getComputedStyle(document.documentElement).getPropertyValue('--gbg-font-family-sans').trim(),
    ]);
    if (!token) throw new Error('--gbg-font-family-sans is not defined');
    expectEqual(font.replace(/["']/g, ''), token.replace(/["']/g, ''), 'font-family');
  });

  await check('package ships dist/styles.css with the layer order and gbg- classes', () => {
    const styles = readFileSync(path.join(app, 'node_modules/@goteborgsstad/react/dist/styles.css'), 'utf8');
    if (!styles.startsWith('@layer gbg, gbg.base, gbg.components;')) throw new Error('no layer order first');
    if (!styles.includes('.gbg-provider[data-gbg-theme]')) throw new Error('no .gbg-provider rule');
    if (/!important/.test(styles)) throw new Error('styles.css uses !important');
  });
} finally {
  await browser.close();
  await server.close();
}

step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
