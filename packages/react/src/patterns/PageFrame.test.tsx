import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as stories from './PageFrame.stories.js';

const { Sidram } = composeStories(stories);

describe('Mönster/Sidram: landmark structure', () => {
  it('has one banner, one main and one contentinfo, at the top level of the page', () => {
    render(<Sidram />);
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('contentinfo')).toHaveLength(1);
  });

  it('names every navigation landmark, each differently', () => {
    render(<Sidram />);
    const names = screen.getAllByRole('navigation').map((nav) => nav.getAttribute('aria-label'));
    expect(names).toEqual(['Språk', 'Huvudmeny']);
    expect(new Set(names).size).toBe(names.length);
    expect(within(screen.getByRole('banner')).getByRole('search', { name: 'Sök på webbplatsen' })).toBeInTheDocument();
  });

  it('starts with the skip link to main, and has a single level-1 heading inside main', () => {
    render(<Sidram />);
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Hoppa till huvudinnehållet');
    expect(links[0]).toHaveAttribute('href', `#${screen.getByRole('main').id}`);
    const h1 = screen.getAllByRole('heading', { level: 1 });
    expect(h1).toHaveLength(1);
    expect(screen.getByRole('main')).toContainElement(h1[0]!);
    // Footer headings come after the h1 and are level 2.
    expect(within(screen.getByRole('contentinfo')).getAllByRole('heading').every((h) => h.tagName === 'H2')).toBe(true);
  });
});
