import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, type TableSort } from './index.js';
import * as stories from './Table.stories.js';

const s = composeStories(stories, preview);
const warnings = captureWarnings();
const warned = () => warnings.messages().join('\n');

const politeRegion = () => document.querySelector('[aria-live="polite"]');
async function announcements() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS * 3));
  });
  return politeRegion()?.textContent ?? '';
}

/** The row headers (first cell of each body row), in the order shown. */
const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

function Fees({ sort, onSortChange }: { sort?: TableSort; onSortChange?: (sort: TableSort) => void }) {
  return (
    <Table caption="Avgifter" sort={sort} onSortChange={onSortChange}>
      <TableHead>
        <TableRow>
          <TableHeaderCell sortKey="child">Barn</TableHeaderCell>
          <TableHeaderCell sortKey="fee" numeric>
            Avgift
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        <TableRow>
          <TableHeaderCell>Barn 1</TableHeaderCell>
          <TableCell numeric>1 688 kr</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

describe('Table', () => {
  it('is a table named by its caption, in a region named by the same caption', () => {
    render(<s.Sorted />);
    const table = screen.getByRole('table', { name: 'Förskolor i Göteborg' });
    expect(table.querySelector('caption')).toHaveTextContent('Förskolor i Göteborg');
    const region = screen.getByRole('region', { name: 'Förskolor i Göteborg' });
    expect(region).toContainElement(table);
    expect(warnings.spy).not.toHaveBeenCalled();
  });

  it('gives column headers scope col and row headers scope row', () => {
    render(<s.Simple />);
    const table = screen.getByRole('table');
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(5); // four body rows and the total in the foot
    for (const th of rowHeaders) expect(th).toHaveAttribute('scope', 'row');
    // Each data cell is read with its column and row headers.
    expect(within(table).getByRole('cell', { name: '1 125 kr' }).closest('tr')).toHaveTextContent('Barn 2');
  });

  it('marks numeric cells and headers for end alignment', () => {
    render(<s.Simple />);
    expect(screen.getByRole('columnheader', { name: 'Högsta avgift' })).toHaveAttribute('data-numeric');
    expect(screen.getByRole('cell', { name: '1 688 kr' })).toHaveAttribute('data-numeric');
    expect(screen.getByRole('columnheader', { name: 'Barn i familjen' })).not.toHaveAttribute('data-numeric');
  });

  it('shows the default sort: aria-sort only on the sorted header, rows in that order', () => {
    render(<s.Sorted />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((th) => th.getAttribute('aria-sort'))).toEqual([null, null, null, 'descending']);
    const places = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.lastElementChild!.textContent));
    expect(places).toEqual([...places].sort((a, b) => b - a));
    // Sortable headers are buttons named by the column's words.
    expect(within(headers[3]!).getByRole('button', { name: 'Platser' })).toBeInTheDocument();
  });

  it('sorts by a pressed header, flips on the second press, keeps focus and announces politely', async () => {
    render(
      <GbgProvider>
        <s.SortByPressing />
      </GbgProvider>,
    );
    const table = screen.getByRole('table');
    const name = screen.getByRole('button', { name: 'Förskola' });
    await userEvent.click(name);
    expect(name.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(name).toHaveFocus();
    const ascending = rowNames(table);
    expect(ascending[0]).toBe('Ankarparkens förskola');
    // Swedish order: å, ä, ö last.
    expect(ascending.slice(-3)).toEqual(['Åkereds förskola', 'Ängåsens förskola', 'Önnereds förskola']);
    expect(await announcements()).toBe('Sorterat på Förskola, stigande');

    await userEvent.click(name);
    expect(name.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames(table)).toEqual([...ascending].reverse());
    expect(await announcements()).toBe('Sorterat på Förskola, fallande');
  });

  it('sorts with Enter and Space on a focused header (keyboard, APG button)', async () => {
    render(<s.SortByPressing />);
    await userEvent.tab();
    // The region is not a tab stop in jsdom (nothing overflows), so the first header comes first.
    expect(screen.getByRole('button', { name: 'Förskola' })).toHaveFocus();
    await userEvent.tab();
    const district = screen.getByRole('button', { name: 'Stadsområde' });
    expect(district).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(district.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.keyboard(' ');
    expect(district.closest('th')).toHaveAttribute('aria-sort', 'descending');
    // Only one header is sorted at a time.
    expect(screen.getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'))).toHaveLength(1);
  });

  it('announces in English with the English locale', async () => {
    render(<s.English />);
    await userEvent.click(screen.getByRole('button', { name: 'Places' }));
    // Places was sorted descending by default: the first press on it sorts ascending.
    expect(await announcements()).toBe('Sorted by Places, ascending');
  });

  it('is controlled with sort + onSortChange', async () => {
    const onSortChange = vi.fn();
    const { rerender } = render(<Fees sort={{ key: 'fee', direction: 'ascending' }} onSortChange={onSortChange} />);
    const fee = screen.getByRole('button', { name: 'Avgift' });
    await userEvent.click(fee);
    expect(onSortChange).toHaveBeenCalledWith({ key: 'fee', direction: 'descending' });
    // Controlled: nothing changes until the app passes the new sort.
    expect(fee.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    rerender(<Fees sort={{ key: 'fee', direction: 'descending' }} onSortChange={onSortChange} />);
    expect(fee.closest('th')).toHaveAttribute('aria-sort', 'descending');
    rerender(<Fees sort={null} onSortChange={onSortChange} />);
    expect(screen.getAllByRole('columnheader').some((th) => th.hasAttribute('aria-sort'))).toBe(false);
  });

  it('works controlled from app state', async () => {
    function App() {
      const [sort, setSort] = useState<TableSort>(null);
      return <Fees sort={sort} onSortChange={setSort} />;
    }
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Barn' }));
    expect(screen.getByRole('columnheader', { name: 'Barn' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('hides the caption visually but keeps the names', () => {
    render(<s.CaptionHidden />);
    const caption = screen.getByRole('table').querySelector('caption')!;
    expect(caption.className).toMatch(/gbg-visually-hidden/);
    expect(screen.getByRole('region', { name: 'Förskolor i Göteborg' })).toBeInTheDocument();
  });

  it('sets density, stripes and sticky header as data attributes for the plain-HTML classes', () => {
    const { unmount } = render(<s.Compact />);
    expect(screen.getByRole('table')).toHaveAttribute('data-density', 'compact');
    expect(screen.getByRole('table')).toHaveClass('gbg-table');
    unmount();
    render(<s.Striped />);
    expect(screen.getByRole('table')).toHaveAttribute('data-striped');
    render(<s.StickyHeader />);
    const sticky = screen.getAllByRole('region').find((region) => region.hasAttribute('data-sticky-header'));
    expect(sticky).toHaveClass('gbg-table-region');
  });

  it('is a focusable region on the server (before measuring), and not a tab stop once it fits', () => {
    const html = renderToString(<s.Sorted />);
    expect(html).toMatch(/role="region"[^>]*tabindex="0"|tabindex="0"[^>]*role="region"/);
    render(<s.Sorted />);
    // jsdom lays nothing out: the region does not overflow, so it leaves the tab order.
    expect(screen.getByRole('region')).not.toHaveAttribute('tabindex');
  });

  it('forwards the ref to the table and passes className, style and attributes through', () => {
    const ref = createRef<HTMLTableElement>();
    render(
      <Table ref={ref} caption="Avgifter" className="mine" style={{ color: 'black' }} data-testid="t" regionProps={{ className: 'scroll' }}>
        <TableBody>
          <TableRow>
            <TableCell>1</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    expect(ref.current).toBe(screen.getByTestId('t'));
    expect(ref.current).toHaveClass('gbg-table', 'mine');
    expect(ref.current).toHaveStyle({ color: 'rgb(0, 0, 0)' });
    expect(screen.getByRole('region')).toHaveClass('gbg-table-region', 'scroll');
  });
});

describe('Table bad input', () => {
  it('warns about an empty caption, a bad density and a bad sort, and still renders', () => {
    render(
      // @ts-expect-error: density must be 'default' or 'compact'
      <Table caption="" density="tight" sort={{ key: 'fee', direction: 'up' as never }}>
        <TableBody>
          <TableRow>
            <TableCell>1</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    expect(warned()).toMatch(/Table: `caption` is empty/);
    expect(warned()).toMatch(/Table: `density` must be "default" or "compact" \(got "tight"\)/);
    expect(warned()).toMatch(/Table: `sort` must be null or \{ key, direction/);
    expect(screen.getByRole('table')).toHaveAttribute('data-density', 'default');
  });

  it('requires a caption by type', () => {
    // @ts-expect-error: caption is required
    render(<Table><TableBody /></Table>);
    expect(warned()).toMatch(/Table: `caption` is empty/);
  });

  it('warns when sortKey is used outside a column header, and renders a plain header', () => {
    render(
      <Table caption="Avgifter">
        <TableBody>
          <TableRow>
            <TableHeaderCell sortKey="child">Barn 1</TableHeaderCell>
            <TableCell>1</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    expect(warned()).toMatch(/TableHeaderCell: `sortKey` works only on column headers/);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Barn 1' })).not.toHaveAttribute('aria-sort');
  });

  it('warns when TableBody gets rows without a render function', () => {
    render(
      <Table caption="Avgifter">
        {/* @ts-expect-error: with rows, children must be a function */}
        <TableBody rows={[{ a: 1 }]}>text</TableBody>
      </Table>,
    );
    expect(warned()).toMatch(/TableBody: got `rows` but `children` is not a function/);
  });
});
