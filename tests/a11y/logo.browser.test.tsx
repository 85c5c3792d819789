// The logotype is never cropped, overlapped or altered — in left-to-right and right-to-left
// pages alike (issue 13: in RTL the word mark was drawn over the arms and cut to "s Stad").
// Every Logo story (and every story with a placeholder logo) in both directions: the arms sit
// left of (horizontal) or above (vertical) the word mark, their boxes do not overlap, and
// nothing of the word mark is clipped by the logo or any ancestor.
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount } from '../browser/render.js';
import { composeAll } from '../shared/composed-stories.js';

type Box = { left: number; right: number; top: number; bottom: number };

const box = (el: Element | Range): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
};
const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** Problems with one placeholder logo's geometry; empty when it is drawn whole. */
function logoProblems(logo: HTMLElement): string[] {
  const problems: string[] = [];
  const arms = logo.querySelector('.gbg-logo-arms');
  const wordmark = logo.querySelector('.gbg-logo-wordmark');
  if (!arms || !wordmark) return ['placeholder logo without .gbg-logo-arms and .gbg-logo-wordmark parts'];
  // The orientation as a data attribute or a variant class (both spellings of the class API).
  const vertical = logo.matches('[data-orientation="vertical"], .gbg-logo--orientation-vertical');
  const a = box(arms);
  const range = document.createRange();
  range.selectNodeContents(wordmark);
  const glyphs = box(range); // the text itself, wherever it is drawn
  const w = box(wordmark);
  if (overlaps(a, glyphs)) problems.push('word mark overlaps the arms');
  if (!vertical && !(glyphs.left >= a.right)) problems.push(`arms not left of the word mark (arms right ${a.right.toFixed(1)}, text left ${glyphs.left.toFixed(1)})`);
  if (vertical && !(glyphs.top >= a.bottom - 0.5)) problems.push('word mark not under the arms');
  // Sideways only: with line-height 1 the font's ascent and descent reach past the line box.
  if (glyphs.left < w.left - 0.5 || glyphs.right > w.right + 0.5) problems.push('word mark text overflows its own box');
  if (!inside(glyphs, box(logo))) problems.push('word mark text overflows the logo');
  // No ancestor that clips (overflow other than visible) may cut the text or the arms.
  for (let el = logo.parentElement; el && el !== document.body; el = el.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(el);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    if (!inside(glyphs, box(el)) || !inside(a, box(el))) problems.push(`clipped by ${el.localName}.${el.className}`);
  }
  // Nothing painted over the word mark: its middle hits the word mark.
  const hit = document.elementFromPoint((glyphs.left + glyphs.right) / 2, (glyphs.top + glyphs.bottom) / 2);
  if (hit && !wordmark.contains(hit)) problems.push(`word mark covered by ${hit.localName}`);
  return problems;
}

const stories = (dir: 'ltr' | 'rtl') =>
  composeAll({ dir })
    .filter((story) => /Logo|SenderText|Mönster/.test(story.title))
    .map((story) => [story.name, story] as const);

describe.each(['ltr', 'rtl'] as const)('Logo drawn whole in %s', (dir) => {
  beforeAll(async () => {
    await page.viewport(1280, 800);
  });

  it.each(stories(dir))('%s', async (name, { Story }) => {
    const mounted = await mount(Story);
    try {
      const logos = [...mounted.container.querySelectorAll<HTMLElement>('[data-gbg-logo="placeholder"]')];
      // Every Logo story but the official-file one shows the placeholder: the check must see it.
      if (name.startsWith('Komponenter/Logo/') && !name.endsWith('/WithOfficialFiles')) {
        expect(logos.length, 'placeholder logos found').toBeGreaterThan(0);
      }
      for (const logo of logos) {
        expect(logo.classList.contains('gbg-logo'), 'marker class').toBe(true);
        expect(logoProblems(logo), logo.outerHTML.slice(0, 120)).toEqual([]);
      }
    } finally {
      await mounted.unmount();
    }
  });
});

describe('Logo at 200 % text size', () => {
  it('grows the word mark and the arms together, keeping their proportions, in LTR and RTL', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const horizontal = composeAll({ dir }).find((story) => story.name === 'Komponenter/Logo/Horizontal')!;
      const mounted = await mount(horizontal.Story);
      try {
        const logo = mounted.container.querySelector<HTMLElement>('.gbg-logo')!;
        const measure = () => {
          const arms = logo.querySelector('.gbg-logo-arms')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(logo.querySelector('.gbg-logo-wordmark')!);
          const text = range.getBoundingClientRect();
          return { arms: arms.height, textHeight: text.height, textWidth: text.width };
        };
        const before = measure();
        document.documentElement.style.fontSize = '200%';
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const after = measure();
        document.documentElement.style.fontSize = '';
        expect(after.textHeight / before.textHeight, `${dir}: word mark height`).toBeGreaterThan(1.9);
        expect(after.arms / before.arms, `${dir}: arms height`).toBeGreaterThan(1.9);
        // Proportions kept: word mark width per arms height within 3 % (text rounding).
        const ratio = after.textWidth / after.arms / (before.textWidth / before.arms);
        expect(ratio, `${dir}: word mark width / arms height`).toBeGreaterThan(0.97);
        expect(ratio).toBeLessThan(1.03);
        expect(logoProblems(logo), `${dir} at 200 %`).toEqual([]);
      } finally {
        document.documentElement.style.fontSize = '';
        await mounted.unmount();
      }
    }
  });
});
