/**
 * `audit`: rendered pages in real Chromium → observations → engine → findings.
 * Node only (Playwright, file system); the rules themselves live in `evaluate.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { summarise, type CheckResult } from '../check.js';
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
  /** Milliseconds to wait for a page. @default 30000 */
  timeout?: number;
}

/** `https://…`, `http://…`, `file://…` as given; anything else is a local file path. */
export function targetUrl(target: string, cwd = process.cwd()): string {
  if (/^(https?|file):/i.test(target)) return target;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) throw new AuditError(`"${target}": only http(s) addresses and local HTML files can be audited.`);
  const file = path.resolve(cwd, target);
  if (!existsSync(file)) throw new AuditError(`No such file: ${target}. Give an http(s) address (e.g. http://localhost:4173/) or the path to an HTML file.`);
  return pathToFileURL(file).href;
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
export async function observePage(page: Page, root?: string): Promise<PageObservation> {
  const options: Parameters<typeof collectPage>[0] = { logoNames: [...LOGO_NAMES] };
  if (root) options.root = root;
  // The hit test that finds what lies under a text or icon works only inside the viewport:
  // make the viewport as tall as the page (within reason) while observing.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0));
  const tall = viewport && height > viewport.height;
  if (tall) await page.setViewportSize({ width: viewport.width, height: Math.min(height, 12_000) });
  try {
    return await page.evaluate(collectPage, options);
  } finally {
    if (tall) await page.setViewportSize(viewport);
  }
}

/** Audit a page that is already loaded; findings of the brand rules plus, optionally, axe. */
export async function auditLoadedPage(page: Page, options: Omit<AuditOptions, 'browser' | 'crawl' | 'cwd' | 'chromium'> & { root?: string } = {}): Promise<{ findings: Finding[]; links: string[] }> {
  const observation = await observePage(page, options.root);
  const evalOptions: Parameters<typeof evaluatePage>[1] = {};
  if (options.severities) evalOptions.severities = options.severities;
  if (options.locale) evalOptions.locale = options.locale;
  if (options.paletteTolerance !== undefined) evalOptions.paletteTolerance = options.paletteTolerance;
  const findings = evaluatePage(observation, evalOptions);
  if (options.a11y) findings.push(...(await a11yFindings(page, observation.url, options.severities)));
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
  const browser = options.browser ?? (await launchChromium(options.chromium));
  const findings: Finding[] = [];
  let pages = 0;
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    const page = await context.newPage();
    const queue = [...start];
    const seen = new Set(queue);
    while (queue.length && pages < Math.max(limit, start.length)) {
      const url = queue.shift()!;
      const given = start.includes(url);
      let status: number | undefined;
      try {
        const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout ?? 30_000 });
        status = response?.status();
      } catch (error) {
        if (given) throw new AuditError(describeFailure(url, error));
        const sev = options.severities?.input ?? 'error';
        if (sev !== 'off') findings.push({ rule: 'input', severity: sev, url, line: 1, column: 1, message: describeFailure(url, error), value: '' });
        continue;
      }
      if (status !== undefined && status >= 400) {
        const message = `${url} answered HTTP ${status}.${given ? ' Check the address and that the server serves this page.' : ' A link leads to a page that does not exist.'}`;
        if (given) throw new AuditError(message);
        const sev = options.severities?.input ?? 'error';
        if (sev !== 'off') findings.push({ rule: 'input', severity: sev, url, line: 1, column: 1, message, value: '' });
        continue;
      }
      // Web fonts change text metrics and so which text is "large".
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      pages++;
      const result = await auditLoadedPage(page, options);
      findings.push(...result.findings);
      for (const link of result.links) {
        if (seen.has(link) || seen.size >= limit * 20) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    await context.close();
  } finally {
    if (!options.browser) await browser.close();
  }
  findings.sort((a, b) => (a.url ?? '').localeCompare(b.url ?? '') || (a.selector ?? '').localeCompare(b.selector ?? '') || a.rule.localeCompare(b.rule));
  return { findings, summary: summarise(findings, pages) };
}
