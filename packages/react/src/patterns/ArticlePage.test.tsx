import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPageStructure, headingLevels, expectRightToLeftPage } from './__fixtures__/pageStructure.js';
import * as stories from './ArticlePage.stories.js';

const { Artikelsida, ArtikelsidaHogerTillVanster } = composeStories(stories);

describe('Mönster/Mallar/Artikelsida', () => {
  it('has the site frame plus breadcrumbs and the table of contents as distinct navigation', () => {
    render(<Artikelsida />);
    expectPageStructure(['Språk', 'Huvudmeny', 'Brödsmulor', 'Parkering', 'Innehåll på sidan']);
  });

  it('marks the current page in the breadcrumbs and links every section heading from the table of contents', () => {
    render(<Artikelsida />);
    const crumbs = screen.getByRole('navigation', { name: 'Brödsmulor' });
    expect(crumbs.querySelector('[aria-current="page"]')).toHaveTextContent('Parkeringstillstånd för boende');
    const toc = screen.getByRole('navigation', { name: 'Innehåll på sidan' });
    for (const link of Array.from(toc.querySelectorAll('a'))) {
      const id = link.getAttribute('href')!.slice(1);
      expect(document.getElementById(id)?.tagName, `no h2 for ${id}`).toBe('H2');
    }
  });

  it('ends the article with the date it was last updated', () => {
    render(<Artikelsida />);
    const time = screen.getByText('12 november 2026');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2026-11-12');
    expect(time.parentElement).toHaveTextContent(/^Senast uppdaterad/);
  });

  it('right to left: the same landmarks with English names, Arabic content in the rtl subtree', () => {
    expectRightToLeftPage(ArtikelsidaHogerTillVanster, ['Language', 'Main menu', 'Breadcrumbs', 'وقوف السيارات', 'On this page']);
  });
});
