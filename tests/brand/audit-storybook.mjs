#!/usr/bin/env node
// Brand audit of every story of our own Storybook, in the light and the dark theme, with the
// same rules as `gbg-brand audit` (text colour, palette, contrast, UI parts, icons, logo).
//  1. build Storybook into storybook-static/ when it is missing or older than the sources
//     (`--build` forces a build, `--reuse` never builds);
//  2. serve it on a loopback port, read index.json;
//  3. one Chromium, `--jobs` pages in parallel (default 4: two per theme, each with half of the
//     stories): open iframe.html once with the theme in the URL globals, switch stories over the
//     preview channel, wait until the preview has finished rendering (play functions included)
//     and audit `#storybook-root`.
// Prints the findings of each failing story and a closing `N passed, N failed`; exits 1 on any
// failure, 2 when it cannot run.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumPath } from '../../scripts/chromium.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const args = new Set(argv);
// `--static <dir>` audits another build (default: storybook-static/ at the root).
const staticAt = argv.indexOf('--static');
const staticDir = staticAt >= 0 && argv[staticAt + 1] ? path.resolve(argv[staticAt + 1]) : path.join(root, 'storybook-static');
const started = Date.now();
const THEMES = ['light', 'dark'];
const jobsAt = argv.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(argv[jobsAt + 1]) : 4;
if (!Number.isInteger(jobs) || jobs < THEMES.length || jobs % THEMES.length !== 0) {
  console.error(`audit-storybook: --jobs wants a multiple of ${THEMES.length} (pages per theme × themes), not "${argv[jobsAt + 1]}"`);
  process.exit(2);
}
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

/** Newest modification time under a folder (sources only). */
function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.vitest')) continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const index = path.join(staticDir, 'index.json');
const stale = () => {
  const built = statSync(index).mtimeMs;
  return ['packages/react/src', 'packages/icons/src', 'packages/tokens/dist', '.storybook', 'docs'].some((d) => newest(path.join(root, d)) > built);
};
if (!args.has('--reuse') && (args.has('--build') || !existsSync(index) || stale())) {
  console.log(`audit-storybook: building Storybook into ${path.relative(root, staticDir) || '.'} (${seconds()} s)`);
  execFileSync('pnpm', ['exec', 'storybook', 'build', '--quiet', '-o', staticDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
if (!existsSync(index)) {
  console.error('audit-storybook: storybook-static/index.json is missing; run `pnpm build-storybook`.');
  process.exit(2);
}

const engine = path.join(root, 'packages/brand-check/dist/audit/run.js');
if (!existsSync(engine)) execFileSync('pnpm', ['--filter', '@goteborgsstad/brand-check', 'run', 'build'], { cwd: root, stdio: 'inherit' });
const { auditLoadedPage, launchChromium } = await import(pathToFileURL(engine).href);
const { loadBrand, readThemeColors, withThemeColors } = await import(pathToFileURL(path.join(root, 'packages/brand-check/dist/index.js')).href);
// Sub-brand stories show a company's own colours: audit them with the themes' palettes, as a
// company's own `gbg-brand` config ("themes") would. Every other story keeps the city palette.
const themesDir = path.join(root, 'tokens/themes');
const themeFiles = existsSync(themesDir) ? readdirSync(themesDir).filter((f) => f.endsWith('.tokens.json')).map((f) => path.join(themesDir, f)) : [];
const themedBrand = themeFiles.length ? withThemeColors(loadBrand(), readThemeColors(themeFiles)) : undefined;
const SUB_BRAND_STORIES = /^Varumärke\/Underprofiler/;

const stories = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries).filter((e) => e.type === 'story');
console.log(`audit-storybook: ${stories.length} stories × ${THEMES.length} themes (${seconds()} s)`);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = path.join(staticDir, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(staticDir) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

let browser;
try {
  browser = await launchChromium(chromiumPath);
} catch (error) {
  console.error(`audit-storybook: ${error.message}`);
  server.close();
  process.exit(2);
}

const total = stories.length * THEMES.length;

/**
 * One worker per page, for one theme and its share of the stories: open iframe.html once with
 * the theme in the URL globals, then switch stories over the preview channel (as Storybook's
 * test runner does) — a page load per story costs ten times more. A story that navigates away
 * gets a fresh page load for the next one.
 */
async function worker(theme, share) {
  // Reduced motion: an entry transition must not be caught half-way.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  let ready = false;
  for (const story of share) {
    const label = `${story.title} › ${story.name} [${theme}]`;
    try {
      if (!ready) {
        // Axe already runs in the story tests: keep the a11y addon manual here.
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=theme:${theme};a11y.manual:!true`, { waitUntil: 'load', timeout: 60_000 });
        ready = true;
      } else {
        await page.evaluate((id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' }), story.id);
      }
      const phase = await page.waitForFunction(
        (id) => {
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          if (!render || render.id !== id) return false;
          return ['finished', 'errored', 'aborted'].includes(render.phase) ? render.phase : false;
        },
        story.id,
        { timeout: 60_000, polling: 20 },
      );
      const ended = await phase.jsonValue();
      if (ended !== 'finished') {
        report({ label, failed: true, lines: [`the story did not render (${ended})`] });
        continue;
      }
      // A story's CSS chunk can arrive after its first render; fonts change which text is large.
      await page.waitForFunction(() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((l) => l.sheet), null, { timeout: 30_000 });
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const { findings: all } = await auditLoadedPage(page, { root: '#storybook-root', ...(themedBrand && SUB_BRAND_STORIES.test(story.title) ? { brand: themedBrand } : {}) });
      // This repository never holds the official logo files, so its stories draw the placeholder
      // on purpose: here that finding is a note, not a failure (a product's audit fails on it).
      const findings = all.map((f) => (f.rule === 'logo' && f.value === 'placeholder' ? { ...f, severity: 'warning' } : f));
      report({
        label,
        failed: findings.some((f) => f.severity === 'error'),
        lines: findings.map((f) => `${f.severity === 'error' ? 'error  ' : 'warning'} ${f.rule}  ${f.selector ?? ''}  ${f.message}${f.suggestion && !f.message.includes(f.suggestion) ? ` → ${f.suggestion}` : ''}`),
      });
    } catch (error) {
      ready = false;
      report({ label, failed: true, lines: [`could not audit: ${error.message.split('\n')[0]}`] });
    }
  }
  await context.close();
}

let passed = 0;
let failed = 0;
/** Print a story's findings as soon as they are known. */
function report(r) {
  if (r.failed) failed++;
  else passed++;
  if (r.lines.length) {
    console.log(`${r.failed ? 'FAIL' : 'warn'}  ${r.label}`);
    for (const line of r.lines) console.log(`      ${line}`);
  }
  if ((passed + failed) % 100 === 0) console.log(`audit-storybook: ${passed + failed} of ${total} audited (${seconds()} s)`);
}

try {
  // Every story in every theme, each exactly once: a theme's stories in consecutive runs, one per
  // page, so a page loads the chunks of its own components only.
  const perTheme = jobs / THEMES.length;
  const size = Math.ceil(stories.length / perTheme);
  await Promise.all(
    THEMES.flatMap((theme) => Array.from({ length: perTheme }, (_, k) => worker(theme, stories.slice(k * size, (k + 1) * size)))),
  );
} finally {
  await browser.close();
  server.close();
}

console.log(`audit-storybook: done in ${seconds()} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
