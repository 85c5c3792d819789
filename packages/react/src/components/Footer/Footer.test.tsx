import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { Logo } from '../Logo/Logo.js';
import { Footer } from './Footer.js';
import * as stories from './Footer.stories.js';

const { Default, Black, Minimal, GuaranteeUnit, GuaranteeCompany } = composeStories(stories);

const warnings = captureWarnings();

describe('Footer', () => {
  it('is the contentinfo landmark on Göteborgsblå, rendering its content dark', () => {
    render(<Default />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveClass('gbg-footer');
    expect(footer).toHaveAttribute('data-background', 'brand');
    expect(footer).toHaveAttribute('data-gbg-theme', 'dark');
  });

  it('has a black variant', () => {
    render(<Black />);
    expect(screen.getByRole('contentinfo')).toHaveAttribute('data-background', 'black');
  });

  it('groups links under headings, as lists', () => {
    render(<Default />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Om Göteborgs Stad' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(list.tagName).toBe('UL');
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Så styrs Göteborgs Stad',
      'Nyheter och press',
      'Lediga jobb',
    ]);
    expect(screen.getByRole('heading', { name: 'Kontakt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vårt Göteborg (extern webbplats)' })).toHaveAttribute('href', 'https://vartgoteborg.se/');
  });

  it('names social links by text, with decorative icons', () => {
    render(<Default />);
    const heading = screen.getByRole('heading', { name: 'Följ oss' });
    const links = within(heading.nextElementSibling as HTMLElement).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Facebook', 'Instagram', 'YouTube']);
    expect(links[0]).toHaveAccessibleName('Facebook');
    expect(links[0]?.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('links the accessibility statement, about and cookies', () => {
    render(<Minimal />);
    expect(screen.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toHaveAttribute('href', '#tillganglighet');
    expect(screen.getByRole('link', { name: 'Om webbplatsen' })).toHaveAttribute('href', '#om-webbplatsen');
    expect(screen.getByRole('link', { name: 'Kakor (cookies)' })).toHaveAttribute('href', '#kakor');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('shows the guarantee text of a unit and of a company', () => {
    const { unmount } = render(<GuaranteeUnit />);
    expect(screen.getByText('Göteborgs konserthus är en del av Göteborgs Stad')).toBeInTheDocument();
    unmount();
    render(<GuaranteeCompany />);
    expect(screen.getByText('En del av Göteborgs Stad')).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <Default />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Accessibility statement' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Follow us' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Contact' })).toBeInTheDocument();
  });

  it('gives components inside it the dark theme (a Logo picks its white word mark)', () => {
    render(
      <Footer accessibilityHref="/a">
        <Logo size="sm" />
      </Footer>,
    );
    expect(document.querySelector('.gbg-logo-wordmark')).toHaveAttribute('data-background', 'dark');
  });

  it('sets the heading level', () => {
    render(<Default headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Om Göteborgs Stad' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it('is reached link by link with Tab', async () => {
    render(<Minimal />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Om webbplatsen' })).toHaveFocus();
  });

  it('forwards ref and className to the footer', () => {
    const ref = createRef<HTMLElement>();
    render(<Footer ref={ref} accessibilityHref="/a" className="egen" />);
    expect(ref.current?.tagName).toBe('FOOTER');
    expect(ref.current).toHaveClass('gbg-footer', 'egen');
  });

  it('warns when the accessibility statement link is missing', () => {
    render(<Footer />);
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Footer: accessibilityHref is missing/)]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)'])('never renders the unsafe URL %j', (href) => {
    render(<Footer accessibilityHref="/a" social={[{ label: 'Facebook', href }]} groups={[{ heading: 'Om oss', links: [{ label: 'Jobb', href }] }]} />);
    expect(screen.getByText('Facebook').closest('a')).not.toHaveAttribute('href');
    expect(screen.getByText('Jobb').closest('a')).not.toHaveAttribute('href');
    expect(warnings.messages()).toContainEqual(expect.stringMatching(/^\[gbg\] Footer: removed the unsafe href/));
  });

  it('falls back to brand for an unknown background and warns', () => {
    render(<Footer accessibilityHref="/a" background={'red' as never} />);
    expect(screen.getByRole('contentinfo')).toHaveAttribute('data-background', 'brand');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Footer: background="red" is not a footer background/)]);
  });

  it('warns about a unit guarantee without a name and shows the short text', () => {
    render(<Footer accessibilityHref="/a" guarantee={{ kind: 'unit' }} />);
    expect(screen.getByText('En del av Göteborgs Stad')).toBeInTheDocument();
    expect(warnings.messages()).toEqual([expect.stringMatching(/guarantee has kind "unit" but no name/)]);
  });

  it('survives malformed groups', () => {
    render(<Footer accessibilityHref="/a" groups={[{ heading: 'Tom', links: null as never }]} social={'x' as never} />);
    expect(screen.getByRole('heading', { name: 'Tom' })).toBeInTheDocument();
  });
});
