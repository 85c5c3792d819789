import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/context.js';
import { GbgProvider } from '../../provider/index.js';
import { Header } from './Header.js';
import * as stories from './Header.stories.js';

const { Default, EService, LogoOnly, SubBrandUnit, SubBrandCompany, English } = composeStories(stories);

const warnings = captureWarnings();

const nav = [
  { label: 'Förskola', href: '/forskola', current: true },
  { label: 'Bygglov', href: '/bygglov' },
];

describe('Header', () => {
  it('is the banner landmark with the logo linking home', () => {
    render(<LogoOnly />);
    const banner = screen.getByRole('banner');
    const home = within(banner).getByRole('link', { name: 'Göteborgs Stad – startsida' });
    expect(home).toHaveAttribute('href', '#start');
    // The link holds the Logo (never the words alone): one image named by the word mark.
    expect(within(home).getByRole('img', { name: 'Göteborgs Stad – startsida' })).toBeInTheDocument();
    expect(home.querySelector('.gbg-logo')).toHaveAttribute('data-gbg-logo', 'placeholder');
  });

  it('links home to "/" by default', () => {
    render(<Header />);
    expect(screen.getByRole('link', { name: 'Göteborgs Stad – startsida' })).toHaveAttribute('href', '/');
  });

  it('has a primary navigation named "Huvudmeny" with the current section marked', () => {
    render(<Default />);
    const navigation = screen.getByRole('navigation', { name: 'Huvudmeny' });
    const current = within(navigation).getByRole('link', { name: 'Förskola och skola' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Trafik och resor' })).not.toHaveAttribute('aria-current');
    // The language switcher is a second nav with a different name.
    expect(screen.getByRole('navigation', { name: 'Språk' })).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Sök på webbplatsen' })).toBeInTheDocument();
  });

  it('shows the service name as a link and the sign-in action', () => {
    render(<EService />);
    expect(screen.getByRole('link', { name: 'Ansök om förskoleplats' })).toHaveAttribute('href', '#e-tjanst');
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeInTheDocument();
    // No navigation, search or languages: no menu button either.
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a unit\'s name with its guarantee text', () => {
    render(<SubBrandUnit />);
    expect(screen.getByText('Göteborgs konserthus är en del av Göteborgs Stad')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveAttribute('data-sub-brand', 'unit');
    // Still the city's logo linking home.
    expect(screen.getByRole('link', { name: 'Göteborgs Stad – startsida' })).toBeInTheDocument();
  });

  it('shows a company\'s name with the short guarantee text', () => {
    render(<SubBrandCompany />);
    expect(screen.getByText('Exempelbolaget AB')).toBeInTheDocument();
    expect(screen.getByText('En del av Göteborgs Stad')).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    render(<English />, { wrapper: ({ children }) => <GbgProvider locale="en">{children}</GbgProvider> });
    expect(screen.getByRole('link', { name: 'City of Gothenburg – home page' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Menu' })).toBeInTheDocument();
  });

  describe('menu button (disclosure)', () => {
    it('has no menu button in server HTML, so the navigation is never hidden without JavaScript', () => {
      const html = renderToString(<Header navigation={nav} />);
      expect(html).not.toContain('<button');
      expect(html).not.toContain('data-enhanced');
      expect(html).toContain('Huvudmeny');
    });

    it('appears after hydration as a real button controlling the panel', () => {
      render(<Header navigation={nav} />);
      const button = screen.getByRole('button', { name: 'Meny' });
      expect(button).toHaveAttribute('type', 'button');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      expect(panel).not.toBeNull();
      expect(panel).toContainElement(screen.getByRole('navigation', { name: 'Huvudmeny' }));
      expect(screen.getByRole('banner')).toHaveAttribute('data-enhanced');
      // A disclosure, not an ARIA menu.
      expect(button).not.toHaveAttribute('aria-haspopup');
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    });

    it('opens with Enter, keeps focus order into the navigation, and closes with Escape back on the button', async () => {
      const user = userEvent.setup();
      render(<Header navigation={nav} />);
      const button = screen.getByRole('button', { name: 'Meny' });
      await user.tab(); // logo
      await user.tab();
      expect(button).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('banner')).toHaveAttribute('data-menu-open');
      await user.tab();
      expect(screen.getByRole('link', { name: 'Förskola' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(screen.getByRole('banner')).not.toHaveAttribute('data-menu-open');
      expect(button).toHaveFocus();
    });

    it('toggles with Space and click', async () => {
      const user = userEvent.setup();
      render(<Header navigation={nav} />);
      const button = screen.getByRole('button', { name: 'Meny' });
      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      button.focus();
      await user.keyboard(' ');
      expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    it('closes when a navigation link is followed', async () => {
      const user = userEvent.setup();
      render(<Header navigation={[{ label: 'Förskola', href: '#forskola' }]} />);
      const button = screen.getByRole('button', { name: 'Meny' });
      await user.click(button);
      await user.click(screen.getByRole('link', { name: 'Förskola' }));
      expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    it('ignores Escape while closed', async () => {
      const user = userEvent.setup();
      render(<Header navigation={nav} />);
      const link = screen.getByRole('link', { name: 'Förskola' });
      act(() => link.focus());
      await user.keyboard('{Escape}');
      expect(link).toHaveFocus();
    });
  });

  it('renders the app router link for the home, service and navigation links', () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink(props, ref) {
      return <a ref={ref} data-router="" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <Header serviceName="Förskola" serviceHref="/forskola" navigation={nav} />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Göteborgs Stad – startsida' })).toHaveAttribute('data-router');
    expect(screen.getAllByRole('link', { name: 'Förskola' }).every((link) => link.hasAttribute('data-router'))).toBe(true);
  });

  it('forwards ref, className and other attributes to the header', () => {
    const ref = createRef<HTMLElement>();
    render(<Header ref={ref} className="egen" data-testid="sidhuvud" />);
    expect(ref.current?.tagName).toBe('HEADER');
    expect(ref.current).toHaveClass('gbg-header', 'egen');
    expect(screen.getByTestId('sidhuvud')).toBe(ref.current);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)'])('never renders the unsafe URL %j', (href) => {
    render(<Header homeHref={href} navigation={[{ label: 'Förskola', href }]} />);
    expect(screen.getByRole('img', { name: 'Göteborgs Stad – startsida' }).closest('a')).not.toHaveAttribute('href');
    expect(screen.getByText('Förskola').closest('a')).not.toHaveAttribute('href');
    expect(warnings.messages()).toContainEqual(expect.stringMatching(/^\[gbg\] Header: removed the unsafe href/));
  });

  it('warns when more than one section is current', () => {
    render(<Header navigation={[{ label: 'A', href: '/a', current: true }, { label: 'B', href: '/b', current: true }]} />);
    expect(warnings.messages()).toContainEqual(expect.stringMatching(/^\[gbg\] Header: more than one navigation item is marked current/));
  });

  it('warns about an empty sub-brand name and shows no empty identity', () => {
    render(<Header subBrand={{ kind: 'unit', name: '  ' }} />);
    expect(screen.getByRole('banner')).not.toHaveAttribute('data-sub-brand');
    expect(warnings.messages()).toContainEqual(expect.stringMatching(/^\[gbg\] Header: subBrand.name is empty/));
  });

  it('survives navigation that is not an array', () => {
    render(<Header navigation={'Förskola' as never} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(warnings.messages()).toContainEqual(expect.stringMatching(/^\[gbg\] Header: navigation must be an array/));
  });
});
