// Issue 13, `gbg-brand audit`: scope after redirects, time limits, what is refused, the logo's parts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, launchChromium } from '../src/audit/run.js';
import { main } from '../src/cli.js';
import { auditFixtures, serveFixtures } from './audit-helpers.js';

let browser: Browser;
let fixtureServer: Awaited<ReturnType<typeof serveFixtures>>;
let tmp: string;
const servers: Server[] = [];

/** A loopback server with its own routes; each server is its own origin (its own port). */
async function serve(routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>): Promise<{ origin: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(url.pathname);
    const route = routes[url.pathname];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

const html = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>t</title><style>a { color: #000; }</style></head><body>${body}</body></html>`);
};

beforeAll(async () => {
  [browser, fixtureServer] = await Promise.all([launchChromium(), serveFixtures()]);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-audit-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await fixtureServer?.close();
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  rmSync(tmp, { recursive: true, force: true });
});

async function cli(args: string[], cwd = auditFixtures) {
  let stdout = '';
  let stderr = '';
  const code = await main(['audit', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

describe('crawl scope', () => {
  it('stays inside the start origin when a same-origin link redirects elsewhere', async () => {
    const foreign = await serve({ '/landing': html('<p style="color:#ff0000">Främmande</p><a href="/deeper">vidare</a>'), '/deeper': html('<p>djupare</p>') });
    const site = await serve({
      '/': html('<p>Start</p><a href="/away">bort</a> <a href="/b">B</a>'),
      '/b': html('<p>B</p>'),
      '/away': (_req, res) => res.writeHead(302, { location: `${foreign.origin}/landing` }).end(),
    });
    const r = await audit([`${site.origin}/`], { browser, crawl: 10, locale: 'en' });
    expect(r.summary.files).toBe(2);
    expect(r.findings.map((f) => [f.rule, f.severity, f.url])).toEqual([['input', 'warning', `${site.origin}/away`]]);
    expect(r.findings[0]!.message).toContain('outside the audited site');
    expect(foreign.hits).not.toContain('/deeper');
  }, 60_000);

  it('for a local file, stays inside the start folder', async () => {
    const dir = mkdtempSync(path.join(tmp, 'site-'));
    mkdirSync(path.join(dir, 'start/sub'), { recursive: true });
    writeFileSync(path.join(dir, 'start/index.html'), '<!doctype html><html lang="sv"><title>s</title><style>a { color: #000; }</style><a href="sub/page.html">in</a> <a href="../outside.html">ut</a> <a href="/">rot</a> <a href="/etc/">etc</a>');
    writeFileSync(path.join(dir, 'start/sub/page.html'), '<!doctype html><html lang="sv"><title>p</title><p>inne</p>');
    writeFileSync(path.join(dir, 'outside.html'), '<!doctype html><html lang="sv"><title>o</title><p style="color:#ff0000">ute</p>');
    const r = await audit([path.join(dir, 'start/index.html')], { browser, crawl: 10 });
    expect(r.summary.files).toBe(2);
    expect(r.findings).toEqual([]);
  }, 60_000);
});

describe('time limits', () => {
  it('a page that busy-loops after load is reported as not audited; the next target is audited', async () => {
    const site = await serve({
      '/busy': html('<p>Upptagen</p><script>addEventListener("load", () => setTimeout(() => { for (;;) {} }, 0));</script>'),
      '/ok': html('<p style="color:#ff0000">Rött</p>'),
    });
    const started = Date.now();
    const r = await audit([`${site.origin}/busy`, `${site.origin}/ok`], { browser, timeout: 2_000, locale: 'en' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.findings.filter((f) => f.url === `${site.origin}/busy`).map((f) => [f.rule, f.severity])).toEqual([['input', 'error']]);
    expect(r.findings.find((f) => f.url === `${site.origin}/busy`)!.message).toContain('could not be audited');
    expect(r.findings.filter((f) => f.url === `${site.origin}/ok`).map((f) => f.rule).sort()).toEqual(['contrast', 'palette', 'text-color']);
  }, 60_000);

  it('an image and a web font that never load do not fail the audit', async () => {
    const site = await serve({
      '/': html('<style>@font-face { font-family: Slow; src: url(/slow.woff2); } p { font-family: Slow, sans-serif; }</style><p>Text</p><img src="/slow.png" alt="Bild" width="10" height="10">'),
      '/slow.png': () => {},
      '/slow.woff2': () => {},
    });
    const r = await audit([`${site.origin}/`], { browser, timeout: 2_000 });
    expect(r.findings).toEqual([]);
    expect(r.summary.files).toBe(1);
    expect(r.findings).toEqual([]);
  }, 60_000);

  it('--timeout is validated', async () => {
    const r = await cli(['clean.html', '--timeout', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--timeout takes seconds');
  });
});

describe('what audit refuses', () => {
  it('a folder, a .css file and a stylesheet address: a clear message and exit 2', async () => {
    const folder = await cli(['site']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('site is a folder');
    const css = await cli(['styles.css']);
    expect(css.code).toBe(2);
    expect(css.stderr).toContain('styles.css is not an HTML page');
    expect(css.stderr).toContain('gbg-brand check styles.css');
    const served = await cli([`${fixtureServer.origin}/styles.css`]);
    expect(served.code).toBe(2);
    expect(served.stderr).toContain('is not an HTML page (text/css)');
  }, 60_000);
});

describe('logo parts', () => {
  it('catches a cropped, overlapped (right-to-left) or placeholder logo and accepts a whole one', async () => {
    const r = await audit([path.join(auditFixtures, 'logo-parts.html')], { browser, locale: 'en' });
    const by = (id: string) => r.findings.filter((f) => f.selector === `#${id}`).map((f) => f.message);
    expect(by('whole')).toEqual([]);
    expect(by('rtl')).toEqual([
      'The logotype is cropped: the word mark is not fully visible. The logotype is always shown whole — check its width and the right-to-left layout.',
      'The word mark and the coat of arms overlap. The parts stand beside (or below) each other as in the original — check the right-to-left layout.',
    ]);
    expect(by('narrow')).toEqual(['The logotype is cropped: the word mark is not fully visible. The logotype is always shown whole — check its width and the right-to-left layout.']);
    expect(by('placeholder')).toEqual(["The logotype placeholder would ship to production. Provide the city's logo files with LogoAssetsProvider (or draw the official logotype)."]);
    expect(r.findings.every((f) => f.rule === 'logo')).toBe(true);
  }, 60_000);
});

describe('sub-brand themes in audit', () => {
  it('reads "themes" from the config: the company colour is allowed, its text colour is not', async () => {
    const dir = mkdtempSync(path.join(tmp, 'theme-'));
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, 'conf/bolaget.tokens.json'), JSON.stringify({ color: { $type: 'color', accent: { $value: '#1a7f5a' } } }));
    writeFileSync(path.join(dir, 'conf/gbg-brand.config.json'), JSON.stringify({ themes: ['./bolaget.tokens.json'] }));
    writeFileSync(
      path.join(dir, 'page.html'),
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Bolaget</title></head><body style="margin:0;background:#fff;color:#000"><div id="band" style="background:#1a7f5a;color:#fff;padding:20px">Bolaget</div><p id="green" style="color:#1a7f5a">Grön text</p></body></html>',
    );
    const withTheme = await cli(['page.html', '--config', 'conf/gbg-brand.config.json', '--format', 'json', '--lang', 'en'], dir);
    const rules = (JSON.parse(withTheme.stdout).findings as { rule: string; selector: string }[]).map((f) => [f.rule, f.selector]);
    expect(rules).toEqual([['text-color', '#green']]);
    const without = await cli(['page.html', '--format', 'json'], dir);
    expect((JSON.parse(without.stdout).findings as { rule: string }[]).filter((f) => f.rule === 'palette').length).toBeGreaterThan(0);
  }, 60_000);
});
