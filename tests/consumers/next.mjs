#!/usr/bin/env node
// Consumer test: a Next.js App Router app built from the packed tarballs.
//  1. pack react and its workspace dependencies (or take the ones all.mjs packed);
//  2. copy next-app/ into a work folder, `npm install`, `next build`, `next start`;
//  3. read the first HTML response (the CSS must be linked there, not injected later), then open
//     the page in Chromium: no console errors or hydration warnings, the Server Component page
//     renders our components styled, the client form works, and our Link and Button navigate
//     client-side through `next/link` (given to GbgProvider as `linkComponent`);
//  4. /mallar, a Server Component page with the page templates' composition (Header, Breadcrumbs,
//     Alert, BackLink, Grid layout, TableOfContents, Pagination with hrefTemplate, Footer): static
//     build, and the server HTML (read with JavaScript off) has one banner, main and contentinfo
//     and only named, distinct navigations; hydrates cleanly; its links navigate client-side;
//     /mallar/e-tjanst, the e-service step (ErrorSummary, TextField, CheckboxGroup, Button).
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { readFileSync } from 'node:fs';
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

  await check('next build: the templates page /mallar (Server Component, no "use client") is prerendered as static', () => {
    // The point of the page: it stays a Server Component. A 'use client' here would hide a library bug.
    if (/^\s*['"]use client['"]/m.test(readFileSync(path.join(app, 'app/mallar/page.jsx'), 'utf8'))) throw new Error('app/mallar/page.jsx says "use client"');
    if (!/○ \/mallar\b/.test(buildOutput)) throw new Error(`route /mallar not static:\n${buildOutput}`);
  });
  await check('next build: the e-service step page /mallar/e-tjanst (Server Component) is prerendered as static', () => {
    if (/^\s*['"]use client['"]/m.test(readFileSync(path.join(app, 'app/mallar/e-tjanst/page.jsx'), 'utf8'))) throw new Error('app/mallar/e-tjanst/page.jsx says "use client"');
    if (!/○ \/mallar\/e-tjanst\b/.test(buildOutput)) throw new Error(`route /mallar/e-tjanst not static:\n${buildOutput}`);
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

  // --- /mallar: the page templates from a Server Component ---------------------------------
  const templateHtml = await (await fetch(`${origin}/mallar`)).text();
  await check('/mallar server HTML: Pagination links from hrefTemplate, Grid layout, Header and Footer classes', () => {
    for (const needle of ['href="/mallar?sida=3"', 'data-layout="main-sidebar"', 'class="gbg-grid-item', 'class="gbg-header', 'class="gbg-footer', 'data-gbg-logo=']) {
      if (!templateHtml.includes(needle)) throw new Error(`server HTML lacks ${needle}`);
    }
  });
  // The server HTML as a browser without JavaScript shows it: the landmarks exist before hydration.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    const serverPage = await noScript.newPage();
    await serverPage.goto(`${origin}/mallar`, { waitUntil: 'load' });
    await check('/mallar server HTML: exactly one banner, one main and one contentinfo landmark', async () => {
      for (const role of ['banner', 'main', 'contentinfo']) {
        expectEqual(await serverPage.getByRole(role).count(), 1, `${role} landmarks`);
      }
      expectEqual(await serverPage.getByRole('main').getAttribute('id'), 'huvudinnehall', 'main id (skip link target)');
      expectEqual(await serverPage.getByRole('link', { name: 'Hoppa till huvudinnehållet' }).getAttribute('href'), '#huvudinnehall', 'skip link');
    });
    await check('/mallar server HTML: every navigation named, names distinct, the frame and template navigations present', async () => {
      const names = await serverPage.getByRole('navigation').evaluateAll((navs) =>
        navs.map((nav) => {
          const labelledBy = nav.getAttribute('aria-labelledby');
          const byId = labelledBy ? labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
          return (nav.getAttribute('aria-label') ?? byId).trim();
        }),
      );
      if (names.some((name) => name === '')) throw new Error(`a navigation without a name: ${JSON.stringify(names)}`);
      if (new Set(names).size !== names.length) throw new Error(`navigation names repeat: ${JSON.stringify(names)}`);
      for (const expected of ['Huvudmeny', 'Språk', 'Brödsmulor', 'Innehåll på sidan', 'Sidnumrering']) {
        if (!names.includes(expected)) throw new Error(`no navigation "${expected}" in ${JSON.stringify(names)}`);
      }
    });
    await check('/mallar server HTML: one h1, the aside named, current page marked in breadcrumbs and pagination', async () => {
      expectEqual(await serverPage.getByRole('heading', { level: 1 }).count(), 1, 'h1 headings');
      expectEqual(await serverPage.getByRole('complementary', { name: 'Kontakt' }).count(), 1, 'aside "Kontakt"');
      const current = await serverPage.locator('[aria-current="page"]').evaluateAll((elements) => elements.map((element) => element.textContent?.trim()));
      for (const text of ['Parkeringstillstånd för boende', '2']) {
        if (!current.some((value) => value?.includes(text))) throw new Error(`no aria-current="page" on ${text}: ${JSON.stringify(current)}`);
      }
    });
    await serverPage.goto(`${origin}/mallar/e-tjanst`, { waitUntil: 'load' });
    await check('/mallar/e-tjanst server HTML: one banner, main and contentinfo; the error summary links to the field; the field is invalid', async () => {
      for (const role of ['banner', 'main', 'contentinfo']) {
        expectEqual(await serverPage.getByRole(role).count(), 1, `${role} landmarks`);
      }
      expectEqual(await serverPage.getByRole('heading', { level: 1 }).textContent(), 'Dina uppgifter', 'h1');
      const link = serverPage.getByRole('link', { name: /Ange en e-postadress med @/ });
      expectEqual(await link.getAttribute('href'), '#steg-epost', 'error summary link');
      expectEqual(await serverPage.getByRole('textbox', { name: 'E-postadress' }).getAttribute('aria-invalid'), 'true', 'aria-invalid');
      expectEqual(await serverPage.getByRole('checkbox', { name: 'E-post' }).isChecked(), true, 'default checkbox');
    });
  } finally {
    await noScript.close();
  }

  const templates = await watchedPage(browser);
  await check('/mallar: BackLink navigates client-side through next/link', async () => {
    await templates.page.goto(`${origin}/mallar`, { waitUntil: 'load' });
    // Header's menu button exists only once the page has hydrated (hidden on wide screens).
    await templates.page.locator('.gbg-header button[aria-expanded]').waitFor({ state: 'attached', timeout: 15_000 });
    await templates.page.evaluate(() => (window.__gbgMarker = 'same document'));
    await templates.page.getByTestId('back-link').click();
    await templates.page.getByTestId('about').waitFor({ timeout: 10_000 });
    expectEqual(new URL(templates.page.url()).pathname, '/om', 'path');
    expectEqual(await templates.page.evaluate(() => window.__gbgMarker), 'same document', 'window marker after navigation');
  });
  await check('/mallar: no console errors, page errors or hydration warnings', () => {
    if (templates.problems.length > 0) throw new Error(templates.problems.join(' | '));
  });
  await check('/mallar/e-tjanst: hydrates cleanly and the error summary takes focus', async () => {
    await templates.page.goto(`${origin}/mallar/e-tjanst`, { waitUntil: 'load' });
    // Focus moves in an effect, so it proves the page hydrated.
    await templates.page.waitForFunction(() => document.activeElement?.closest('.gbg-error-summary') != null, null, { timeout: 10_000 });
    if (templates.problems.length > 0) throw new Error(templates.problems.join(' | '));
  });
} finally {
  await browser.close();
  server.stop();
}

step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
