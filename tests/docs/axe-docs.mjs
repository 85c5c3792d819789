// Axe and the brand audit of one docs page of the built Storybook, in real Chromium; used by
// tests/docs/render-docs.mjs, which opens each docs page once per colour scheme (the reader's
// system set to light and to dark: the docs pages follow it) and runs every check on that load.
// Stories inside the pages are checked as stories elsewhere; here the page around them counts:
// text, tables, links, code blocks, doc blocks.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const engine = path.join(root, 'packages/brand-check/dist/audit/run.js');
if (!fs.existsSync(engine)) {
  console.error('packages/brand-check/dist is missing: run `pnpm build` first.');
  process.exit(2);
}
const { auditLoadedPage } = await import(pathToFileURL(engine).href);

/** Runs axe and the brand audit on a rendered docs page; resolves to one line per violation. */
export async function auditDocsPage(tab) {
  const lines = [];
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
  // The later checks of the same load see the page as a reader does.
  await tab.evaluate(() => document.getElementById('gbg-hide-donts')?.remove());
  for (const f of findings) {
    // Stories draw the placeholder logo on purpose in this repository (no official files).
    if (f.severity !== 'error' || (f.rule === 'logo' && f.value === 'placeholder')) continue;
    if (f.selector && /^#story--|docs-story|sb-story|innerZoomElementWrapper/.test(f.selector)) continue;
    lines.push(`brand ${f.rule} ${f.selector ?? ''} ${f.message}`);
  }
  return lines;
}
