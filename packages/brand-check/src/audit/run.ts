/**
 * `audit`: rendered pages in real Chromium → observations → engine → findings.
 * Node only (Playwright, file system); the rules themselves live in `evaluate.ts`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Brand } from '../brand.js';
import { summarise, type CheckResult } from '../check.js';
import { escapeControl } from '../escape.js';
import { LOGO_NAMES } from '../engine.js';
import type { Finding, RuleId, SeveritySetting } from '../model.js';
import { collectPage, type PageObservation } from './collect.js';
import { evaluatePage } from './evaluate.js';

/** Debian's package; the same default as the design system's own scripts. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Headless on a closed network: no sandbox as root, no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A problem with the environment or the target (exit 2), with what to change. */
export class AuditError extends Error {
  override name = 'AuditError';
}

export interface AuditOptions {
  /** Follow same-origin links until this many pages are audited. @default 1 */
  crawl?: number;
  /** Add axe-core's WCAG 2.2 AA violations as `a11y` findings. */
  a11y?: boolean;
  /** Chromium executable. @default env GBG_CHROMIUM_PATH, else /usr/bin/chromium */
  chromium?: string;
  cwd?: string;
  severities?: Partial<Record<RuleId, SeveritySetting>>;
  locale?: 'sv' | 'en';
  paletteTolerance?: number;
  /** Reuse an open browser (the caller closes it). */
  browser?: Browser;
  /** Viewport in CSS px. @default { width: 1280, height: 900 } */
  viewport?: { width: number; height: number };
  /** Brand data, e.g. with a sub-brand theme's colours (`withThemeColors`). @default the installed tokens */
  brand?: Brand;
  /** Milliseconds to wait for a page to load, and for each step inside it. @default 30000 */
  timeout?: number;
}

/** `https://…`, `http://…`, `file://…` as given; anything else is a local file path. */
export function targetUrl(target: string, cwd = process.cwd()): string {
  if (/^https?:/i.test(target)) return target;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target) && !/^file:/i.test(target)) throw new AuditError(`"${escapeControl(target)}": only http(s) addresses and local HTML files can be audited.`);
  const file = /^file:/i.test(target) ? fileURLToPath(target) : path.resolve(cwd, target);
  if (!existsSync(file)) throw new AuditError(`No such file: ${escapeControl(target)}. Give an http(s) address (e.g. http://localhost:4173/) or the path to an HTML file.`);
  if (statSync(file).isDirectory()) {
    throw new AuditError(`${escapeControl(target)} is a folder. Give its HTML page (e.g. ${path.join(target, 'index.html')}), or serve the folder and give the address; to check source files use "gbg-brand check".`);
  }
  if (!HTML_FILE.test(file)) {
    throw new AuditError(`${escapeControl(target)} is not an HTML page. audit opens pages (.html, .htm, .xhtml); to check CSS, JS and other source files use "gbg-brand check ${escapeControl(target)}".`);
  }
  return pathToFileURL(file).href;
}

const HTML_FILE = /\.(html?|xhtml)$/i;
/** Content types a browser renders as a page. */
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** The default time limit for loading a page and for each step inside it. */
export const DEFAULT_AUDIT_TIMEOUT = 30_000;

/** An in-page step that did not finish in time (a script busy after load, a font that never loads). */
export class StepTimeoutError extends Error {
  override name = 'StepTimeoutError';
}

/** `p`, or a StepTimeoutError after `ms`; the late result of `p` is dropped. */
export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  p.catch(() => {});
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeoutError(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a crawl may visit: the start origin, or for a local file the start folder and below. */
export function scopeOf(url: string): (candidate: string) => boolean {
  const start = new URL(url);
  if (start.protocol === 'file:') {
    const folder = start.pathname.replace(/[^/]*$/, '');
    return (candidate) => {
      try {
        const u = new URL(candidate);
        return u.protocol === 'file:' && !u.host && u.pathname.startsWith(folder) && !/(^|\/)\.\.(\/|$)/.test(u.pathname);
      } catch {
        return false;
      }
    };
  }
  return (candidate) => {
    try {
      return new URL(candidate).origin === start.origin;
    } catch {
      return false;
    }
  };
}

export async function launchChromium(executable?: string): Promise<Browser> {
  const exe = executable ?? process.env.GBG_CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(exe)) {
    throw new AuditError(
      `Chromium was not found at ${exe}. Install it (Debian/Ubuntu: apt-get install chromium) or point to it with GBG_CHROMIUM_PATH=<path>, --chromium <path> or "chromium" in gbg-brand.config.json.`,
    );
  }
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new AuditError(`Chromium at ${exe} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
}

let axeSource: string | undefined;
function axe(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

async function a11yFindings(page: Page, url: string, severities: AuditOptions['severities']): Promise<Finding[]> {
  const setting = severities?.a11y ?? 'error';
  if (setting === 'off') return [];
  await page.addScriptTag({ content: axe() });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return r.violations;
  });
  const out: Finding[] = [];
  for (const v of violations as AxeViolation[]) {
    for (const node of v.nodes) {
      out.push({
        rule: 'a11y',
        severity: setting,
        url,
        line: 1,
        column: 1,
        selector: node.target.map(String).join(' '),
        message: `${v.help} (axe ${v.id}${v.impact ? `, ${v.impact}` : ''}): ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()} ${v.helpUrl}`.trim(),
        value: v.id,
      });
    }
  }
  return out;
}

/** Observe one loaded page (exported for callers that drive their own pages, e.g. a Storybook run). */
export async function observePage(page: Page, root?: string, timeout = DEFAULT_AUDIT_TIMEOUT): Promise<PageObservation> {
  const options: Parameters<typeof collectPage>[0] = { logoNames: [...LOGO_NAMES] };
  if (root) options.root = root;
  // The hit test that finds what lies under a text or icon works only inside the viewport:
  // make the viewport as tall as the page (within reason) while observing.
  const viewport = page.viewportSize();
  const height = await withTimeout(page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0)), timeout, 'Measuring the page');
  const tall = viewport && height > viewport.height;
  if (tall) await page.setViewportSize({ width: viewport.width, height: Math.min(height, 12_000) });
  try {
    return await withTimeout(page.evaluate(collectPage, options), timeout, 'Reading the rendered page');
  } finally {
    if (tall) await page.setViewportSize(viewport);
  }
}

/** Audit a page that is already loaded; findings of the brand rules plus, optionally, axe. */
export async function auditLoadedPage(page: Page, options: Omit<AuditOptions, 'browser' | 'crawl' | 'cwd' | 'chromium'> & { root?: string } = {}): Promise<{ findings: Finding[]; links: string[] }> {
  const timeout = options.timeout ?? DEFAULT_AUDIT_TIMEOUT;
  const observation = await observePage(page, options.root, timeout);
  const evalOptions: Parameters<typeof evaluatePage>[1] = {};
  if (options.severities) evalOptions.severities = options.severities;
  if (options.locale) evalOptions.locale = options.locale;
  if (options.brand) evalOptions.brand = options.brand;
  const findings = evaluatePage(observation, evalOptions);
  if (options.a11y) for (const f of await withTimeout(a11yFindings(page, observation.url, options.severities), timeout, 'The axe-core check')) findings.push(f);
  return { findings, links: observation.links };
}

function describeFailure(url: string, error: unknown): string {
  const reason = (error as Error).message.split('\n')[0]!.replace(/^page\.goto:\s*/, '');
  return `Cannot open ${url}: ${reason}. Check the address, start the server that serves it (e.g. "npm run preview") before the audit, or give the path to a built HTML file.`;
}

/**
 * Audit pages: the first target fails the run (AuditError, exit 2) when it cannot be opened;
 * a crawled link that cannot be opened becomes an `input` finding.
 */
export async function audit(targets: readonly string[], options: AuditOptions = {}): Promise<CheckResult> {
  if (targets.length === 0) throw new AuditError('Give a page to audit: an http(s) address or an HTML file.');
  const cwd = options.cwd ?? process.cwd();
  const start = targets.map((t) => targetUrl(t, cwd));
  const limit = Math.max(1, options.crawl ?? 1);
  const timeout = options.timeout ?? DEFAULT_AUDIT_TIMEOUT;
  const browser = options.browser ?? (await launchChromium(options.chromium));
  const findings: Finding[] = [];
  const sev = options.severities?.input ?? 'error';
  const notAudited = (url: string, message: string, severity: 'error' | 'warning' = sev === 'off' ? 'error' : sev) => {
    if (sev !== 'off') findings.push({ rule: 'input', severity, url, line: 1, column: 1, message, value: '' });
  };
  let pages = 0;
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    let page = await context.newPage();
    /** A page that stopped answering is dropped; the next URL gets a fresh one. */
    const freshPage = async () => {
      const old = page;
      page = await context.newPage();
      await withTimeout(old.close({ runBeforeUnload: false }), 10_000, 'Closing the page').catch(() => {});
    };
    // Each start target sets the scope of the links found from it (its origin after redirects,
    // or its folder for a local file).
    const queue: { url: string; inScope: (u: string) => boolean; given: boolean }[] = start.map((url) => ({ url, inScope: scopeOf(url), given: true }));
    const seen = new Set(start);
    while (queue.length && pages < Math.max(limit, start.length)) {
      const { url, inScope, given } = queue.shift()!;
      let status: number | undefined;
      let contentType = '';
      try {
        // Wait for the document, not for every image and font: one that never loads must not
        // fail the audit. Then give the rest the time limit to settle.
        const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
        status = response?.status();
        contentType = (await response?.allHeaders().catch(() => ({}) as Record<string, string>))?.['content-type'] ?? '';
        await page.waitForLoadState('load', { timeout }).catch(() => {});
      } catch (error) {
        if (given) throw new AuditError(describeFailure(url, error));
        notAudited(url, describeFailure(url, error));
        continue;
      }
      if (status !== undefined && status >= 400) {
        const message = `${url} answered HTTP ${status}.${given ? ' Check the address and that the server serves this page.' : ' A link leads to a page that does not exist.'}`;
        if (given) throw new AuditError(message);
        notAudited(url, message);
        continue;
      }
      const landed = page.url();
      if (!given && !inScope(landed)) {
        notAudited(url, `${url} redirects to ${landed}, outside the audited site; it was not audited.`, 'warning');
        continue;
      }
      if (/^https?:/.test(landed) && contentType && !HTML_TYPE.test(contentType)) {
        const message = `${url} is not an HTML page (${contentType.split(';')[0]}); audit opens pages. To check CSS or JS source use "gbg-brand check".`;
        if (given) throw new AuditError(message);
        notAudited(url, message, 'warning');
        continue;
      }
      let result: Awaited<ReturnType<typeof auditLoadedPage>>;
      try {
        // Web fonts change text metrics and so which text is "large"; a font that never loads
        // is waited for only so long.
        await withTimeout(
          page.evaluate((ms) => Promise.race([document.fonts.ready.then(() => undefined), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]), Math.min(timeout / 2, 5_000)),
          timeout,
          'Waiting for web fonts',
        );
        result = await auditLoadedPage(page, { ...options, timeout });
      } catch (error) {
        if (!(error instanceof StepTimeoutError)) throw error;
        notAudited(url, `${url} could not be audited: ${error.message} (a script still busy after loading?). Raise --timeout or fix the page.`);
        await freshPage();
        continue;
      }
      pages++;
      for (const f of result.findings) findings.push(f);
      const scope = given ? scopeOf(landed) : inScope;
      for (const link of result.links) {
        if (seen.has(link) || seen.size >= limit * 20 || !scope(link)) continue;
        seen.add(link);
        queue.push({ url: link, inScope: scope, given: false });
      }
    }
    await withTimeout(context.close(), 10_000, 'Closing the browser context').catch(() => {});
  } finally {
    if (!options.browser) await withTimeout(browser.close(), 10_000, 'Closing Chromium').catch(() => {});
  }
  findings.sort((a, b) => (a.url ?? '').localeCompare(b.url ?? '') || (a.selector ?? '').localeCompare(b.selector ?? '') || a.rule.localeCompare(b.rule));
  return { findings, summary: summarise(findings, pages) };
}
