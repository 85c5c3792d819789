#!/usr/bin/env node
// Consumer test: a Next.js App Router app built from the packed tarballs.
//  1. pack react and its workspace dependencies (or take the ones all.mjs packed);
//  2. copy next-app/ into a work folder, `npm install`, `next build`, `next start`;
//  3. read the first HTML response (the CSS must be linked there, not injected later), then open
//     the page in Chromium: no console errors or hydration warnings, the Server Component page
//     renders our components styled, the client form works, and our Link and Button navigate
//     client-side through `next/link` (given to GbgProvider as `linkComponent`).
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import path from 'node:path';
import {
  expectClientSideNavigation,
  checks,
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

const { step, seconds } = clock('next');
const work = freshWork('next');
const tarballs = await tarballsFor(['@goteborgsstad/react'], work);
const app = makeApp('next-app', work, tarballs);
await npmInstall(app);
step('installed');
let buildOutput = '';
try {
  buildOutput = await runAsync('npm', ['run', 'build', '--silent'], app);
} catch (error) {
  // A failed build is the finding (e.g. a prop a Server Component cannot pass): report it.
  console.log(`not ok - next build: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
step('built');

const { check, summary } = checks();
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = await startServer(
  process.execPath,
  [path.join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
  app,
  origin,
);
const browser = await launchBrowser();
try {
  await check('next build: the Server Component page is prerendered as static', () => {
    if (!/○ \/\s/.test(buildOutput) && !/○ \/$/m.test(buildOutput)) throw new Error(`route / not static:\n${buildOutput}`);
  });

  // --- the first HTML response -----------------------------------------------------------
  const html = await (await fetch(origin)).text();
  const sheets = stylesheetLinks(html, origin);
  const css = (await Promise.all(sheets.map(async (url) => (await fetch(url)).text()))).join('\n');
  await check('first HTML response links the CSS (no flash of unstyled content)', () => {
    if (sheets.length === 0) throw new Error('no <link rel="stylesheet"> in the server HTML');
    for (const needle of ['--gbg-color-', '.gbg-button', '.gbg-text-field', '.gbg-logo', '@layer gbg']) {
      if (!css.includes(needle)) throw new Error(`linked CSS lacks ${needle}`);
    }
  });
  await check('first HTML response has the rendered components, not an empty shell', () => {
    for (const needle of ['Ansök om förskoleplats', 'class="gbg-button', 'data-gbg-logo=', 'href="/om"', '<svg']) {
      if (!html.includes(needle)) throw new Error(`server HTML lacks ${needle}`);
    }
  });

  // --- in the browser -----------------------------------------------------------------------
  const { page, problems } = await watchedPage(browser);
  await page.goto(origin, { waitUntil: 'networkidle' });
  await page.getByTestId('main').waitFor({ timeout: 15_000 });

  await check('Button as a link with iconAfter={ChevronRightIcon} from a Server Component', async () => {
    const look = await page.getByTestId('button-link').evaluate((element) => ({
      tag: element.tagName,
      href: element.getAttribute('href'),
      background: getComputedStyle(element).backgroundColor,
      icons: element.querySelectorAll('svg').length,
    }));
    expectEqual(look.tag, 'A', 'element');
    expectEqual(look.href, '/om', 'href');
    expectEqual(look.background, 'rgb(0, 118, 188)', 'background');
    expectEqual(look.icons, 1, 'icons in the button');
  });
  await check('Icon icon={InfoIcon} from a Server Component draws an SVG', async () => {
    expectEqual(await page.getByTestId('intro').locator('svg').count(), 1, 'svg in the text');
  });
  await check('Logo renders with its marker', async () => {
    const marker = await page.getByTestId('logo').getAttribute('data-gbg-logo');
    if (marker !== 'placeholder' && marker !== 'official') throw new Error(`data-gbg-logo=${marker}`);
  });
  await check('client form: typing and submitting updates the page (hydrated)', async () => {
    await page.getByLabel('Ditt namn').fill('Anna');
    await page.getByRole('button', { name: 'Skicka' }).click();
    expectEqual(await page.getByTestId('thanks').textContent(), 'Tack, Anna!', 'thanks');
  });

  const navigatesClientSide = (testId) => expectClientSideNavigation(page, origin, testId);
  await check('our Link navigates client-side through next/link', () => navigatesClientSide('link'));
  await check('our Button href navigates client-side through next/link', () => navigatesClientSide('button-link'));

  await check('no console errors, page errors or hydration warnings', () => {
    if (problems.length > 0) throw new Error(problems.join(' | '));
  });
} finally {
  await browser.close();
  server.stop();
}

step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
