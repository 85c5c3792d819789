import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPageStructure, headingLevels, expectRightToLeftPage } from './__fixtures__/pageStructure.js';
import * as stories from './ListPage.stories.js';

const { Listsida, ListsidaHogerTillVanster } = composeStories(stories);

describe('Mönster/Mallar/Listsida', () => {
  it('has the site frame plus breadcrumbs and pagination as distinct navigation', () => {
    render(<Listsida />);
    expectPageStructure(['Språk', 'Huvudmeny', 'Brödsmulor', 'Sidnumrering']);
  });

  it('filters with a named group of checkboxes in a GET form the server reads', () => {
    render(<Listsida />);
    const group = screen.getByRole('group', { name: 'Stadsområde' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.closest('form')).toHaveAttribute('method', 'get');
    expect(screen.getByRole('checkbox', { name: 'Angered' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Hisingen' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Visa förskolor' })).toHaveAttribute('type', 'submit');
  });

  it('pages with links built from hrefTemplate, current page marked', () => {
    render(<Listsida />);
    const pages = screen.getByRole('navigation', { name: 'Sidnumrering' });
    expect(pages.querySelector('[aria-current="page"]')).toHaveTextContent('1');
    const hrefs = Array.from(pages.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('?omrade=angered&omrade=centrum&sida=2');
  });

  it('right to left: the same landmarks with English names, Arabic content in the rtl subtree', () => {
    expectRightToLeftPage(ListsidaHogerTillVanster, ['Language', 'Main menu', 'Breadcrumbs', 'Pagination']);
  });
});
