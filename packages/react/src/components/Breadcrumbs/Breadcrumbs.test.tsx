import { composeStories } from '@storybook/react-vite';
import preview from '../../../../../.storybook/preview.js';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import * as stories from './Breadcrumbs.stories.js';

const { Default, Short, EndsAtParent } = composeStories(stories);
// The English story's demo content comes from the preview's demo-content decorator (and its
// provider takes the story's `locale: 'en'`), so it is composed the way Storybook shows it.
const { English } = composeStories(stories, preview);
const warnings = captureWarnings();

describe('Breadcrumbs', () => {
  it('is a navigation landmark named "Brödsmulor" holding an ordered list', () => {
    render(<Default />);
    const nav = screen.getByRole('navigation', { name: 'Brödsmulor' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });

  it('links every step but the current page, which is text with aria-current="page"', () => {
    render(<Default />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#start', '#forskola-och-skola', '#forskola']);
    const current = screen.getByText('Ansök om plats i förskola');
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current.closest('a')).toBeNull();
    for (const link of links) expect(link).not.toHaveAttribute('aria-current');
  });

  it('hides the separators from assistive technology', () => {
    const { container } = render(<Default />);
    const separators = container.querySelectorAll('svg');
    // Three chevrons and the back arrow of the collapsed form.
    expect(separators).toHaveLength(4);
    for (const svg of separators) expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('link', { name: 'Start' })).toBeInTheDocument();
  });

  it('marks the parent step for the narrow-screen collapse only on trails of three or more', () => {
    const { container, unmount } = render(<Default />);
    expect(container.querySelector('nav')).toHaveAttribute('data-collapse', 'auto');
    const parent = container.querySelectorAll('li[data-parent]');
    expect(parent).toHaveLength(1);
    expect(parent[0]).toHaveTextContent('Förskola');
    expect(parent[0]).not.toHaveTextContent('och skola');
    // The "Tillbaka till" words sit inside the parent link (shown only when collapsed).
    expect(within(parent[0] as HTMLElement).getByRole('link')).toHaveTextContent('Tillbaka till Förskola');
    unmount();
    const short = render(<Short />);
    expect(short.container.querySelector('nav')).toHaveAttribute('data-collapse', 'never');
    expect(short.container.textContent).not.toContain('Tillbaka till');
  });

  it('collapse="never" keeps the whole trail and adds no back words', () => {
    const { container } = render(<Default collapse="never" />);
    expect(container.querySelector('nav')).toHaveAttribute('data-collapse', 'never');
    expect(container.textContent).not.toContain('Tillbaka till');
  });

  it('ends at the parent when the last step has an href: no current page', () => {
    const { container } = render(<EndsAtParent />);
    expect(screen.getAllByRole('link')).toHaveLength(3);
    expect(container.querySelector('[aria-current]')).toBeNull();
    expect(container.querySelector('li[data-parent]')).toHaveTextContent('Parkering');
  });

  it('reaches every link with Tab, in trail order, and skips the current page', async () => {
    render(<Default />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Förskola och skola' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: /Förskola$/ })).toHaveFocus();
    await userEvent.tab();
    expect(document.body).toHaveFocus();
  });

  it('speaks English under an English provider, and takes an own aria-label', () => {
    const { unmount } = render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Breadcrumbs' })).toBeInTheDocument();
    // "Back to" shows (and is spoken) only in the collapsed form on narrow screens; jsdom
    // applies no media queries, so it is in the name here.
    expect(screen.getByRole('link', { name: 'Back to Preschool' })).toBeInTheDocument();
    unmount();
    render(<Breadcrumbs aria-label="Du är här" items={[{ label: 'Start', href: '/' }, { label: 'Om oss' }]} />);
    expect(screen.getByRole('navigation', { name: 'Du är här' })).toBeInTheDocument();
  });

  it('renders links through the app router link from GbgProvider', () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink({ href, ...props }, ref) {
      return <a ref={ref} href={href} data-router="yes" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <Breadcrumbs items={[{ label: 'Start', href: '/' }, { label: 'Nyheter' }]} />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('data-router', 'yes');
  });

  it('never renders an unsafe href, and names the component in the warning', () => {
    render(<Breadcrumbs items={[{ label: 'Start', href: 'javascript:alert(1)' }, { label: 'Nyheter' }]} />);
    expect(screen.getByText('Start').closest('a')).not.toHaveAttribute('href');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Breadcrumbs: removed the unsafe href/)]);
  });

  it('warns and renders nothing for an empty trail, without crashing', () => {
    const { container } = render(<Breadcrumbs items={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] Breadcrumbs: items is empty/);
    render(<Breadcrumbs items={undefined as unknown as []} />);
  });

  it('warns when a step before the current page has no href, and shows it as text', () => {
    render(<Breadcrumbs items={[{ label: 'Start', href: '/' }, { label: 'Utan länk' }, { label: 'Här' }]} />);
    expect(screen.getByText('Utan länk').closest('a')).toBeNull();
    expect(screen.getByText('Utan länk')).not.toHaveAttribute('aria-current');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Breadcrumbs: step 2 has no href/)]);
  });

  it('forwards the ref, merges className and passes attributes through', () => {
    const ref = createRef<HTMLElement>();
    // The component itself: a composed story passes no ref on React 18.
    render(<Breadcrumbs ref={ref} className="mine" data-testid="crumbs" items={[{ label: 'Start', href: '/' }, { label: 'Här' }]} />);
    expect(ref.current?.tagName).toBe('NAV');
    expect(ref.current).toHaveClass('mine', 'gbg-breadcrumbs');
    expect(screen.getByTestId('crumbs')).toBe(ref.current);
  });
});
