import { composeStories } from '@storybook/react-vite';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { SideNavigation, type SideNavigationItem } from './SideNavigation.js';
import * as stories from './SideNavigation.stories.js';

const { Default, CurrentDeepInTree, NoCurrentPage, English, NeverCollapsed } = composeStories(stories);
const warnings = captureWarnings();

const small: SideNavigationItem[] = [
  { label: 'Förskola', href: '/forskola', children: [{ label: 'Avgifter', href: '/forskola/avgifter', current: true }] },
  { label: 'Grundskola', href: '/grundskola', children: [{ label: 'Skolskjuts', href: '/grundskola/skolskjuts' }] },
];

/** The list a subpages button controls. */
const controlled = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls')!)!;

describe('SideNavigation', () => {
  it('is a navigation landmark named "Undermeny" holding nested lists of links', () => {
    render(<Default />);
    const nav = screen.getByRole('navigation', { name: 'Undermeny' });
    const top = within(nav).getAllByRole('list')[0]!;
    expect(top.parentElement).toBe(nav);
    expect(top.querySelectorAll(':scope > li')).toHaveLength(5);
    // Subpages are lists inside their page's list item.
    const forskola = screen.getByRole('link', { name: 'Förskola' }).closest('li')!;
    expect(within(forskola).getByRole('link', { name: 'Hitta förskola' }).closest('ul')?.parentElement).toBe(forskola);
  });

  it('marks only the current page with aria-current="page"', () => {
    const { container } = render(<Default />);
    const current = container.querySelectorAll('[aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0]).toBe(screen.getByRole('link', { name: 'Ansök om plats i förskola' }));
    expect(current[0]).toHaveAttribute('aria-current', 'page');
  });

  it('expands the branches that hold the current page and the current page\'s own subpages; others are closed', () => {
    render(<CurrentDeepInTree />);
    const forskola = screen.getByRole('button', { name: 'Undersidor till Förskola' });
    const ansok = screen.getByRole('button', { name: 'Undersidor till Ansök om plats i förskola' });
    const grundskola = screen.getByRole('button', { name: 'Undersidor till Grundskola' });
    expect(forskola).toHaveAttribute('aria-expanded', 'true');
    expect(ansok).toHaveAttribute('aria-expanded', 'true');
    expect(grundskola).toHaveAttribute('aria-expanded', 'false');
    expect(controlled(forskola)).not.toHaveAttribute('hidden');
    expect(controlled(ansok)).not.toHaveAttribute('hidden');
    expect(controlled(grundskola)).toHaveAttribute('hidden');
    expect(screen.getByRole('link', { name: 'Erbjudande om plats' })).toHaveAttribute('aria-current', 'page');
    // Links in a closed branch are out of the accessibility tree.
    expect(screen.queryByRole('link', { name: 'Skolskjuts' })).toBeNull();
  });

  it('with no current page every branch starts closed', () => {
    render(<NoCurrentPage />);
    const buttons = screen.getAllByRole('button', { name: /^Undersidor till/ });
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts the disclosure button beside the link, not inside it, so the link still leads to its page', () => {
    render(<Default />);
    const button = screen.getByRole('button', { name: 'Undersidor till Grundskola' });
    const link = screen.getByRole('link', { name: 'Grundskola' });
    expect(button.closest('a')).toBeNull();
    expect(link.contains(button)).toBe(false);
    expect(button.parentElement).toBe(link.parentElement);
    expect(link).toHaveAttribute('href', '#grundskola');
    expect(controlled(button).tagName).toBe('UL');
  });

  it('Tab reaches links and buttons in reading order, skipping closed branches; Enter and Space toggle', async () => {
    const user = userEvent.setup();
    render(<NeverCollapsed />);
    const order = [
      screen.getByRole('link', { name: 'Förskola' }),
      screen.getByRole('button', { name: 'Undersidor till Förskola' }),
      screen.getByRole('link', { name: 'Hitta förskola' }),
      screen.getByRole('link', { name: 'Ansök om plats i förskola' }),
      screen.getByRole('button', { name: 'Undersidor till Ansök om plats i förskola' }),
      screen.getByRole('link', { name: 'Så går ansökan till' }),
      screen.getByRole('link', { name: 'Erbjudande om plats' }),
      screen.getByRole('link', { name: 'Turordning och förtur' }),
      screen.getByRole('link', { name: 'Avgifter för förskola' }),
      screen.getByRole('link', { name: 'Pedagogisk omsorg' }),
      screen.getByRole('link', { name: 'Grundskola' }),
      screen.getByRole('button', { name: 'Undersidor till Grundskola' }),
      screen.getByRole('link', { name: 'Gymnasieskola' }),
    ];
    for (const element of order) {
      await user.tab();
      expect(element).toHaveFocus();
    }
    const grundskola = screen.getByRole('button', { name: 'Undersidor till Grundskola' });
    grundskola.focus();
    await user.keyboard('{Enter}');
    expect(grundskola).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Välja skola' })).toHaveFocus();
    grundskola.focus();
    await user.keyboard(' ');
    expect(grundskola).toHaveAttribute('aria-expanded', 'false');
    expect(controlled(grundskola)).toHaveAttribute('hidden');
  });

  it('server HTML has no buttons and shows every level down to the current page', () => {
    const html = renderToString(<SideNavigation items={stories.CurrentDeepInTree.args!.items!} />);
    const host = document.createElement('div');
    host.innerHTML = html;
    expect(host.querySelectorAll('button')).toHaveLength(0);
    const current = host.querySelector('[aria-current="page"]')!;
    expect(current).toHaveTextContent('Erbjudande om plats');
    // No list between the current page and the top is hidden.
    for (let list = current.closest('ul'); list; list = list.parentElement?.closest('ul') ?? null) {
      expect(list).not.toHaveAttribute('hidden');
    }
    // Other branches are reached through their page, whose own HTML shows them.
    const grundskola = [...host.querySelectorAll('a')].find((a) => a.textContent === 'Grundskola')!;
    expect(grundskola.closest('li')!.querySelector('ul')).toHaveAttribute('hidden');
    expect(host.querySelector('nav')).not.toHaveAttribute('data-enhanced');
  });

  it('defaultExpanded opens more branches beside the current one', () => {
    render(<SideNavigation items={small} defaultExpanded={['/grundskola']} />);
    expect(screen.getByRole('button', { name: 'Undersidor till Förskola' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Undersidor till Grundskola' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('controlled: shows `expanded` and reports presses through onExpandedChange', async () => {
    const onExpandedChange = vi.fn();
    const { rerender } = render(<SideNavigation items={small} expanded={[]} onExpandedChange={onExpandedChange} />);
    const forskola = screen.getByRole('button', { name: 'Undersidor till Förskola' });
    // The app said nothing is expanded, even though the current page is under Förskola.
    expect(forskola).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(forskola);
    expect(onExpandedChange).toHaveBeenLastCalledWith(['/forskola']);
    expect(forskola).toHaveAttribute('aria-expanded', 'false');
    rerender(<SideNavigation items={small} expanded={['/forskola']} onExpandedChange={onExpandedChange} />);
    expect(forskola).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(forskola);
    expect(onExpandedChange).toHaveBeenLastCalledWith([]);
  });

  it('narrow screens: a toggle named after the navigation folds the list; a followed link closes it', async () => {
    const { container } = render(<Default />);
    const nav = container.querySelector('nav')!;
    const toggle = screen.getByRole('button', { name: 'Undermeny' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(controlled(toggle)).toBe(within(nav).getAllByRole('list')[0]);
    expect(nav).toHaveAttribute('data-collapse', 'auto');
    expect(nav).toHaveAttribute('data-enhanced');
    expect(nav).not.toHaveAttribute('data-menu-open');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveAttribute('data-menu-open');
    fireEvent.click(screen.getByRole('link', { name: 'Hitta förskola' }));
    expect(nav).not.toHaveAttribute('data-menu-open');
  });

  it('collapse="never" has no narrow-screen toggle', () => {
    const { container } = render(<NeverCollapsed />);
    expect(screen.queryByRole('button', { name: 'Undermeny' })).toBeNull();
    expect(container.querySelector('nav')).toHaveAttribute('data-collapse', 'never');
  });

  it('speaks English under an English provider, and takes its own name', () => {
    const { unmount } = render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Section menu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Subpages of Preschool' })).toHaveAttribute('aria-expanded', 'true');
    unmount();
    render(<SideNavigation aria-label="Förskola och skola" items={small} />);
    expect(screen.getByRole('navigation', { name: 'Förskola och skola' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Förskola och skola' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('renders links through the app router link from GbgProvider', () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink({ href, ...props }, ref) {
      return <a ref={ref} href={href} data-router="yes" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <SideNavigation items={small} />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Avgifter' })).toHaveAttribute('data-router', 'yes');
    expect(screen.getByRole('link', { name: 'Avgifter' })).toHaveAttribute('aria-current', 'page');
  });

  it('never renders an unsafe href, and names the component in the warning', () => {
    render(<SideNavigation items={[{ label: 'Start', href: 'javascript:alert(1)' }]} />);
    expect(screen.getByText('Start').closest('a')).not.toHaveAttribute('href');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] SideNavigation: removed the unsafe href/)]);
  });

  it('warns and renders nothing for empty items, without crashing', () => {
    const { container } = render(<SideNavigation items={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] SideNavigation: items is empty/);
    render(<SideNavigation items={undefined as unknown as []} />);
    render(<SideNavigation items={[null as unknown as SideNavigationItem, { label: 'Ok', href: '/ok', children: 'x' as unknown as [] }]} />);
    expect(screen.getByRole('link', { name: 'Ok' })).toBeInTheDocument();
  });

  it('warns about two current pages, a shared branch href and a missing href', () => {
    render(
      <SideNavigation
        items={[
          { label: 'A', href: '/a', current: true, children: [{ label: 'A1', href: '/a1' }] },
          { label: 'B', href: '/a', current: true, children: [{ label: 'B1', href: '/b1' }] },
          { label: 'C', href: undefined as unknown as string },
        ]}
      />,
    );
    const messages = warnings.messages();
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] SideNavigation: 2 items are marked current/));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] SideNavigation: more than one item with subpages has the href "\/a"/));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] SideNavigation: an item has no href/));
  });

  it('keeps the subpages of a page without href shown (no button, nothing hidden)', () => {
    render(<SideNavigation items={[{ label: 'Utan adress', href: undefined as unknown as string, children: [{ label: 'Undersida', href: '/under' }] }]} />);
    expect(screen.getByRole('link', { name: 'Undersida' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Undersidor till/ })).toBeNull();
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] SideNavigation: an item has no href/)]);
  });

  it('forwards the ref, merges className and passes attributes and onClick through', () => {
    const ref = createRef<HTMLElement>();
    // preventDefault: jsdom cannot follow the link.
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(<SideNavigation ref={ref} className="mine" data-testid="side" onClick={onClick} items={small} />);
    expect(ref.current?.tagName).toBe('NAV');
    expect(ref.current).toHaveClass('mine', 'gbg-side-navigation');
    expect(screen.getByTestId('side')).toBe(ref.current);
    fireEvent.click(screen.getByRole('link', { name: 'Förskola' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
