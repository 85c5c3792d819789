import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, launchChromium } from '../src/audit/run.js';
import type { Finding } from '../src/index.js';
import { serveFixtures } from './audit-helpers.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveFixtures()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** [rule, severity, selector] of every finding, sorted — what the assertions pin down. */
function rows(findings: readonly Finding[]): [string, string, string | undefined][] {
  return findings.map((f) => [f.rule, f.severity, f.selector] as [string, string, string | undefined]).sort((a, b) => String(a[2]).localeCompare(String(b[2])) || a[0].localeCompare(b[0]));
}

async function run(page: string, options: Parameters<typeof audit>[1] = {}) {
  return audit([`${server.origin}/${page}`], { browser, locale: 'en', ...options });
}

describe('audit of rendered pages', () => {
  it('finds nothing on a page that follows the brand', async () => {
    const r = await run('clean.html');
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ files: 1, errors: 0, warnings: 0 });
  }, 120_000);

  it('reports text colour, palette, contrast (with the large-text threshold), unknown backdrops, UI parts and icons', async () => {
    const r = await run('colours.html');
    expect(rows(r.findings)).toEqual([
      ['contrast', 'warning', '#caption'],
      ['text-color', 'error', '#coloured'],
      ['contrast', 'error', '#f'],
      ['icon-color', 'warning', '#icon'],
      ['contrast', 'error', '#low'],
      ['contrast', 'error', '#nb'],
      ['palette', 'error', '#offpalette'],
      ['contrast', 'warning', '#photo > p'],
      ['contrast', 'error', '#regular-19-on-blue'],
      ['contrast', 'error', '#small-black-on-blue'],
    ]);
    const by = (selector: string) => r.findings.find((f) => f.selector === selector)!;
    // Every finding names the page it was found on.
    expect(new Set(r.findings.map((f) => f.url))).toEqual(new Set([`${server.origin}/colours.html`]));
    expect(by('#coloured').suggestion).toBe('var(--gbg-color-text-default)');
    expect(by('#offpalette').message).toContain('#3F5564');
    expect(by('#low').message).toMatch(/^Contrast 1\.4\d:1 .* below 4\.5:1/);
    // Black on Göteborgsblå is 4.31:1: fine at 24px and at 19px bold, not at 19px regular.
    expect(by('#small-black-on-blue').suggestion).toBe('var(--gbg-color-text-inverse)');
    expect(r.findings.some((f) => f.selector === '#large-black-on-blue' || f.selector === '#bold-black-on-blue')).toBe(false);
    // A field border that does not stand out 3:1 from what surrounds it.
    expect(by('#f').message).toContain('below 3:1 for graphics and UI parts');
    // A field always needs a visible boundary (unlike a text button, see clean.html).
    expect(by('#nb').message).toMatch(/^Contrast 1\.00:1 /);
    expect(by('#photo > p')).toMatchObject({ value: 'unknown' });
    expect(by('#photo > p').message).toContain('background image');
    expect(by('#caption').message).toContain('image or video');
    expect(by('#icon').suggestion).toBe('currentColor');
  }, 120_000);

  it('reports a logotype without name, too small, stretched or crowded — and accepts a correct one', async () => {
    const r = await run('logos.html');
    expect(rows(r.findings)).toEqual([
      ['logo', 'error', '#crowded'],
      ['logo', 'error', '#noname'],
      ['logo', 'error', '#small'],
      ['logo', 'error', '#stretched'],
    ]);
    const by = (selector: string) => r.findings.find((f) => f.selector === selector)!.message;
    expect(by('#noname')).toContain('no accessible name');
    expect(by('#small')).toBe('The logotype is 24 px tall, below the minimum height 32 px.');
    expect(by('#stretched')).toMatch(/distorted: its proportions differ 33%/);
    expect(by('#crowded')).toBe('Clear space around the logotype is 2 px (right); at least 16 px is needed.');
  }, 120_000);

  it('honours rule severities from the configuration', async () => {
    const r = await run('colours.html', { severities: { contrast: 'off', palette: 'warning' } });
    expect(r.findings.some((f) => f.rule === 'contrast')).toBe(false);
    expect(r.findings.find((f) => f.rule === 'palette')?.severity).toBe('warning');
  }, 120_000);

  it('crawls same-origin links up to the page limit, once each', async () => {
    const r = await run('site/index.html', { crawl: 3 });
    expect(r.summary.files).toBe(3);
    expect(r.findings.map((f) => [f.rule, f.url?.replace(server.origin, ''), f.selector])).toEqual([
      ['text-color', '/site/a.html', '#a-colour'],
      ['text-color', '/site/b.html', '#b-colour'],
    ]);
    const one = await run('site/index.html', { crawl: 1 });
    expect(one.summary.files).toBe(1);
    expect(one.findings).toEqual([]);
  }, 120_000);

  it('adds axe-core violations with --a11y', async () => {
    const without = await run('colours.html');
    expect(without.findings.some((f) => f.rule === 'a11y')).toBe(false);
    const r = await run('colours.html', { a11y: true });
    const a11y = r.findings.filter((f) => f.rule === 'a11y');
    // White on yellow fails axe too; each violation names its element and the axe rule.
    expect(a11y.map((f) => f.value)).toContain('color-contrast');
    expect(a11y.find((f) => f.value === 'color-contrast')).toMatchObject({ severity: 'error', selector: '#low', url: `${server.origin}/colours.html` });
  }, 120_000);
});
