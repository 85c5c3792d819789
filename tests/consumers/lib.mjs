// Shared plumbing of the consumer tests: pack the workspace packages with `pnpm pack` (which turns
// `workspace:^` into versions), copy an app template into a work folder outside the workspace,
// install with plain npm, serve, open in Chromium, and report `ok`/`not ok` lines.
// Every consumer script can run on its own (`node tests/consumers/next.mjs`); `all.mjs` packs
// once and hands the tarballs to each through GBG_CONSUMER_TARBALLS.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');

/**
 * Work folders live outside the workspace so no app sees the workspace's lockfile or
 * node_modules; one folder per run (all.mjs passes its own down), so two people's runs on one
 * machine never share a folder. Removed when the run passes; kept for a look when it fails, or
 * always with GBG_CONSUMER_KEEP=1.
 */
export const workRoot = process.env.GBG_CONSUMER_WORK || path.join(tmpdir(), `gbg-consumers-${process.pid}`);
const keep = process.env.GBG_CONSUMER_KEEP === '1';

/** Child processes get CI=1 (no prompts, no colour) and no telemetry. */
/**
 * The environment of a consumer app's commands: nothing of the workspace. pnpm puts the
 * workspace's `node_modules/.bin` first on PATH, and its `node` shim there sets NODE_PATH to the
 * workspace's hoisted store, so a consumer would resolve packages it never installed. The app gets
 * the same Node binary that runs this script (the pinned LTS), by its real folder.
 */
export const cleanEnv = (extra = {}) => {
  const { NODE_PATH: _workspaceStore, ...env } = process.env;
  const outside = (env.PATH ?? '').split(path.delimiter).filter((dir) => dir && !dir.includes(`${path.sep}node_modules${path.sep}`));
  return { ...env, PATH: [path.dirname(process.execPath), ...outside].join(path.delimiter), ...extra };
};
export const childEnv = cleanEnv({ CI: '1', NEXT_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1' });

export function run(command, args, cwd, env = childEnv) {
  return execFileSync(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }).toString();
}
export async function runAsync(command, args, cwd, env = childEnv) {
  try {
    return (await promisify(execFile)(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    // Show what the tool said; execFile's own message is only the command line.
    throw new Error(`${command} ${args.join(' ')} failed in ${path.basename(cwd)}:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  }
}

/** A clock for one test: `step('built')` prints the seconds since start. */
export function clock(label) {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  return { seconds, step: (message) => console.log(`${label}: ${message} (${seconds().toFixed(1)} s)`) };
}

function workspacePackages() {
  return Object.fromEntries(
    readdirSync(path.join(root, 'packages')).flatMap((dir) => {
      const file = path.join(root, 'packages', dir, 'package.json');
      if (!existsSync(file)) return [];
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      return manifest.private ? [] : [[manifest.name, { dir: path.join(root, 'packages', dir), manifest }]];
    }),
  );
}

/** The named packages and every workspace package they depend on, in no particular order. */
export function withWorkspaceDependencies(names) {
  const all = workspacePackages();
  const found = new Set();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.shift();
    if (found.has(name)) continue;
    if (!all[name]) throw new Error(`${name} is not a workspace package`);
    found.add(name);
    for (const [dep, range] of Object.entries(all[name].manifest.dependencies ?? {})) {
      if (String(range).startsWith('workspace:')) queue.push(dep);
    }
  }
  return [...found];
}

/**
 * `pnpm pack` each package (built first if it has no dist/) into `destination`, side by side.
 * Returns `{ [name]: absolute tarball path }`.
 */
export async function packPackages(names, destination) {
  const all = workspacePackages();
  mkdirSync(destination, { recursive: true });
  for (const name of names) {
    if (!existsSync(path.join(all[name].dir, 'dist'))) run('pnpm', ['run', 'build'], all[name].dir);
  }
  const tarballs = {};
  await Promise.all(
    names.map(async (name) => {
      const out = await runAsync('pnpm', ['pack', '--json', '--pack-destination', destination], all[name].dir);
      // pnpm prints the JSON after any prepack output; take the last JSON object.
      const json = JSON.parse(out.slice(out.indexOf('{\n')));
      const file = path.isAbsolute(json.filename) ? json.filename : path.join(destination, path.basename(json.filename));
      if (!existsSync(file)) throw new Error(`pnpm pack wrote no tarball for ${name}`);
      tarballs[name] = file;
    }),
  );
  return tarballs;
}

/**
 * Tarballs for the given packages (plus their workspace dependencies): the ones `all.mjs` packed
 * (GBG_CONSUMER_TARBALLS names a JSON file), or packed fresh into `<work>/tarballs`.
 */
export async function tarballsFor(names, work) {
  const needed = withWorkspaceDependencies(names);
  const shared = process.env.GBG_CONSUMER_TARBALLS;
  if (shared && existsSync(shared)) {
    const all = JSON.parse(readFileSync(shared, 'utf8'));
    if (needed.every((name) => all[name] && existsSync(all[name]))) {
      return Object.fromEntries(needed.map((name) => [name, all[name]]));
    }
  }
  return packPackages(needed, path.join(work, 'tarballs'));
}

/** A fresh, empty work folder for one consumer. */
export function freshWork(name) {
  const work = path.join(workRoot, name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  process.on('exit', (code) => {
    if (code === 0 && !keep) rmSync(process.env.GBG_CONSUMER_WORK ? work : workRoot, { recursive: true, force: true });
    else console.log(`${name}: work folder kept at ${work}`);
  });
  return work;
}

/**
 * Copy an app template into `<work>/app` and make it depend on the tarballs; `overrides` points
 * the tarballs' own dependencies on each other (written as versions) at the tarballs too.
 */
export function makeApp(template, work, tarballs) {
  const app = path.join(work, 'app');
  cpSync(path.join(here, template), app, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist|build|\.next)([\\/]|$)/.test(source),
  });
  const manifestPath = path.join(app, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies ??= {};
  for (const [name, file] of Object.entries(tarballs)) manifest.dependencies[name] = `file:${file}`;
  manifest.overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return app;
}

export const npmInstall = (app, extra = []) =>
  runAsync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline', ...extra], app);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serve a folder of static files on a loopback port. Returns `{ origin, close }`. */
export async function serveStatic(dir) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A free loopback port (briefly bound, then released for a child server). */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Start a long-running child (a framework's production server) and wait until `url` answers.
 * Returns `{ stop, output }`; `output()` is what the child printed so far.
 */
export async function startServer(command, args, cwd, url, env = childEnv, timeoutMs = 60_000) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // the child and anything it started
      } catch {
        /* already gone */
      }
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${command} exited before answering:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${command} did not answer ${url} within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { stop, output: () => output };
}

/** Checks that each print one line; `summary()` prints the count and returns the exit code. */
export function checks() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name, fn) {
      try {
        await fn();
        passed += 1;
        console.log(`ok - ${name}`);
      } catch (error) {
        failed += 1;
        console.log(`not ok - ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    summary() {
      console.log(`${passed} passed, ${failed} failed`);
      return failed === 0 && passed > 0 ? 0 : 1;
    },
  };
}

export function expectEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export const launchBrowser = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/**
 * A page that records page errors, console errors and any console message about hydration
 * (React 18 warns, React 19 errors) — a consumer page must produce none.
 */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat/i.test(text)) problems.push(`${message.type()}: ${text}`);
  });
  // Name the URL: the console only says "Failed to load resource".
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/** Stylesheet URLs linked from an HTML document, resolved against `base`. */
export function stylesheetLinks(html, base) {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel=["']?stylesheet/.test(tag))
    .map((tag) => new URL(tag.match(/\bhref=["']?([^"' >]+)/)[1].replace(/&amp;/g, '&'), base).href);
}

/**
 * Clicks the element with `testId` on the start page and proves the app navigated to `/om`
 * without a full page load: a marker set on `window` survives only a client-side navigation.
 */
export async function expectClientSideNavigation(page, origin, testId) {
  await page.goto(origin, { waitUntil: 'networkidle' });
  await page.evaluate(() => (window.__gbgMarker = 'same document'));
  await page.getByTestId(testId).click();
  await page.getByTestId('about').waitFor({ timeout: 10_000 });
  expectEqual(new URL(page.url()).pathname, '/om', 'path');
  expectEqual(await page.evaluate(() => window.__gbgMarker), 'same document', 'window marker after navigation');
}
