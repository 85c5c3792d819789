// What jsdom cannot show, in real Chromium (vitest project `browser`): whether the scroll region
// overflows (and so is a tab stop), real arrow-key scrolling, the sticky header row and the
// computed alignment of numbers.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mount, press } from '../../../test/browserMount.js';
import { preschools } from './__fixtures__/preschools.js';
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, type TableProps } from './Table.js';

function Preschools({ width, rows = 6, ...props }: Partial<TableProps> & { width: string; rows?: number }) {
  return (
    <div style={{ inlineSize: width }}>
      <button type="button">Före</button>
      <Table caption="Förskolor" {...props}>
        <TableHead>
          <TableRow>
            <TableHeaderCell sortKey="name">Förskola</TableHeaderCell>
            <TableHeaderCell>Stadsområde</TableHeaderCell>
            <TableHeaderCell numeric>Platser</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody rows={preschools.slice(0, rows)}>
          {(row) => (
            <TableRow key={row.id}>
              <TableHeaderCell>{row.name}</TableHeaderCell>
              <TableCell>{row.district}</TableCell>
              <TableCell numeric>{row.places}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 50)));

describe('Table in Chromium', () => {
  it('an overflowing region is a tab stop with a focus ring, and arrow keys scroll it', async () => {
    const host = await mount(<Preschools width="200px" />);
    await settle();
    const region = host.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    expect(region.tabIndex).toBe(0);
    host.querySelector('button')!.focus();
    await press('{Tab}');
    expect(document.activeElement).toBe(region);
    expect(getComputedStyle(region).outlineStyle).toBe('solid');
    expect(region.scrollLeft).toBe(0);
    await press('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(region.scrollLeft).toBeGreaterThan(0);
    // The page itself does not scroll sideways.
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  it('a region that fits is not a tab stop, and becomes one when its column narrows', async () => {
    const host = await mount(<Preschools width="900px" />);
    await settle();
    const region = host.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.hasAttribute('tabindex')).toBe(false);
    host.querySelector('button')!.focus();
    await press('{Tab}');
    expect(document.activeElement?.textContent).toBe('Förskola');
    (host.firstElementChild as HTMLElement).style.inlineSize = '200px';
    await settle();
    expect(region.getAttribute('tabindex')).toBe('0');
  });

  it('the sticky header row stays at the top of its scroll box', async () => {
    const host = await mount(<Preschools width="600px" rows={24} stickyHeader regionProps={{ style: { maxBlockSize: '200px' } }} />);
    await settle();
    const region = host.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.scrollHeight).toBeGreaterThan(region.clientHeight);
    const header = host.querySelector('thead th')!;
    region.scrollTop = 300;
    await settle();
    expect(region.scrollTop).toBeGreaterThan(0);
    expect(Math.abs(header.getBoundingClientRect().top - region.getBoundingClientRect().top)).toBeLessThan(2);
  });

  it('numbers align at the inline end with tabular figures, on the right in LTR and the left in RTL', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const host = await mount(
        <div dir={dir}>
          <Preschools width="600px" />
        </div>,
      );
      const cell = host.querySelector<HTMLElement>('td[data-numeric]')!;
      const style = getComputedStyle(cell);
      expect(style.textAlign).toBe('end');
      expect(style.fontVariantNumeric).toBe('tabular-nums');
      const text = document.createRange();
      text.selectNodeContents(cell);
      const textBox = text.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      const paddingEnd = Number.parseFloat(style.paddingInlineEnd);
      if (dir === 'ltr') expect(Math.abs(box.right - paddingEnd - textBox.right)).toBeLessThan(1.5);
      else expect(Math.abs(box.left + paddingEnd - textBox.left)).toBeLessThan(1.5);
    }
  });

  it('header words line up with the column below in both densities (the sort button carries the padding)', async () => {
    for (const density of ['default', 'compact'] as const) {
      const host = await mount(<Preschools width="600px" density={density} />);
      const start = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect().left;
      };
      const header = host.querySelector('thead th button')!;
      const firstCell = host.querySelector('tbody th')!;
      expect(Math.abs(start(header.firstChild!.parentElement!) - start(firstCell))).toBeLessThan(1.5);
    }
  });
});
