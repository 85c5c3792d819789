// 200 % zoom on a 1280 px wide window leaves 640 CSS px: every story must fit that width
// without horizontal scrolling (WCAG 1.4.10 Reflow, 1.4.4 Resize text).
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount } from '../browser/render.js';
import { composeAll } from '../shared/composed-stories.js';

const stories = composeAll();

describe('200 % zoom (640 CSS px): no horizontal overflow', () => {
  beforeAll(async () => {
    await page.viewport(640, 800);
  });

  it.each(stories.map((story) => [story.name, story] as const))('%s', async (_name, { Story }) => {
    const mounted = await mount(Story);
    try {
      const story = mounted.container.firstElementChild as HTMLElement;
      expect(window.innerWidth).toBe(640);
      expect(story.clientWidth).toBeGreaterThan(0);
      expect(story.scrollWidth, 'scrollWidth of the story root').toBeLessThanOrEqual(story.clientWidth);
      expect(document.documentElement.scrollWidth, 'page scrollWidth').toBeLessThanOrEqual(640);
    } finally {
      await mounted.unmount();
    }
  });
});
