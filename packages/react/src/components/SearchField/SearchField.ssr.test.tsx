// @vitest-environment node
import { composeStories } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as stories from './SearchField.stories.js';

describe('SearchField on the server', () => {
  it('renders every story without a DOM', () => {
    expect(typeof window).toBe('undefined');
    for (const [name, Story] of Object.entries(composeStories(stories))) {
      expect(renderToString(<Story />), name).toContain('role="search"');
    }
  });

  it('renders a working GET form before JavaScript loads', () => {
    const { Standard } = composeStories(stories);
    const html = renderToString(<Standard />);
    expect(html).toMatch(/<form[^>]*action="\/sok"[^>]*method="get"/);
    expect(html).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
    expect(html).toMatch(/<button[^>]*type="submit"/);
  });
});
