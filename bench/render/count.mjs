#!/usr/bin/env node
// Element counts of the benchmark pages (server HTML from the BUILT library): how much DOM each
// page costs. Prints figures; not a test. Usage: node bench/render/count.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV = 'production';
const here = path.dirname(fileURLToPath(import.meta.url));
const { createServer } = await import('vite');
const { default: react } = await import('@vitejs/plugin-react');
const vite = await createServer({
  root: here,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  plugins: [react()],
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
const pages = await vite.ssrLoadModule('/pages.jsx');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
await vite.close();

/** Opening tags in server HTML, minus the page's own <form> wrapper. */
export function countElements(html) {
  return (html.match(/<[a-zA-Z]/g) ?? []).length - 1;
}
/** The same without <option> elements (a select's choices are content, not structure). */
function countWithoutOptions(html) {
  return countElements(html) - (html.match(/<option[\s>]/g) ?? []).length;
}

for (const [name, Page] of Object.entries(pages)) {
  if (typeof Page !== 'function') continue;
  const html = renderToString(createElement(Page));
  console.log(`${name.padEnd(16)} ${String(countElements(html)).padStart(3)} elements (${countWithoutOptions(html)} without <option>)`);
}
