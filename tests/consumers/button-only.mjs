#!/usr/bin/env node
// Consumer test: an app that imports only `Button` gets Button's JS and CSS and nothing of the
// other components (tree-shaking through the package entry, CSS imported per module).
//  1. `pnpm pack` react and its workspace dependencies (built beforehand; built here if dist/ is missing) into
//     .work/button-only/ (fresh every run, so the test never sees an older tarball);
//  2. copy button-only-app/ there, `npm install` the tarballs, `vite build`;
//  3. read the built CSS and JS, and check the button's look in Chromium.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const work = path.join(here, '.work', 'button-only');
const app = path.join(work, 'app');
const started = Date.now();

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: '1' } });
}
function step(message) {
  console.log(`button-only: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// --- tarballs ---------------------------------------------------------------------------
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// The library and every workspace package it depends on (tokens, icons…), each as a tarball.
const reactManifest = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8'));
const workspaceDeps = Object.keys(reactManifest.dependencies ?? {}).filter((name) => name.startsWith('@goteborgsstad/'));
const packages = [
  ...workspaceDeps.map((name) => ({ name, dir: `packages/${name.split('/')[1]}`, built: 'dist' })),
  { name: '@goteborgsstad/react', dir: 'packages/react', built: 'dist/index.js' },
];
const tarballs = {};
for (const pkg of packages) {
  const dir = path.join(root, pkg.dir);
  if (!existsSync(path.join(dir, pkg.built))) run('pnpm', ['run', 'build'], dir);
  const before = new Set(readdirSync(work));
  run('pnpm', ['pack', '--pack-destination', work], dir);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz') && !before.has(file));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`);
  tarballs[pkg.name] = tarball;
}
step(`tarballs ${Object.values(tarballs).join(', ')}`);

// --- app --------------------------------------------------------------------------------
cpSync(path.join(here, 'button-only-app'), app, {
  recursive: true,
  filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source),
});
const manifestPath = path.join(app, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
for (const [name, file] of Object.entries(tarballs)) manifest.dependencies[name] = `file:../${file}`;
// The react tarball names its workspace dependencies by version; point them at the tarballs.
manifest.overrides = Object.fromEntries(workspaceDeps.map((name) => [name, `$${name}`]));
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], app);
step('installed');
run('npm', ['run', 'build', '--silent'], app);
step('built');

const dist = path.join(app, 'dist');
const assets = readdirSync(path.join(dist, 'assets'));
const read = (ext) =>
  assets.filter((file) => file.endsWith(ext)).map((file) => readFileSync(path.join(dist, 'assets', file), 'utf8')).join('\n');
const css = read('.css');
const js = read('.js');

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
const classesIn = (text) => new Set(text.match(/\bgbg-[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []);

// Class names of components the app does not use (their roots, as the library names them).
const OTHERS = ['gbg-text-field', 'gbg-field', 'gbg-select', 'gbg-error-summary', 'gbg-choice', 'gbg-switch', 'gbg-search-field', 'gbg-textarea', 'gbg-fieldset', 'gbg-logo'];

await check("CSS has Button's rules", () => {
  for (const name of ['.gbg-button', '.gbg-button--variant-primary', '.gbg-button-content']) {
    if (!css.includes(name)) throw new Error(`missing ${name}`);
  }
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

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
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
  server.close();
}

step('done');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
