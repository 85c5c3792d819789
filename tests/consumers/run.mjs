#!/usr/bin/env node
// Consumer test: the packages as an app gets them from the registry.
//  1. `pnpm pack` @goteborgsstad/tokens and @goteborgsstad/react (built beforehand; built here
//     if dist/ is missing) into tests/consumers/.work/;
//  2. copy the app template (tests/consumers/vite-app/), `npm install` the tarballs with React
//     and Vite, and `vite build` it;
//  3. serve the build on a loopback port, open it in Chromium and check what a user would see.
// Prints one line per check and a closing `N passed, N failed`; exits 1 on any failure.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, mkdirSync, cpSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const work = path.join(here, '.work');
const app = path.join(work, 'vite-app');
const started = Date.now();

const GOTEBORGSBLA = 'rgb(0, 118, 188)';

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: '1' } });
}

const runAsync = (command, args, cwd) =>
  promisify(execFile)(command, args, { cwd, env: { ...process.env, CI: '1' }, maxBuffer: 16 * 1024 * 1024 });

function step(message) {
  console.log(`consumers: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// --- pack -------------------------------------------------------------------------------
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// @goteborgsstad/react and every workspace package it depends on (tokens, icons, ...): an app
// must get all of them from tarballs, none from the registry.
const workspaceDirs = Object.fromEntries(
  readdirSync(path.join(root, 'packages')).flatMap((dir) => {
    const manifestFile = path.join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifestFile)) return [];
    return [[JSON.parse(readFileSync(manifestFile, 'utf8')).name, path.join(root, 'packages', dir)]];
  }),
);
const packages = [];
const queue = ['@goteborgsstad/react'];
while (queue.length > 0) {
  const name = queue.shift();
  if (packages.some((pkg) => pkg.name === name)) continue;
  const dir = workspaceDirs[name];
  if (!dir) throw new Error(`${name} is not a workspace package`);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  packages.push({ name, dir });
  for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
    if (String(range).startsWith('workspace:')) queue.push(dep);
  }
}
for (const pkg of packages) {
  if (!existsSync(path.join(pkg.dir, 'dist'))) {
    step(`building ${pkg.name}`);
    run('pnpm', ['run', 'build'], pkg.dir);
  }
}
// Packing is independent per package: run the packs side by side.
const tarballs = {};
await Promise.all(
  packages.map(async (pkg) => {
    const { version } = JSON.parse(readFileSync(path.join(pkg.dir, 'package.json'), 'utf8'));
    await runAsync('pnpm', ['pack', '--pack-destination', work], pkg.dir);
    const tarball = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
    if (!existsSync(path.join(work, tarball))) throw new Error(`pnpm pack wrote no ${tarball}`);
    tarballs[pkg.name] = tarball;
  }),
);
step(`packed ${Object.values(tarballs).join(', ')}`);

// --- fresh app --------------------------------------------------------------------------
cpSync(path.join(here, 'vite-app'), app, {
  recursive: true,
  filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source),
});
const manifestPath = path.join(app, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
for (const [name, file] of Object.entries(tarballs)) manifest.dependencies[name] = `file:../${file}`;
// Packed manifests depend on each other by version; point those at the local tarballs too.
manifest.overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]));
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], app);
step('installed');
run('npm', ['run', 'build', '--silent'], app);
step('built');

// --- serve ------------------------------------------------------------------------------
const dist = path.join(app, 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// --- checks -----------------------------------------------------------------------------
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function expectEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
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
  server.close();
}

step('done');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
