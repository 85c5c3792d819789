// @vitest-environment node
import { composeStories } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as stories from './Grid.stories.js';

describe('Grid on the server', () => {
  it('renders every story without a DOM, columns as inline custom properties', () => {
    expect(typeof window).toBe('undefined');
    for (const [name, Story] of Object.entries(composeStories(stories))) {
      expect(renderToString(<Story />), name).toMatch(/^<(div|ul|section)/);
    }
    const { Responsive } = composeStories(stories);
    expect(renderToString(<Responsive />)).toContain('--gbg-grid-columns-md:2');
  });
});
