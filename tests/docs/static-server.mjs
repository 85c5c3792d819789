// Serves a built Storybook folder on a loopback port for the docs checks in this folder.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Reads `--static <dir>` (default: storybook-static/ at the repository root). */
export function staticDirFrom(argv, root) {
  const at = argv.indexOf('--static');
  return at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : path.join(root, 'storybook-static');
}

/** Every docs entry of the built index (guide pages and component pages). */
export function docsEntries(staticDir) {
  const indexFile = path.join(staticDir, 'index.json');
  if (!fs.existsSync(indexFile)) {
    console.error(`${indexFile} is missing: run \`pnpm build-storybook\` first.`);
    process.exit(2);
  }
  const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
  return Object.values(index.entries).filter((entry) => entry.type === 'docs');
}

/** Starts the server; resolves to `{ origin, close }`. */
export async function serve(staticDir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Chromium asks for /favicon.ico on its own once per session; Storybook ships favicon.svg.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
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
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Runs `task` over `items` with at most `limit` at a time. */
export async function inParallel(items, limit, task) {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length > 0) await task(queue.shift());
  });
  await Promise.all(workers);
}

/** Opens a docs entry and waits until the page has rendered (or shown its error screen). */
export async function openDocs(tab, origin, id) {
  await tab.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
  await tab.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-errordisplay') ||
      (document.querySelector('.sbdocs-content') !== null &&
        // The preview keeps a hidden loader in the page; only a visible one means "not yet".
        ![...document.querySelectorAll('.sb-loader, .sb-previewBlock_loader, [aria-label="Content is loading..."]')].some(
          (loader) => loader instanceof HTMLElement && loader.offsetParent !== null,
        )),
    undefined,
    { timeout: 60_000 },
  );
  // Fonts and late effects (scroll-into-view, measured layouts) settle before anything is read.
  await tab.evaluate(() => document.fonts.ready);
  await tab.waitForTimeout(400);
}
