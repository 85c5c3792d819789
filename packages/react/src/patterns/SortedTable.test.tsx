import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import preview from '../../../../.storybook/preview.js';
import { ANNOUNCE_DELAY_MS } from '../announce/announcer.js';
import { preschools } from '../components/Table/__fixtures__/preschools.js';
import * as stories from './SortedTable.stories.js';

const { TabellMedSorteringOchPaginering, English } = composeStories(stories, preview);

/** What the polite live region says after the announcer's delay. */
async function spoken() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS * 3));
  });
  return document.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

const shownNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Mönster/Tabell med sortering och paginering', () => {
  it('shows the first 8 preschools by name, with pages for the rest', () => {
    render(<TabellMedSorteringOchPaginering />);
    expect(screen.getByRole('columnheader', { name: 'Förskola' })).toHaveAttribute('aria-sort', 'ascending');
    expect(shownNames()).toHaveLength(8);
    expect(shownNames()[0]).toBe('Ankarparkens förskola');
    expect(screen.getByText('Visar förskolor 1–8 av 24.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sidor med förskolor' })).toBeInTheDocument();
  });

  it('sorting then paging shows the right rows, and both changes are announced', async () => {
    const user = userEvent.setup();
    render(<TabellMedSorteringOchPaginering />);
    const places = screen.getByRole('button', { name: 'Platser' });
    await user.click(places); // ascending
    expect(await spoken()).toBe('Sorterat på Platser, stigande');
    await user.click(places); // descending
    expect(places.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(await spoken()).toBe('Sorterat på Platser, fallande');

    // Page 2 of ALL preschools sorted by places, most first (ties keep the list's order).
    await user.click(screen.getByRole('button', { name: 'Sida 2' }));
    expect(await spoken()).toBe('Sida 2 av 3');
    const expected = [...preschools]
      .map((row, index) => ({ row, index }))
      .sort((a, b) => b.row.places - a.row.places || a.index - b.index)
      .slice(8, 16)
      .map(({ row }) => row.name);
    expect(shownNames()).toEqual(expected);
    const shownPlaces = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.lastElementChild!.textContent));
    expect(shownPlaces).toEqual([...shownPlaces].sort((a, b) => b - a));
    expect(screen.getByText('Visar förskolor 9–16 av 24.')).toBeInTheDocument();
  });

  it('a new sort goes back to page 1', async () => {
    const user = userEvent.setup();
    render(<TabellMedSorteringOchPaginering />);
    await user.click(screen.getByRole('button', { name: 'Sida 3' }));
    expect(screen.getByText('Visar förskolor 17–24 av 24.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stadsområde' }));
    expect(screen.getByRole('button', { name: 'Sida 1' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Visar förskolor 1–8 av 24.')).toBeInTheDocument();
    // Stadsområde ascending: Angered first, districts starting with Ö last (Swedish order).
    const districts = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.children[1]!.textContent);
    expect(districts[0]).toBe('Angered');
  });

  it('speaks English with the English locale', async () => {
    const user = userEvent.setup();
    render(<English />);
    await user.click(screen.getByRole('button', { name: 'District' }));
    expect(await spoken()).toBe('Sorted by District, ascending');
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(await spoken()).toBe('Page 2 of 3');
  });
});
