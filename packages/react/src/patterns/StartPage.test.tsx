import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPageStructure, headingLevels, expectRightToLeftPage } from './__fixtures__/pageStructure.js';
import * as stories from './StartPage.stories.js';

const { Startsida, StartsidaHogerTillVanster } = composeStories(stories);

describe('Mönster/Mallar/Startsida', () => {
  it('has the skip link, one banner, main and contentinfo, and named, distinct navigation', () => {
    render(<Startsida />);
    expectPageStructure(['Språk', 'Huvudmeny']);
    expect(screen.getByRole('search', { name: 'Sök på webbplatsen' })).toBeInTheDocument();
  });

  it('has one h1 and h2 sections with h3 items, without skipped levels', () => {
    render(<Startsida />);
    const levels = headingLevels(screen.getByRole('main'));
    expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
    expect(screen.getByRole('heading', { level: 2, name: 'Populära e-tjänster' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Ansök om förskola' })).toBeInTheDocument();
  });

  it('shows the Logo in the header as the link home, not the words alone', () => {
    render(<Startsida />);
    const banner = screen.getByRole('banner');
    expect(banner.querySelector('.gbg-logo')).not.toBeNull();
  });

  it('right to left: the same landmarks with English names, Arabic content in the rtl subtree', () => {
    expectRightToLeftPage(StartsidaHogerTillVanster, ['Language', 'Main menu']);
  });
});
