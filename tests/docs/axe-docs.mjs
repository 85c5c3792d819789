// Runs axe on every guide page of docs/ in the built Storybook, in real Chromium. Docs pages do
// not follow the theme toolbar; blocks that show the dark theme (focus demo) render it inline.
// Not a Vitest test: it needs `pnpm build-storybook` first.
//   pnpm build-storybook && node tests/docs/axe-docs.mjs [--screenshots <dir>]
// Exits non-zero on any violation and prints each one with the offending selectors.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = path.join(root, 'storybook-static');
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const shotsArg = process.argv.indexOf('--screenshots');
const shotsDir = shotsArg > -1 ? path.resolve(process.argv[shotsArg + 1]) : undefined;

if (!fs.existsSync(path.join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `pnpm build-storybook` first.');
  process.exit(2);
}

const index = JSON.parse(fs.readFileSync(path.join(staticDir, 'index.json'), 'utf8'));
const pages = Object.values(index.entries).filter(
  (e) => e.type === 'docs' && e.importPath.startsWith('./docs/'),
);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = path.join(staticDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
  if (!file.startsWith(staticDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let violations = 0;
try {
  for (const page of pages) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await tab.goto(`http://127.0.0.1:${port}/iframe.html?id=${encodeURIComponent(page.id)}&viewMode=docs`);
      await tab.waitForSelector('.sbdocs-content', { timeout: 120_000 });
      await tab.waitForTimeout(500); // let late styles settle before axe reads colours
      await tab.addScriptTag({ content: axeSource });
      const result = await tab.evaluate(async () => {
        // @ts-ignore axe is injected above
        const r = await window.axe.run(document.querySelector('#storybook-docs') ?? document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
      });
      const label = page.title;
      if (result.length === 0) console.log(`ok    ${label}`);
      for (const v of result) {
        violations += 1;
        console.log(`FAIL  ${label}: ${v.id} [${v.impact}] ${v.help}\n        ${v.targets.join('\n        ')}`);
      }
      if (shotsDir) {
        fs.mkdirSync(shotsDir, { recursive: true });
        await tab.screenshot({ path: path.join(shotsDir, `${page.id}.png`), fullPage: true });
      }
    } catch (error) {
      violations += 1;
      console.log(`FAIL  ${page.title}: could not check the page: ${error.message.split('\n')[0]}`);
    } finally {
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${pages.length} pages, ${violations} violation(s)`);
process.exitCode = violations === 0 ? 0 : 1;
