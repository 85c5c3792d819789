// Every Mönster story at 320 CSS px (WCAG 1.4.10 reflow width) in real Chromium, in Swedish,
// English and right to left (Arabic): nothing scrolls sideways and no word is broken across
// lines. This Chromium has no hyphenation dictionaries, so a word on two lines is a mid-word
// break forced by `overflow-wrap`, which is what a too-large heading at 320 px produces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount } from '../../../../tests/browser/render.js';
import { composeAll, type Globals } from '../../../../tests/shared/composed-stories.js';

const width = 320;

const looks: Array<[string, Globals]> = [
  ['sv', {}],
  ['en', { locale: 'en' }],
  ['rtl', { dir: 'rtl', locale: 'en' }],
];

/**
 * Words (split at spaces, hyphens, dashes and slashes, where a line may break) that the layout
 * puts on more than one line, with the element they are in.
 */
function brokenWords(root: HTMLElement): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const pattern = /[^\s\-‐–—/]{2,}/g;
    for (let match = pattern.exec(node.data); match; match = pattern.exec(node.data)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push(`"${match[0]}" in <${node.parentElement?.tagName.toLowerCase()}>`);
    }
  }
  return broken;
}

describe('the broken-word detector', () => {
  it('finds a compound that a 48 px heading breaks at 320 px, and accepts one that fits', async () => {
    await page.viewport(width, 800);
    const mounted = await mount(() => (
      <div style={{ inlineSize: '288px' }}>
        <h1 style={{ fontSize: '48px', overflowWrap: 'anywhere', margin: 0 }}>Parkeringstillstånd</h1>
        <p style={{ fontSize: '16px', margin: 0 }}>Parkeringstillstånd</p>
      </div>
    ));
    try {
      expect(brokenWords(mounted.container)).toEqual(['"Parkeringstillstånd" in <h1>']);
    } finally {
      await mounted.unmount();
      await page.viewport(414, 896);
    }
  });
});

for (const [look, globals] of looks) {
  const stories = composeAll(globals).filter((story) => story.title.startsWith('Mönster/'));

  describe(`Mönster at ${width} px (${look})`, () => {
    beforeAll(async () => {
      await page.viewport(width, 800);
    });
    afterAll(async () => {
      await page.viewport(414, 896);
    });

    it('finds the pattern stories', () => {
      expect(stories.length).toBeGreaterThan(10);
    });

    it.each(stories.map((story) => [story.name, story] as const))('%s: no sideways scroll, no word broken', async (_name, { Story }) => {
      const mounted = await mount(Story);
      try {
        const story = mounted.container.firstElementChild as HTMLElement;
        expect(window.innerWidth).toBe(width);
        expect(story.scrollWidth, 'scrollWidth of the story root').toBeLessThanOrEqual(story.clientWidth);
        expect(document.documentElement.scrollWidth, 'page scrollWidth').toBeLessThanOrEqual(width);
        expect(brokenWords(story), 'words broken across lines').toEqual([]);
      } finally {
        await mounted.unmount();
      }
    });
  });
}
