// Accessibility checks over EVERY story, in real Chromium, beyond what axe covers (issue 13):
// (a) invalid state exposed wherever an error is shown, (b) no focused element covering another
// target, (c) text that grows at 200 %. The checks themselves live in checks.ts and are proven
// against bad fixtures in checks.browser.test.tsx.
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount } from '../browser/render.js';
import { composeAll } from '../shared/composed-stories.js';
import { countShownErrors, findCoveredTargets, findInvalidStateGaps, findTextThatDoesNotGrow } from './checks.js';

const stories = composeAll();
const cases = stories.map((story) => [story.name, story] as const);

beforeAll(async () => {
  await page.viewport(1280, 800);
});

describe('(a) invalid state is exposed wherever an error is shown', () => {
  it('finds the shown errors at all (guard: a renamed error class would make every story pass)', async () => {
    let seen = 0;
    for (const [, { Story }] of cases.filter(([name]) => /error|invalid|fel|over/i.test(name))) {
      const mounted = await mount(Story);
      seen += countShownErrors(mounted.container);
      await mounted.unmount();
    }
    expect(seen).toBeGreaterThan(5);
  });

  it.each(cases)('%s', async (_name, { Story }) => {
    const mounted = await mount(Story);
    try {
      expect(findInvalidStateGaps(mounted.container)).toEqual([]);
    } finally {
      await mounted.unmount();
    }
  });
});

describe('(b) a focused element covers no other target', () => {
  it.each(cases)('%s', async (_name, { Story }) => {
    const mounted = await mount(Story);
    try {
      expect(await findCoveredTargets(mounted.container)).toEqual([]);
    } finally {
      await mounted.unmount();
    }
  });
});

describe('(c) text grows at 200 % text size', () => {
  it.each(cases)('%s', async (_name, { Story }) => {
    const mounted = await mount(Story);
    try {
      const { problems } = await findTextThatDoesNotGrow(mounted.container);
      expect(problems).toEqual([]);
    } finally {
      await mounted.unmount();
    }
  });
});
