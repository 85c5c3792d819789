// Opens every docs entry of the built Storybook (from its index.json) once per colour scheme
// (the reader's system set to light and to dark; the docs pages follow it), several pages at a
// time in one Chromium, and runs every check on that one load. Fails on anything a reader would
// see as broken:
//  - Storybook's error screen, an uncaught exception or a console error (both schemes); a page
//    that did not render fails as such and is not passed off as checked by axe;
//  - axe (WCAG 2.2 AA and best practice) and the brand audit of the page (both schemes,
//    tests/docs/axe-docs.mjs);
//  - Markdown left unparsed (a table row like `| --- |` or a line starting with `|` as text);
//  - a page that opens scrolled down, or with an example holding focus (as the reader lands);
//  - horizontal scrolling of the page at 1280 px and at 320 px (WCAG 1.4.10 reflow);
//  - "Show code" that cannot be pasted into an app (a story object, a serialised component,
//    story demo helpers);
// and then types Swedish names into the sidebar search of the manager and fails when the
// component's page is not among the results ("knapp" must find Button).
// Not a Vitest test: it needs a built Storybook and the built brand-check package.
//   pnpm build-storybook && node tests/docs/render-docs.mjs [--static <dir>] [--screenshots <dir>] [--only <id part>] [--jobs <n>]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { auditDocsPage } from './axe-docs.mjs';
import { docsEntries, inParallel, openDocs, serve, staticDirFrom } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const staticDir = staticDirFrom(argv, root);
const option = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
const shotsDir = option('--screenshots') ? path.resolve(option('--screenshots')) : undefined;
const only = option('--only');
const WIDTHS = [1280, 320];
const SCHEMES = ['light', 'dark'];
// Pages open at a time: loads wait on the network and timers as much as on the two cores.
const jobs = Number(option('--jobs') ?? 4);
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`render-docs: --jobs wants a whole number of pages from 1 up, not "${option('--jobs')}"`);
  process.exit(2);
}
/** Swedish search word → the component (sidebar title) it must find. */
const SWEDISH_NAMES = {
  knapp: 'Komponenter/Button',
  kryssruta: 'Komponenter/Checkbox',
  felsammanfattning: 'Komponenter/ErrorSummary',
  logotyp: 'Komponenter/Logo',
  textfält: 'Komponenter/TextField',
  radioknappar: 'Komponenter/RadioGroup',
  sökfält: 'Komponenter/SearchField',
  rubrik: 'Komponenter/Heading',
  sidhuvud: 'Komponenter/Header',
  brödsmulor: 'Komponenter/Breadcrumbs',
};
const started = Date.now();

const entries = docsEntries(staticDir).filter((entry) => !only || entry.id.includes(only));
if (entries.length === 0) {
  console.error('render-docs: no docs entries to check');
  process.exit(2);
}

const { origin, close } = await serve(staticDir);
let failures = 0;

// The site serves the component manifest and llms.txt at its root (.storybook/main.ts staticDirs).
for (const [file, check] of [
  ['llms.txt', (text) => text.startsWith('# ') && text.includes('Button')],
  ['manifest.json', (text) => JSON.stringify(JSON.parse(text).components ?? null).includes('"Button"')],
]) {
  const response = await fetch(`${origin}/${file}`);
  const text = response.ok ? await response.text() : '';
  if (!response.ok || !check(text)) {
    console.error(`render-docs: /${file} is missing or wrong in the built Storybook (HTTP ${response.status})`);
    failures += 1;
  }
}
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Problems a reader would see on the page as it is now. */
async function inspect(tab) {
  return tab.evaluate(() => {
    const problems = [];
    if (document.body.classList.contains('sb-show-errordisplay')) {
      const message = document.querySelector('#error-message')?.textContent?.trim() ?? '';
      problems.push(`error screen: ${message.split('\n')[0]}`);
    }
    const content = document.querySelector('.sbdocs-content');
    if (content) {
      // Text nodes only, outside code blocks (where pipes are legitimate).
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('pre, code, .docblock-source, textarea')) continue;
        const text = node.textContent ?? '';
        if (/\|\s*:?-{3,}:?\s*\|/.test(text) || /(^|\n)\s*\|.*\|\s*($|\n)/.test(text)) {
          problems.push(`unparsed Markdown: "${text.trim().slice(0, 60)}"`);
          break;
        }
      }
    }
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > scroller.clientWidth + 1) {
      // Name the widest culprit so the fix is easy to find.
      let widest = '';
      let right = scroller.clientWidth;
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.right > right + 1 && getComputedStyle(element).position !== 'fixed') {
          right = box.right;
          widest = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).slice(0, 2).join('.') : ''}`;
        }
      }
      problems.push(`horizontal scroll: ${scroller.scrollWidth} px in ${scroller.clientWidth} px (widest: ${widest || 'unknown'})`);
    }
    return problems;
  });
}

/** What "Show code" must never show: a story object, a serialised component, demo helpers. */
const NOT_PASTEABLE = [
  [/\$\$typeof|Symbol\(react\./, 'a serialised component object'],
  [/^\s*\{\s*(render|args)\s*:/m, 'the story object instead of JSX'],
  [/\bt\(\{|useDemoText|<Demo\b/, 'story demo helpers instead of the text'],
  [/\[object Object\]/, '[object Object]'],
];

/** Opens every "Show code" on the page and checks that the code can be pasted into an app. */
async function checkShowCode(tab) {
  const before = new Set(await tab.$$eval('.sbdocs-content pre', (els) => els.map((el) => el.textContent ?? '')));
  const toggles = tab.locator('button.docblock-code-toggle');
  const count = await toggles.count();
  for (let i = 0; i < count; i += 1) await toggles.nth(i).click();
  if (count > 0) await tab.waitForTimeout(300);
  const shown = (await tab.$$eval('.sbdocs-content pre', (els) => els.map((el) => el.textContent ?? ''))).filter((code) => !before.has(code));
  const problems = [];
  for (const code of shown) {
    for (const [pattern, what] of NOT_PASTEABLE) {
      if (pattern.test(code)) problems.push(`Show code gives ${what}: "${code.replace(/\s+/g, ' ').trim().slice(0, 80)}"`);
    }
  }
  return problems;
}

/**
 * One load of a docs page in one scheme. The layout checks (landing, reflow, Show code) are
 * about the page, not its colours: they run in the light scheme only.
 */
async function checkPage(entry, scheme) {
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message.split('\n')[0]}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text().split('\n')[0].slice(0, 200)}`);
  });
  const problems = [];
  const shot = async (name) => {
    if (!shotsDir) return;
    fs.mkdirSync(shotsDir, { recursive: true });
    await tab.screenshot({ path: path.join(shotsDir, `${entry.id}-${name}.png`), fullPage: true });
  };
  try {
    await openDocs(tab, origin, entry.id);
    const landing = await tab.evaluate(() => ({
      y: Math.round(window.scrollY),
      focus: document.activeElement?.closest('.docs-story') ? document.activeElement.outerHTML.slice(0, 80) : null,
    }));
    const first = await inspect(tab);
    for (const problem of first) problems.push(`${WIDTHS[0]} px: ${problem}`);
    if (first.some((problem) => problem.startsWith('error screen'))) {
      problems.push('not checked further (axe, brand audit, layout): the page did not render');
      return problems;
    }
    problems.push(...(await auditDocsPage(tab)));
    await shot(`${scheme}-${WIDTHS[0]}`);
    if (scheme === SCHEMES[0]) {
      if (landing.y > 0) problems.push(`opens scrolled down by ${landing.y} px`);
      if (landing.focus) problems.push(`an example has focus on arrival: ${landing.focus}`);
      for (const width of WIDTHS.slice(1)) {
        await tab.setViewportSize({ width, height: 900 });
        await tab.waitForTimeout(300);
        for (const problem of await inspect(tab)) problems.push(`${width} px: ${problem}`);
        await shot(`${scheme}-${width}`);
      }
      problems.push(...(await checkShowCode(tab)));
    }
  } catch (error) {
    problems.push(`could not check the page (not checked further): ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await context.close();
    problems.push(...new Set(errors));
  }
  return problems;
}

let checked = 0;
await inParallel(
  entries.flatMap((entry) => SCHEMES.map((scheme) => ({ entry, scheme }))),
  jobs,
  async ({ entry, scheme }) => {
    const label = `${entry.title} (${entry.id}) [${scheme}]`;
    const problems = await checkPage(entry, scheme);
    checked += 1;
    if (problems.length === 0) {
      console.log(`ok    ${label}`);
    } else {
      failures += 1;
      console.log(`FAIL  ${label}\n        ${problems.join('\n        ')}`);
    }
  },
);

/** The sidebar search of the manager, as a reader uses it. */
async function checkSearch() {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await tab.goto(`${origin}/index.html`);
    const field = await tab.waitForSelector('#storybook-explorer-searchfield', { timeout: 60_000 });
    for (const [word, title] of Object.entries(SWEDISH_NAMES)) {
      await field.fill(word);
      await tab.waitForTimeout(500); // the search runs after a short debounce
      // Each result shows the entry's name ("Docs / Button (knapp)") and then its path
      // ("Komponenter", "Button"); the path is what says which component was found.
      const found = await tab
        .waitForFunction(
          () => {
            const results = [...document.querySelectorAll('li.search-result-item')];
            return results.length > 0 && results.map((result) => (result.textContent ?? '').replace(/\s+/g, ''));
          },
          undefined,
          { timeout: 10_000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => []);
      const paths = found;
      const wanted = title.replace(/[\s/]+/g, '');
      if (paths.some((text) => text.endsWith(wanted))) {
        console.log(`ok    search "${word}" finds ${title} (${paths.length} result(s): ${paths.slice(0, 3).join('; ')})`);
      } else {
        failures += 1;
        console.log(`FAIL  search "${word}" does not find ${title}; results: ${paths.slice(0, 5).join('; ') || 'none'}`);
      }
    }
  } catch (error) {
    failures += 1;
    console.log(`FAIL  sidebar search: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await tab.close();
  }
}
if (!only) await checkSearch();

await browser.close();
close();
console.log(`${entries.length} docs pages × ${SCHEMES.length} schemes (${checked} loads, ${jobs} at a time), ${failures} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = failures === 0 ? 0 : 1;
