// @vitest-environment node
import { composeStories } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as stories from './Logo.stories.js';

describe('Logo on the server', () => {
  it('renders every story without a DOM', () => {
    expect(typeof window).toBe('undefined');
    for (const [name, Story] of Object.entries(composeStories(stories))) {
      expect(renderToString(<Story />), name).toMatch(/gbg-logo/);
    }
  });
});
