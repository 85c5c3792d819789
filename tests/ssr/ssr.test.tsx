// Server rendering of every story in a plain Node environment (no window, no document), with the
// Storybook decorators applied. Also runs on React 18.3 (project `ssr-react18`).
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeAll } from '../shared/composed-stories.js';

const stories = composeAll();

describe('server rendering (renderToString in Node)', () => {
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

  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories.map((story) => [story.name, story] as const))('%s', (_name, { Story }) => {
    // Any `window`/`document` access during render throws a ReferenceError here.
    const html = renderToString(<Story />);
    expect(errors, 'console.error during server render').toEqual([]);
    // The GbgProvider decorator wraps every story: the theme attribute proves it ran.
    expect(html).toMatch(/^<div[^>]*data-gbg-theme="(light|dark|auto)"/);
    expect(html.length).toBeGreaterThan(60);
  });
});
