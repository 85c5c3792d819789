import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/context.js';
import { GbgProvider } from '../../provider/index.js';
import { Link } from './Link.js';
import * as stories from './Link.stories.js';

const { Inline, Standalone, External, NewWindow, ExternalNewWindow } = composeStories(stories);

const warnings = captureWarnings();

describe('Link', () => {
  it('is a link named by its text', () => {
    render(<Inline />);
    const link = screen.getByRole('link', { name: 'ansöka om plats i förskola' });
    expect(link).toHaveAttribute('href', '#forskola');
    expect(link).toHaveClass('gbg-link');
    expect(link).toHaveAttribute('data-variant', 'inline');
  });

  it('has a standalone variant', () => {
    render(<Standalone />);
    expect(screen.getByRole('link')).toHaveAttribute('data-variant', 'standalone');
  });

  it('tells screen readers about an external site, with a hidden icon', () => {
    const { container } = render(<External />);
    expect(screen.getByRole('link')).toHaveAccessibleName('Skatteverket (extern webbplats)');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('link')).not.toHaveAttribute('target');
  });

  it('tells about a new window and protects the opener', () => {
    render(<NewWindow rel="help" />);
    const link = screen.getByRole('link');
    expect(link).toHaveAccessibleName('Hjälp med ansökan (öppnas i nytt fönster)');
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['help', 'noopener', 'noreferrer']);
  });

  it('combines both notes', () => {
    render(<ExternalNewWindow />);
    expect(screen.getByRole('link')).toHaveAccessibleName('1177 Vårdguiden (extern webbplats, öppnas i nytt fönster)');
  });

  it('speaks English under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <Link href="https://example.org/" external target="_blank">Example</Link>
      </GbgProvider>,
    );
    expect(screen.getByRole('link')).toHaveAccessibleName('Example (external site, opens in a new window)');
  });

  it('is reached with Tab and followed with Enter', async () => {
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(<Link href="#a" onClick={onClick}>A</Link>);
    await userEvent.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('warns in development about a missing href', () => {
    render(<Link href="">Tom</Link>);
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Link: href is missing/)]);
  });

  it.each(['javascript:alert(1)', 'Javascript:alert(1)', '\u0000javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)'])(
    'never renders the unsafe URL %j into href, and warns naming Link',
    (href) => {
      render(<Link href={href}>Kör</Link>);
      expect(screen.getByText('Kör').closest('a')).not.toHaveAttribute('href');
      expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Link: removed the unsafe href/)]);
    },
  );

  it("renders the provider's router link for in-app paths and a plain <a> for other sites", () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink(props, ref) {
      return <a ref={ref} data-router="" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <Link href="/forskola" variant="standalone">Förskola</Link>
        <Link href="https://skatteverket.se/" external>Skatteverket</Link>
      </GbgProvider>,
    );
    const inApp = screen.getByRole('link', { name: 'Förskola' });
    expect(inApp).toHaveAttribute('data-router');
    expect(inApp).toHaveClass('gbg-link');
    expect(screen.getByRole('link', { name: 'Skatteverket (extern webbplats)' })).not.toHaveAttribute('data-router');
  });

  it('forwards the ref and merges className and style', () => {
    const ref = createRef<HTMLAnchorElement>();
    render(<Link ref={ref} href="/" className="mine" style={{ marginInlineStart: 2 }}>Start</Link>);
    expect(ref.current).toHaveClass('mine', 'gbg-link');
    expect(ref.current?.style.marginInlineStart).toBe('2px');
  });
});
