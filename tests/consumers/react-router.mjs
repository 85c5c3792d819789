#!/usr/bin/env node
// Consumer test: a React Router v7 app in framework mode with server rendering, built from the
// packed tarballs.
//  1. pack react and its workspace dependencies (or take the ones all.mjs packed);
//  2. copy react-router-app/ into a work folder, `npm install`, `react-router build`, start
//     `react-router-serve`;
//  3. check the server HTML (components rendered, CSS linked), then in Chromium: no console
//     errors or hydration warnings, state works after hydration, and our Link and Button
//     navigate client-side through React Router's Link (a three-line `href` → `to` adapter given
//     to GbgProvider as `linkComponent`).
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import path from 'node:path';
import {
  expectClientSideNavigation,
  checks,
  childEnv,
  clock,
  expectEqual,
  freePort,
  freshWork,
  launchBrowser,
  makeApp,
  npmInstall,
  runAsync,
  startServer,
  stylesheetLinks,
  tarballsFor,
  watchedPage,
} from './lib.mjs';

const { step, seconds } = clock('react-router');
const work = freshWork('react-router');
const tarballs = await tarballsFor(['@goteborgsstad/react'], work);
const app = makeApp('react-router-app', work, tarballs);
await npmInstall(app);
step('installed');
try {
  await runAsync('npm', ['run', 'build', '--silent'], app);
} catch (error) {
  console.log(`not ok - react-router build: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
step('built');

const { check, summary } = checks();
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = await startServer(
  process.execPath,
  [path.join(app, 'node_modules/@react-router/serve/bin.js'), './build/server/index.js'],
  app,
  origin,
  { ...childEnv, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
);
const browser = await launchBrowser();
try {
  const html = await (await fetch(origin)).text();
  const sheets = stylesheetLinks(html, origin);
  const css = (await Promise.all(sheets.map(async (url) => (await fetch(url)).text()))).join('\n');
  await check('server HTML has the rendered components', () => {
    for (const needle of ['Ansök om förskoleplats', 'class="gbg-button', 'class="gbg-link', 'href="/om"', '<svg']) {
      if (!html.includes(needle)) throw new Error(`server HTML lacks ${needle}`);
    }
  });
  await check('server HTML links the CSS (tokens and the components used)', () => {
    if (sheets.length === 0) throw new Error('no <link rel="stylesheet"> in the server HTML');
    for (const needle of ['--gbg-color-', '.gbg-button', '.gbg-link', '.gbg-text-field', '@layer gbg']) {
      if (!css.includes(needle)) throw new Error(`linked CSS lacks ${needle}`);
    }
  });

  const { page, problems } = await watchedPage(browser);
  await page.goto(origin, { waitUntil: 'networkidle' });
  await page.getByTestId('main').waitFor({ timeout: 15_000 });

  await check('Button href is a styled link with its icon', async () => {
    const look = await page.getByTestId('button-link').evaluate((element) => ({
      tag: element.tagName,
      background: getComputedStyle(element).backgroundColor,
      icons: element.querySelectorAll('svg').length,
    }));
    expectEqual(look.tag, 'A', 'element');
    expectEqual(look.background, 'rgb(0, 118, 188)', 'background');
    expectEqual(look.icons, 1, 'icons in the button');
  });
  await check('state works after hydration (controlled TextField)', async () => {
    await page.getByLabel('Ditt namn').fill('Anna');
    expectEqual(await page.getByTestId('echo').textContent(), 'Hej, Anna!', 'echo');
  });

  const navigatesClientSide = (testId) => expectClientSideNavigation(page, origin, testId);
  await check("our Link navigates client-side through React Router's Link", () => navigatesClientSide('link'));
  await check("our Button href navigates client-side through React Router's Link", () => navigatesClientSide('button-link'));

  await check('no console errors, page errors or hydration warnings', () => {
    if (problems.length > 0) throw new Error(problems.join(' | '));
  });
} finally {
  await browser.close();
  server.stop();
}

step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
