// The nearest theme decides a sub-brand's accent, checked in real Chromium: the theme CSS is
// layered over tokens.css and each case reads the painted colour of a primary-coloured box.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist');
const cli = path.join(here, '..', 'cli', 'gbg-tokens.mjs');

const LIGHT = 'rgb(138, 21, 56)'; // #8A1538, Exempelbolaget's accent
const DARK = 'rgb(249, 211, 222)'; // #F9D3DE, its dark accent
const B = 'data-gbg-brand="exempelbolaget"';
const box = '<i class="probe" style="display:block;width:4px;height:4px;background:var(--gbg-color-action-primary-background)"></i>';

let browser: Browser;
let css = '';
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const tokens = await fs.readFile(path.join(dist, 'css', 'tokens.css'), 'utf8');
  css = tokens + (await fs.readFile(path.join(dist, 'themes', 'exempelbolaget.css'), 'utf8'));
}, 60_000);
afterAll(async () => browser?.close());

/** The painted colour of every probe in `body`, in document order. */
async function paint(body: string, options: { html?: string; scheme?: 'light' | 'dark'; style?: string } = {}) {
  const page = await browser.newPage({ colorScheme: options.scheme ?? 'light' });
  try {
    await page.setContent(`<!doctype html><html ${options.html ?? ''}><head><style>${options.style ?? css}</style></head><body>${body}</body></html>`);
    return await page.$$eval('.probe', (els) => els.map((el) => getComputedStyle(el).backgroundColor));
  } finally {
    await page.close();
  }
}

describe('sub-brand theme cascade (Chromium)', () => {
  it('takes the light accent without a theme, and the dark one inside a dark page', async () => {
    expect(await paint(`<div ${B}>${box}</div>`)).toEqual([LIGHT]);
    expect(await paint(`<div data-gbg-theme="dark"><div ${B}>${box}</div></div>`)).toEqual([DARK]);
  });

  it('follows the NEAREST theme: a light section inside a dark page keeps the light accent', async () => {
    expect(await paint(`<div data-gbg-theme="dark"><section data-gbg-theme="light"><div ${B}>${box}</div></section></div>`)).toEqual([LIGHT]);
    expect(await paint(`<div data-gbg-theme="dark"><div ${B} data-gbg-theme="light">${box}</div></div>`)).toEqual([LIGHT]);
    expect(await paint(`<section data-gbg-theme="light"><div data-gbg-theme="dark"><div ${B}>${box}</div></div></section>`)).toEqual([DARK]);
  });

  it('gives a dark footer inside the branded page the dark accent, and the page around it the light one', async () => {
    expect(await paint(`<div ${B}>${box}<footer data-gbg-theme="dark">${box}</footer></div>`)).toEqual([LIGHT, DARK]);
  });

  it('follows the colour scheme in auto regions, down to a nested light section', async () => {
    const body = `<div ${B}>${box}</div><section data-gbg-theme="light"><div ${B}>${box}</div></section>`;
    expect(await paint(body, { html: 'data-gbg-theme="auto"', scheme: 'dark' })).toEqual([DARK, LIGHT]);
    expect(await paint(body, { html: 'data-gbg-theme="auto"', scheme: 'light' })).toEqual([LIGHT, LIGHT]);
  });

  it('without dark overrides, a dark region keeps the city dark accent', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'gbg-cascade-'));
    await promisify(execFile)(process.execPath, [cli, 'theme', 'create', 'exempelbolaget', '--accent', '#8A1538', '--out', out]);
    const tokens = await fs.readFile(path.join(dist, 'css', 'tokens.css'), 'utf8');
    const style = tokens + (await fs.readFile(path.join(out, 'exempelbolaget.css'), 'utf8'));
    const [cityDark, branded, themedBrand, light] = await paint(
      `<div data-gbg-theme="dark">${box}<div ${B}>${box}</div><div ${B} data-gbg-theme="dark">${box}</div></div><div ${B}>${box}</div>`,
      { style },
    );
    expect(cityDark).not.toBe(LIGHT);
    expect(branded).toBe(cityDark);
    expect(themedBrand).toBe(cityDark);
    expect(light).toBe(LIGHT);
  });
});
