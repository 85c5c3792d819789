// Axe and the brand audit on every docs page of the built Storybook (guide pages and component
// pages, from its index.json), in real Chromium, with the reader's system set to light and to
// dark (the docs pages follow it). Stories inside the pages are checked as stories elsewhere;
// here the page around them counts: text, tables, links, code blocks, doc blocks.
// Not a Vitest test: it needs a built Storybook and the built brand-check package.
//   pnpm build-storybook && node tests/docs/axe-docs.mjs [--static <dir>] [--screenshots <dir>] [--only <id part>]
// Exits non-zero on any violation and prints each one with the offending selectors.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { docsEntries, inParallel, openDocs, serve, staticDirFrom } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const option = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
const staticDir = staticDirFrom(argv, root);
const shotsDir = option('--screenshots') ? path.resolve(option('--screenshots')) : undefined;
const only = option('--only');
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const engine = path.join(root, 'packages/brand-check/dist/audit/run.js');
if (!fs.existsSync(engine)) {
  console.error('packages/brand-check/dist is missing: run `pnpm build` first.');
  process.exit(2);
}
const { auditLoadedPage } = await import(pathToFileURL(engine).href);
const SCHEMES = ['light', 'dark'];
const started = Date.now();

const pages = docsEntries(staticDir).filter((entry) => !only || entry.id.includes(only));
const { origin, close } = await serve(staticDir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let violations = 0;

const jobs = pages.flatMap((page) => SCHEMES.map((scheme) => ({ page, scheme })));
await inParallel(jobs, 4, async ({ page, scheme }) => {
  const label = `${page.title} [${scheme}]`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  const lines = [];
  try {
    await openDocs(tab, origin, page.id);
    await tab.addScriptTag({ content: axeSource });
    const result = await tab.evaluate(async () => {
      // @ts-ignore axe is injected above
      // A "don't" example breaks a rule on purpose (coloured text, a cropped logo): left out.
      const context = { include: [['#storybook-docs']], exclude: [['.gbg-docs-dodont-dont .gbg-docs-dodont-example']] };
      const r = await window.axe.run(context, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        // Page-shaped examples (skip link, page header) each bring their own main and banner
        // landmarks, several to a docs page; each passes these rules alone in its story test.
        rules: {
          'landmark-unique': { enabled: false },
          'landmark-no-duplicate-main': { enabled: false },
          'landmark-no-duplicate-banner': { enabled: false },
          'landmark-no-duplicate-contentinfo': { enabled: false },
        },
      });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
    for (const v of result) lines.push(`axe ${v.id} [${v.impact}] ${v.help}\n          ${v.targets.join('\n          ')}`);
    // The page's own text and colours (stories in their canvases are audited as stories).
    // A style sheet, not inline styles, and checked until it holds: the docs page may still
    // re-render its blocks (the docs frame adds the status line), which dropped styles set on
    // the old elements and let a "don't" example be audited now and then.
    await tab.waitForFunction(
      () => {
        if (!document.getElementById('gbg-hide-donts')) {
          const sheet = document.createElement('style');
          sheet.id = 'gbg-hide-donts';
          sheet.textContent = '.gbg-docs-dodont-dont .gbg-docs-dodont-example { visibility: hidden !important; }';
          document.head.append(sheet);
        }
        return [...document.querySelectorAll('.gbg-docs-dodont-dont .gbg-docs-dodont-example')].every((e) => getComputedStyle(e).visibility === 'hidden');
      },
      undefined,
      { timeout: 10_000, polling: 100 },
    );
    const { findings } = await auditLoadedPage(tab, { root: '.sbdocs-content' });
    for (const f of findings) {
      // Stories draw the placeholder logo on purpose in this repository (no official files).
      if (f.severity !== 'error' || (f.rule === 'logo' && f.value === 'placeholder')) continue;
      if (f.selector && /^#story--|docs-story|sb-story|innerZoomElementWrapper/.test(f.selector)) continue;
      lines.push(`brand ${f.rule} ${f.selector ?? ''} ${f.message}`);
    }
    if (shotsDir) {
      fs.mkdirSync(shotsDir, { recursive: true });
      await tab.screenshot({ path: path.join(shotsDir, `${page.id}-${scheme}.png`), fullPage: true });
    }
  } catch (error) {
    lines.push(`could not check the page: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await context.close();
  }
  if (lines.length === 0) console.log(`ok    ${label}`);
  else {
    violations += lines.length;
    console.log(`FAIL  ${label}\n        ${lines.join('\n        ')}`);
  }
});

await browser.close();
close();
console.log(`${pages.length} pages × ${SCHEMES.length} schemes, ${violations} violation(s) (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = violations === 0 ? 0 : 1;
