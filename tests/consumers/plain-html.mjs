#!/usr/bin/env node
// Consumer test: a plain HTML page (no React, no bundler, no JS) that links only the two
// stylesheets the docs name — `@goteborgsstad/tokens/tokens.css` and
// `@goteborgsstad/react/styles.css`, copied out of the installed tarballs — and uses `gbg-`
// classes. Checks in Chromium that the classes paint the brand, themes nest with
// `data-gbg-theme`, and prints the bytes this way delivers.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checks, clock, expectEqual, freshWork, here, launchBrowser, npmInstall, serveStatic, tarballsFor, watchedPage } from './lib.mjs';

const { step, seconds } = clock('plain-html');
const work = freshWork('plain-html');
const tarballs = await tarballsFor(['@goteborgsstad/react', '@goteborgsstad/tokens'], work);

// Install the tarballs as a server's build step would, then copy the two stylesheets out.
const install = path.join(work, 'install');
mkdirSync(install, { recursive: true });
writeFileSync(
  path.join(install, 'package.json'),
  JSON.stringify({
    private: true,
    dependencies: Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])),
    overrides: Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`])),
  }),
);
// No React: the page needs the CSS only, so peer dependencies are not installed.
await npmInstall(install, ['--legacy-peer-deps']);
step('installed');
const site = path.join(work, 'site');
mkdirSync(path.join(site, 'css'), { recursive: true });
cpSync(path.join(here, 'plain-html/index.html'), path.join(site, 'index.html'));
const tokensCss = path.join(install, 'node_modules/@goteborgsstad/tokens/dist/css/tokens.css');
const stylesCss = path.join(install, 'node_modules/@goteborgsstad/react/dist/styles.css');
copyFileSync(tokensCss, path.join(site, 'css/tokens.css'));
copyFileSync(stylesCss, path.join(site, 'css/styles.css'));

const { check, summary } = checks();
const server = await serveStatic(site);
const browser = await launchBrowser();
try {
  const { page, problems } = await watchedPage(browser);
  await page.goto(server.origin, { waitUntil: 'load' });
  const look = (testId) =>
    page.getByTestId(testId).evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, color: style.color, height: element.getBoundingClientRect().height };
    });

  await check('the page runs no script', async () => expectEqual(await page.locator('script').count(), 0, 'scripts'));
  await check('gbg-button primary: Göteborgsblå with white text, at least 44 px high', async () => {
    const primary = await look('primary');
    expectEqual(primary.background, 'rgb(0, 118, 188)', 'background');
    expectEqual(primary.color, 'rgb(255, 255, 255)', 'color');
    if (primary.height < 44) throw new Error(`height ${primary.height}`);
  });
  await check('gbg-button secondary differs from primary (variant classes apply)', async () => {
    const secondary = await look('secondary');
    if (secondary.background === 'rgb(0, 118, 188)') throw new Error('secondary painted like primary');
  });
  await check('data-gbg-theme="dark" nests: dark surface and the dark primary (Ljusblå)', async () => {
    expectEqual((await look('dark')).background, 'rgb(0, 0, 0)', 'dark surface');
    expectEqual((await look('dark-primary')).background, 'rgb(191, 228, 242)', 'dark primary');
  });
  await check('gbg-link is coloured from the tokens', async () => {
    const { color } = await look('link');
    if (color === 'rgb(0, 0, 238)') throw new Error('link keeps the browser default colour');
  });
  await check('no console errors or failed requests', () => {
    if (problems.length > 0) throw new Error(problems.join(' | '));
  });
} finally {
  await browser.close();
  await server.close();
}

const bytes = (file) => {
  const text = readFileSync(file);
  return { raw: text.length, gzip: gzipSync(text).length };
};
const t = bytes(tokensCss);
const s = bytes(stylesCss);
console.log(
  `plain-html: CSS delivered: tokens.css ${t.raw} B (${t.gzip} B gzip) + styles.css ${s.raw} B (${s.gzip} B gzip) = ${t.raw + s.raw} B (${t.gzip + s.gzip} B gzip)`,
);
step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
