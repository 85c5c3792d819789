// Every story's server HTML hydrates in real Chromium without a mismatch: React reports
// mismatches through onRecoverableError (it then re-renders on the client) and console.error.
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrate } from '../browser/render.js';
import { composeAll } from '../shared/composed-stories.js';

const stories = composeAll();

describe('hydration of the server HTML (hydrateRoot in Chromium)', () => {
  let errors: unknown[][];
  beforeEach(() => {
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(stories.map((story) => [story.name, story] as const))('%s', async (_name, { Story }) => {
    const html = renderToString(<Story />);
    const recoverable: unknown[] = [];
    const mounted = await hydrate(Story, html, (error) => recoverable.push(error));
    try {
      expect(recoverable.map(String), 'recoverable hydration errors').toEqual([]);
      expect(errors.map((args) => args.map(String).join(' ')), 'console.error while hydrating').toEqual([]);
      // Hydration kept the server nodes: the provider wrapper is the same element, now live.
      expect(mounted.container.firstElementChild?.getAttribute('data-gbg-theme')).toMatch(/light|dark|auto/);
    } finally {
      await mounted.unmount();
    }
  });
});
