import { render, screen } from '@testing-library/react';
import { createRef, forwardRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../test/warnings.js';
import { GbgProvider } from '../provider/GbgProvider.js';
import type { GbgLinkProps } from './context.js';
import { NavAnchor } from './NavAnchor.js';

const warnings = captureWarnings();

// A stand-in for next/link or a React Router adapter: marks what it rendered.
const FakeRouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function FakeRouterLink(props, ref) {
  return <a ref={ref} data-router="fake" {...props} />;
});

describe('NavAnchor', () => {
  it('renders a plain <a> without a provider link component', () => {
    render(<NavAnchor component="Link" href="/bygglov">Bygglov</NavAnchor>);
    const link = screen.getByRole('link', { name: 'Bygglov' });
    expect(link).toHaveAttribute('href', '/bygglov');
    expect(link).not.toHaveAttribute('data-router');
  });

  it('renders the provider link component for in-app paths, with the ref and all props', () => {
    const ref = createRef<HTMLAnchorElement>();
    render(
      <GbgProvider linkComponent={FakeRouterLink}>
        <GbgProvider theme="dark">
          <NavAnchor component="Link" href="/bygglov?steg=2" className="c" ref={ref} aria-current="page">
            Bygglov
          </NavAnchor>
        </GbgProvider>
      </GbgProvider>,
    );
    const link = screen.getByRole('link', { name: 'Bygglov' });
    expect(link).toHaveAttribute('data-router', 'fake');
    expect(link).toHaveAttribute('href', '/bygglov?steg=2');
    expect(link).toHaveClass('c');
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(ref.current).toBe(link);
  });

  it.each(['https://goteborg.se/', 'mailto:a@b.se', 'tel:031', '#main', '//cdn.example.com/x'])(
    'renders %j as a plain <a> even with a router link (not an app path)',
    (href) => {
      render(
        <GbgProvider linkComponent={FakeRouterLink}>
          <NavAnchor component="Link" href={href}>Till</NavAnchor>
        </GbgProvider>,
      );
      expect(screen.getByRole('link', { name: 'Till' })).not.toHaveAttribute('data-router');
    },
  );

  it('never hands an unsafe URL to the router link or the <a>', () => {
    render(
      <GbgProvider linkComponent={FakeRouterLink}>
        <NavAnchor component="Button" href="javascript:alert(1)">Kör</NavAnchor>
      </GbgProvider>,
    );
    const anchor = screen.getByText('Kör').closest('a');
    expect(anchor).not.toHaveAttribute('href');
    expect(anchor).not.toHaveAttribute('data-router');
    expect(warnings.messages()[0]).toMatch(/Button: removed the unsafe href/);
  });

  it('target=_blank adds noopener noreferrer to rel and the new-window notice', () => {
    render(
      <NavAnchor component="Link" href="https://x.se" target="_blank" rel="external noopener" noticeIcon={<svg aria-hidden="true" />}>
        Hjälp
      </NavAnchor>,
    );
    const link = screen.getByRole('link', { name: 'Hjälp (öppnas i nytt fönster)' });
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['external', 'noopener', 'noreferrer']);
    expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('external adds the external-site notice; both notices join in one parenthesis', () => {
    render(
      <GbgProvider locale="en">
        <NavAnchor component="Link" href="https://x.se" external target="_blank">Help</NavAnchor>
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Help (external site, opens in a new window)' })).toBeInTheDocument();
  });
});
