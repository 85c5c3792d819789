#!/usr/bin/env node
// Render cost of the design system: a form page built from the BUILT library (Button,
// TextField, Checkbox, RadioGroup, Select, ErrorSummary, Field) against the same form in plain
// HTML elements with hand-written CSS (pages.jsx, plain.css), plus the smaller page of issue 7
// (text field, checkbox, three radios, select, button) with element counts. Prints figures:
//   - server render: renderToString in Node (production React), median per render;
//   - client mount: createRoot + flushSync + a forced layout in Chromium (production build of
//     client.jsx), median per mount.
// Not a test: it never fails on a timing. Needs `pnpm build` first.
// Usage: node bench/render/render.bench.mjs [serverRounds=1000] [clientRounds=300]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, createReadStream } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV = 'production';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
if (!existsSync(path.join(root, 'packages/react/dist/index.js'))) {
  console.error('bench/render: build the library first (pnpm build)');
  process.exit(1);
}
const serverRounds = Number(process.argv[2] ?? 1000);
const clientRounds = Number(process.argv[3] ?? 300);

const { build, createServer } = await import('vite');
const { default: react } = await import('@vitejs/plugin-react');
const { chromium } = await import('playwright');
const { chromiumArgs, chromiumPath } = await import('../../scripts/chromium.js');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => `${(ms * 1000).toFixed(0)} µs`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

// --- server render ----------------------------------------------------------------------
const vite = await createServer({
  root: here,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  plugins: [react()],
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
const { GbgFormPage, PlainFormPage } = await vite.ssrLoadModule('/pages.jsx');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');

const pages = { gbg: GbgFormPage, plain: PlainFormPage };
const html = Object.fromEntries(Object.entries(pages).map(([name, Page]) => [name, renderToString(createElement(Page))]));
const serverTimes = { gbg: [], plain: [] };
for (let i = 0; i < 200; i += 1) for (const Page of Object.values(pages)) renderToString(createElement(Page));
for (let i = 0; i < serverRounds; i += 1) {
  for (const [name, Page] of Object.entries(pages)) {
    const start = performance.now();
    renderToString(createElement(Page));
    serverTimes[name].push(performance.now() - start);
  }
}
await vite.close();
const server = { gbg: median(serverTimes.gbg), plain: median(serverTimes.plain) };

// --- client mount -----------------------------------------------------------------------
const outDir = mkdtempSync(path.join(tmpdir(), 'gbg-render-bench-'));
await build({
  root: here,
  configFile: false,
  logLevel: 'error',
  mode: 'production',
  plugins: [react()],
  build: { outDir, emptyOutDir: true },
});
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const http = createHttpServer((request, response) => {
  let file = path.join(outDir, new URL(request.url ?? '/', 'http://localhost').pathname);
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(outDir) || !existsSync(file)) return void response.writeHead(404).end();
  // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs, so the
  // medians below are not rounded to a tenth of a millisecond.
  response.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
const address = http.address();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let client;
let small;
let smallScript;
let counts;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBenchmark === 'function');
  if (!(await page.evaluate(() => window.crossOriginIsolated))) console.warn('bench/render: page not cross-origin isolated; timer steps are coarse');
  client = await page.evaluate((rounds) => window.runBenchmark(50, rounds, 'form'), clientRounds);
  small = await page.evaluate((rounds) => window.runBenchmark(50, rounds, 'small'), clientRounds);
  // Without the forced layout: React's work and DOM creation only, so a change can be told apart
  // from the cost of styles and layout.
  smallScript = await page.evaluate((rounds) => window.runBenchmark(50, rounds, 'small', false), clientRounds);
  counts = { form: await page.evaluate(() => window.countElements('form')), small: await page.evaluate(() => window.countElements('small')) };
} finally {
  await browser.close();
  http.close();
  rmSync(outDir, { recursive: true, force: true });
}

// --- report -----------------------------------------------------------------------------
const cssBytes = readFileSync(path.join(root, 'packages/react/dist/styles.css')).length;
console.log('Render benchmark: form page (design system, built dist/) vs plain HTML + hand-written CSS');
console.log(`server HTML size        gbg ${html.gbg.length} B, plain ${html.plain.length} B (${ratio(html.gbg.length, html.plain.length)})`);
console.log(`server render (median of ${serverRounds})  gbg ${fmt(server.gbg)}, plain ${fmt(server.plain)}, ratio ${ratio(server.gbg, server.plain)}`);
const roundRatio = (result) => `${ratio(result.gbg, result.plain)} (median of per-round ratios ${result.ratio.toFixed(2)}×)`;
console.log(`client mount  (median of ${clientRounds})   gbg ${fmt(client.gbg)}, plain ${fmt(client.plain)}, ratio ${roundRatio(client)}`);
console.log(`elements (mounted, incl. <option>)  form page gbg ${counts.form.gbg}, plain ${counts.form.plain}; small page gbg ${counts.small.gbg}, plain ${counts.small.plain}`);
console.log(`client mount, small page (text field, checkbox, three radios, select, button; median of ${clientRounds})  gbg ${fmt(small.gbg)}, plain ${fmt(small.plain)}, ratio ${roundRatio(small)}`);
console.log(`  of which React + DOM without layout (median of ${clientRounds})  gbg ${fmt(smallScript.gbg)}, plain ${fmt(smallScript.plain)}, ratio ${roundRatio(smallScript)}`);
console.log(`(for reference: dist/styles.css with every component is ${cssBytes} B uncompressed)`);
