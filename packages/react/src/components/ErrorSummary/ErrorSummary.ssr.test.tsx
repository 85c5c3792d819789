// @vitest-environment node
import { composeStories } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as stories from './ErrorSummary.stories.js';

describe('ErrorSummary on the server', () => {
  it('renders every story without a DOM, links usable without JavaScript', () => {
    expect(typeof window).toBe('undefined');
    for (const [name, Story] of Object.entries(composeStories(stories))) {
      const html = renderToString(<Story />);
      expect(html, name).toContain('tabindex="-1"');
      expect(html, name).toContain('href="#es-namn"');
    }
  });
});
