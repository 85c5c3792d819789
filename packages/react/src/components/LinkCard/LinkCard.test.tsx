import { composeStories } from '@storybook/react-vite';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/context.js';
import { GbgProvider } from '../../provider/index.js';
import { LinkCard } from './LinkCard.js';
import * as stories from './LinkCard.stories.js';

const s = composeStories(stories);
const warnings = captureWarnings();
const warned = () => warnings.messages().join('\n');

describe('LinkCard', () => {
  it('is one link, named by the heading, inside the heading; the card text is not part of the name', () => {
    const { container } = render(<s.Standard />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Förskola');
    expect(links[0]).toHaveAttribute('href', '/forskola');
    expect(links[0]!.closest('h2')).toBe(screen.getByRole('heading', { level: 2, name: 'Förskola' }));
    expect(container.querySelector('.gbg-card')).toHaveClass('gbg-link-card');
    expect(warnings.spy).not.toHaveBeenCalled();
  });

  it('is one tab stop, followed with Enter', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn((event: Event) => event.preventDefault());
    render(
      <>
        <s.Standard />
        <button type="button">Efter</button>
      </>,
    );
    const link = screen.getByRole('link', { name: 'Förskola' });
    link.addEventListener('click', onNavigate);
    await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Efter' })).toHaveFocus();
  });

  it('follows the link on a plain click on the text, but not after selecting text in it', () => {
    const { container } = render(<s.WithImage />);
    const link = screen.getByRole('link', { name: 'Nya tider för spårvagnen' });
    const onNavigate = vi.fn((event: MouseEvent) => event.preventDefault());
    link.addEventListener('click', onNavigate);
    const text = screen.getByText('Från och med måndag går linje 6 var tionde minut även på kvällen.');
    fireEvent.click(text, { ctrlKey: true });
    expect(onNavigate).toHaveBeenCalledTimes(1);
    // The modifier key travels along, so Ctrl+click still opens a new tab.
    expect(onNavigate.mock.calls[0]![0].ctrlKey).toBe(true);

    const range = document.createRange();
    range.selectNodeContents(text);
    // A selection holds one range: clear the caret an earlier focus may have left, then select.
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    fireEvent.click(text);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    document.getSelection()!.removeAllRanges();
    // The meta line is raised above the stretched link too.
    expect(container.querySelector('.gbg-card-footer > .gbg-link-card-raised')).toHaveTextContent('12 november 2026');
  });

  it("renders the provider's router link for in-app paths", () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink(props, ref) {
      return <a ref={ref} data-router="" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <LinkCard href="/bygglov" heading="Bygglov" />
        <LinkCard href="https://www.vasttrafik.se/" external heading="Västtrafik" />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Bygglov' })).toHaveAttribute('data-router');
    expect(screen.getByRole('link', { name: 'Bygglov' })).toHaveClass('gbg-link-card-link');
    expect(screen.getByRole('link', { name: 'Västtrafik (extern webbplats)' })).not.toHaveAttribute('data-router');
  });

  it('says when it leads to another website, in the English locale too', () => {
    render(<s.External />);
    expect(screen.getByRole('link', { name: 'Västtrafik (extern webbplats)' })).toHaveAttribute('href', 'https://www.vasttrafik.se/');
    render(
      <GbgProvider locale="en">
        <LinkCard href="https://example.org/" external target="_blank" heading="Example" />
      </GbgProvider>,
    );
    const link = screen.getByRole('link', { name: /^Example \(external site, opens in a new window\)$/ });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x'])('never renders the unsafe URL %j, and warns naming LinkCard', (href) => {
    render(<LinkCard href={href} heading="Kör" />);
    expect(screen.getByText('Kör').closest('a')).not.toHaveAttribute('href');
    expect(warned()).toMatch(/^\[gbg\] LinkCard: removed the unsafe href/);
  });

  it('warns when a link or button is placed inside the card, and rejects footer in the types', () => {
    render(
      <LinkCard href="/a" heading="A">
        <button type="button">Spara</button>
      </LinkCard>,
    );
    expect(warned()).toMatch(/LinkCard: holds another interactive element \(<button>\)/);
    // @ts-expect-error a link card holds no actions
    render(<LinkCard href="/b" heading="B" footer="x" />);
    expect(warned()).toMatch(/LinkCard: `footer` is not available/);
  });

  it('warns about a missing href', () => {
    // @ts-expect-error href is required
    render(<LinkCard heading="Ingenstans" />);
    expect(warned()).toMatch(/LinkCard: `href` is missing/);
  });

  it('passes the ref, className and attributes to the card, and calls its own onClick', () => {
    const ref = createRef<HTMLDivElement>();
    const onClick = vi.fn();
    render(<LinkCard ref={ref} href="/a" heading="A" className="egen" data-testid="c" onClick={onClick} headingLevel={3} surface="subtle" />);
    expect(ref.current).toBe(screen.getByTestId('c'));
    expect(ref.current).toHaveClass('gbg-card', 'gbg-link-card', 'egen');
    expect(ref.current).toHaveAttribute('data-surface', 'subtle');
    fireEvent.click(ref.current!);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(within(ref.current!).getByRole('heading', { level: 3 })).toHaveTextContent('A');
  });
});
