import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { auditFixtures, deadOrigin, serveFixtures } from './audit-helpers.js';

async function run(args: string[], cwd = auditFixtures) {
  let stdout = '';
  let stderr = '';
  const code = await main(['audit', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

describe('gbg-brand audit', () => {
  it('exits 0 and reports JSON for a clean local file', async () => {
    const r = await run(['clean.html', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { findings: unknown[]; summary: { files: number; errors: number } };
    expect(json.findings).toEqual([]);
    expect(json.summary).toMatchObject({ files: 1, errors: 0 });
  }, 120_000);

  it('exits 1 with SARIF that locates findings by page and element', async () => {
    const r = await run([`${server.origin}/logos.html`, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations?: { fullyQualifiedName: string }[] }[] }[] }[] };
    const results = sarif.runs[0]!.results;
    expect(results.map((x) => x.ruleId)).toEqual(['logo', 'logo', 'logo', 'logo']);
    expect(results.map((x) => x.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName)).toEqual(['#crowded', '#noname', '#small', '#stretched']);
    expect(new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set([`${server.origin}/logos.html`]));
  }, 120_000);

  it('writes GitHub annotations naming the element, and text grouped by page', async () => {
    const gh = await run([`${server.origin}/site/index.html`, '--crawl', '3', '--format', 'github', '--lang', 'en']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toContain(`::error file=http%3A//127.0.0.1%3A${new URL(server.origin).port}/site/a.html,line=1,col=1,title=gbg-brand text-color::#a-colour: Text colour`);
    expect(gh.stdout.trim().split('\n').at(-1)).toBe('gbg-brand: 3 files checked, 2 errors, 0 warnings.');
    const text = await run([path.join(auditFixtures, 'site', 'a.html')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^file:\/\/.*\/site\/a\.html\n {2}#a-colour {2}error {4}Textfärgen rgb\(210, 71, 35\) är varken svart eller vit\./);
  }, 120_000);

  it('exits 2 with what to change when the page cannot be reached', async () => {
    const dead = await deadOrigin();
    const r = await run([`${dead}/`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Cannot open ${dead}/`);
    expect(r.stderr).toContain('ERR_CONNECTION_REFUSED');
    expect(r.stderr).toContain('start the server');
    const missing = await run([`${server.origin}/nope.html`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('answered HTTP 404');
  }, 120_000);

  it('exits 2 for usage, configuration and browser problems', async () => {
    expect((await run([])).stderr).toContain('give a page to audit');
    expect((await run(['clean.html', '--crawl', '0'])).code).toBe(2);
    expect((await run(['clean.html', '--format', 'xml'])).stderr).toContain('unknown format "xml"');
    const nofile = await run(['missing.html']);
    expect(nofile.code).toBe(2);
    expect(nofile.stderr).toContain('No such file: missing.html');
    const browser = await run(['clean.html', '--chromium', '/nonexistent/chromium']);
    expect(browser.code).toBe(2);
    expect(browser.stderr).toContain('Chromium was not found at /nonexistent/chromium');
    expect(browser.stderr).toContain('GBG_CHROMIUM_PATH');
    expect((await run(['--help'])).stdout).toContain('gbg-brand audit <url|file.html>');
  }, 120_000);
});
