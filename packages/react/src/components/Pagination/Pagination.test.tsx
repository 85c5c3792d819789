import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { Pagination } from './Pagination.js';
import * as stories from './Pagination.stories.js';
import { pageRange } from './pageRange.js';

const { Default, FirstPage, LastPage, FewPages, WithGetHref, Buttons } = composeStories(stories);
const warnings = captureWarnings();

/** The visible row: numbers, "…" for gaps, and the words at the ends. */
function row(nav: HTMLElement): string[] {
  return within(nav)
    .getAllByRole('listitem', { hidden: true })
    .filter((item) => !item.classList.contains('gbg-pagination-status'))
    .map((item) => item.textContent ?? '');
}

describe('pageRange', () => {
  it('shows every page when they fit', () => {
    expect(pageRange(2, 7, 1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('keeps seven slots with one sibling, wherever the current page is', () => {
    expect(pageRange(1, 12, 1)).toEqual([1, 2, 3, 4, 5, 'gap-end', 12]);
    expect(pageRange(4, 12, 1)).toEqual([1, 2, 3, 4, 5, 'gap-end', 12]);
    expect(pageRange(5, 12, 1)).toEqual([1, 'gap-start', 4, 5, 6, 'gap-end', 12]);
    expect(pageRange(9, 12, 1)).toEqual([1, 'gap-start', 8, 9, 10, 11, 12]);
    expect(pageRange(12, 12, 1)).toEqual([1, 'gap-start', 8, 9, 10, 11, 12]);
  });
  it('never hides a single page behind a gap', () => {
    for (let page = 1; page <= 40; page++) {
      const items = pageRange(page, 40, 2);
      items.forEach((item, index) => {
        if (typeof item === 'string') {
          const before = items[index - 1] as number;
          const after = items[index + 1] as number;
          expect(after - before, `page ${page}`).toBeGreaterThan(2);
        }
      });
      expect(items).toHaveLength(9);
      expect(items).toContain(page);
    }
  });
});

describe('Pagination with links', () => {
  it('is a navigation landmark named "Sidnumrering" with the current page marked', () => {
    render(<Default />);
    const nav = screen.getByRole('navigation', { name: 'Sidnumrering' });
    const current = within(nav).getByRole('link', { name: 'Sida 5' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current).toHaveAttribute('href', '?sida=5#resultat');
    expect(within(nav).getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('has previous and next in words, with rel prev/next', () => {
    render(<Default />);
    expect(screen.getByRole('link', { name: 'Föregående' })).toHaveAttribute('href', '?sida=4#resultat');
    expect(screen.getByRole('link', { name: 'Föregående' })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: 'Nästa' })).toHaveAttribute('href', '?sida=6#resultat');
    expect(screen.getByRole('link', { name: 'Nästa' })).toHaveAttribute('rel', 'next');
  });

  it('shows an ellipsis for long ranges, hidden from assistive technology', () => {
    render(<Default />);
    const nav = screen.getByRole('navigation');
    expect(row(nav)).toEqual(['Föregående', '1', '…', '4', '5', '6', '…', '12', 'Nästa']);
    const gaps = within(nav).getAllByText('…');
    for (const gap of gaps) expect(gap.closest('li')).toHaveAttribute('aria-hidden', 'true');
  });

  it('has the compact status "Sida 5 av 12"', () => {
    render(<Default />);
    expect(screen.getByText('Sida 5 av 12')).toHaveClass('gbg-pagination-status');
  });

  it('leaves out previous on the first page and next on the last', () => {
    const first = render(<FirstPage />);
    expect(screen.queryByRole('link', { name: 'Föregående' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Nästa' })).toBeInTheDocument();
    first.unmount();
    render(<LastPage />);
    expect(screen.getByRole('link', { name: 'Föregående' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nästa' })).toBeNull();
  });

  it('lists all pages when few', () => {
    render(<FewPages />);
    expect(row(screen.getByRole('navigation'))).toEqual(['Föregående', '1', '2', '3', '4', 'Nästa']);
  });

  it('takes URLs from getHref', () => {
    render(<WithGetHref />);
    expect(screen.getByRole('link', { name: 'Sida 1' })).toHaveAttribute('href', '/nyheter');
    expect(screen.getByRole('link', { name: 'Sida 6' })).toHaveAttribute('href', '/nyheter?sida=6');
  });

  it('moves through the links with Tab in reading order', async () => {
    render(<FewPages />);
    const names = [];
    for (let i = 0; i < 6; i++) {
      await userEvent.tab();
      names.push(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    }
    expect(names).toEqual(['Föregående', 'Sida 1', 'Sida 2', 'Sida 3', 'Sida 4', 'Nästa']);
  });

  it('renders the app router link', () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink({ href, ...props }, ref) {
      return <a ref={ref} href={href} data-router="yes" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <Pagination page={2} count={3} hrefTemplate="/sok?sida={page}" />
      </GbgProvider>,
    );
    for (const link of screen.getAllByRole('link')) expect(link).toHaveAttribute('data-router', 'yes');
  });

  it('speaks English under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <Pagination page={3} count={12} hrefTemplate="?page={page}" />
      </GbgProvider>,
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Previous' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Next' })).toBeInTheDocument();
    expect(within(nav).getByText('Page 3 of 12')).toBeInTheDocument();
  });

  it('never renders an unsafe URL', () => {
    render(<Pagination page={1} count={3} getHref={(page) => `javascript:load(${page})`} />);
    for (const link of screen.getAllByText(/^\d$/)) expect(link.closest('a')).not.toHaveAttribute('href');
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] Pagination: removed the unsafe href/);
  });
});

describe('Pagination with buttons', () => {
  it('changes page on click, marks it current, keeps focus and announces the page', async () => {
    render(
      <GbgProvider>
        <Buttons />
      </GbgProvider>,
    );
    const next = screen.getByRole('button', { name: 'Nästa' });
    await userEvent.click(next);
    expect(screen.getByRole('button', { name: 'Sida 4' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Sida 3' })).not.toHaveAttribute('aria-current');
    expect(screen.getByText('Visar förskolor 31–40 av 96.')).toBeInTheDocument();
    expect(next).toHaveFocus();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Sida 4 av 10');
  });

  it('activates with Enter and Space, and keeps the pressed number focused', async () => {
    const onPageChange = vi.fn();
    render(<Pagination defaultPage={1} count={8} onPageChange={onPageChange} />);
    await userEvent.tab(); // Föregående (aria-disabled)
    await userEvent.tab(); // Sida 1
    await userEvent.tab(); // Sida 2
    expect(screen.getByRole('button', { name: 'Sida 2' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onPageChange).toHaveBeenLastCalledWith(2);
    expect(screen.getByRole('button', { name: 'Sida 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Sida 2' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(onPageChange).toHaveBeenLastCalledWith(3);
  });

  it('keeps previous/next at the ends as aria-disabled buttons that do nothing', async () => {
    const onPageChange = vi.fn();
    render(<Pagination page={1} count={3} onPageChange={onPageChange} />);
    const previous = screen.getByRole('button', { name: 'Föregående' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(previous);
    await userEvent.click(screen.getByRole('button', { name: 'Sida 1' }));
    expect(onPageChange).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Nästa' })).not.toHaveAttribute('aria-disabled');
  });
});

describe('Pagination with bad input', () => {
  it('warns and clamps a page outside 1..count', () => {
    render(<Pagination page={40} count={12} hrefTemplate="?sida={page}" />);
    expect(screen.getByRole('link', { name: 'Sida 12' })).toHaveAttribute('aria-current', 'page');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Pagination: page 40 is outside 1\.\.12/)]);
  });

  it('warns on a page that is not a number and shows page 1', () => {
    render(<Pagination page={Number.NaN} count={5} hrefTemplate="?sida={page}" />);
    expect(screen.getByRole('link', { name: 'Sida 1' })).toHaveAttribute('aria-current', 'page');
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] Pagination: page is NaN/);
  });

  it('warns and renders nothing when count is below 1; renders nothing silently for one page', () => {
    const { container, rerender } = render(<Pagination page={1} count={0} hrefTemplate="?sida={page}" />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] Pagination: count is 0; it must be 1 or more/);
    rerender(<Pagination page={1} count={1} hrefTemplate="?sida={page}" />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages()).toHaveLength(1);
  });

  it('warns about a hrefTemplate without {page}', () => {
    render(<Pagination page={1} count={3} hrefTemplate="/nyheter" />);
    expect(warnings.messages()[0]).toMatch(/hrefTemplate "\/nyheter" has no \{page\}/);
  });

  it('warns when it has no way to change page, and still renders', () => {
    render(<Pagination {...({ count: 3 } as { count: number; onPageChange: () => void })} />);
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(warnings.messages()[0]).toMatch(/has no getHref, hrefTemplate or onPageChange/);
  });

  it('forwards the ref and merges className', () => {
    const ref = createRef<HTMLElement>();
    render(<Pagination ref={ref} className="mine" page={1} count={2} hrefTemplate="?s={page}" />);
    expect(ref.current?.tagName).toBe('NAV');
    expect(ref.current).toHaveClass('mine', 'gbg-pagination');
  });
});
