// Screenshots of stories in real Chromium, compared with the committed baselines in
// __screenshots__/ (update with `pnpm test:visual -u` after an intended change; see README.md).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { emulateMedia, mount } from '../browser/render.js';
import { composeAll, isMatrixStory } from '../shared/composed-stories.js';
import { modes } from './modes.js';

// The outer Playwright page is this tall (vitest.config.ts); a taller iframe would be scaled down.
const maxShotHeight = 8000;

const fileName = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

type Playable = {
  parameters?: { visual?: { play?: boolean; now?: string | number } };
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};
/**
 * A story with `parameters.visual.play` is photographed after its play function ran (Header's
 * menu opened at 320 px); other stories show their first render.
 */
const playsFirst = (Story: unknown) => (Story as Playable).parameters?.visual?.play === true;
/**
 * `parameters.visual.now` (an ISO time or ms): the story is rendered and shot with `Date` fixed at
 * that moment (timers still run), so what shows today's date or a countdown looks the same in
 * every run.
 */
const fixedNow = (Story: unknown) => (Story as Playable).parameters?.visual?.now;

for (const mode of modes) {
  const stories = composeAll(mode.globals).filter((story) => isMatrixStory(story) || playsFirst(story.Story));

  describe(mode.id, () => {
    beforeAll(async () => {
      await page.viewport(mode.width, mode.height);
      await emulateMedia({ forcedColors: mode.forcedColors ? 'active' : 'none' });
    });
    afterAll(async () => {
      await emulateMedia({ forcedColors: 'none' });
    });

    it('emulates the mode', () => {
      expect(window.innerWidth).toBe(mode.width);
      expect(matchMedia('(forced-colors: active)').matches).toBe(mode.forcedColors);
    });

    it.each(stories.map((story) => [story.name, story] as const))('%s', async (name, { Story }) => {
      const now = fixedNow(Story);
      if (now !== undefined) {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date(now));
      }
      const mounted = await mount(Story).catch((error: unknown) => {
        if (now !== undefined) vi.useRealTimers();
        throw error;
      });
      try {
        if (playsFirst(Story)) await (Story as Playable).play?.({ canvasElement: mounted.container });
        const story = mounted.container.firstElementChild as HTMLElement;
        // A story that focuses an element on mount (ErrorSummary) scrolls the frame; shoot from the top.
        window.scrollTo(0, 0);
        // The test iframe paints only its viewport: a story reaching below the mode's height would
        // come out blank below the fold. Grow the viewport to the story's bottom for the shot.
        const bottom = Math.ceil(story.getBoundingClientRect().bottom);
        if (bottom > mode.height) {
          await page.viewport(mode.width, Math.min(bottom, maxShotHeight));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          window.scrollTo(0, 0);
        }
        await expect
          .element(page.elementLocator(story))
          .toMatchScreenshot(`${fileName(name)}--${mode.id}`, {
            screenshotOptions: { animations: 'disabled', caret: 'hide' },
            // Forced colours override the transparent caret color Playwright uses to hide the
            // caret, so a focused text field (an open Combobox) blinks in the shot: allow the
            // caret's few pixels in that mode only.
            ...(mode.forcedColors && { comparatorName: 'pixelmatch' as const, comparatorOptions: { allowedMismatchedPixels: 40 } }),
            // Tall page stories need more than the default 5 s on a busy 2-core machine.
            timeout: 20_000,
          });
      } finally {
        await mounted.unmount();
        if (now !== undefined) vi.useRealTimers();
        await page.viewport(mode.width, mode.height);
      }
    });
  });
}
