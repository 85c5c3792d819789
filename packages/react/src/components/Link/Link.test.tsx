import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../internal/warn.js';
import { GbgProvider } from '../../provider/index.js';
import { Link } from './Link.js';
import * as stories from './Link.stories.js';

const { Inline, Standalone, External, NewWindow, ExternalNewWindow } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('Link', () => {
  it('is a link named by its text', () => {
    render(<Inline />);
    const link = screen.getByRole('link', { name: 'ansöka om plats i förskola' });
    expect(link).toHaveAttribute('href', '#forskola');
    expect(link).toHaveClass('gbg-link--variant-inline');
  });

  it('has a standalone variant', () => {
    render(<Standalone />);
    expect(screen.getByRole('link')).toHaveClass('gbg-link--variant-standalone');
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
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Link href="">Tom</Link>);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Link: href is missing/));
  });

  it('forwards the ref and merges className and style', () => {
    const ref = createRef<HTMLAnchorElement>();
    render(<Link ref={ref} href="/" className="mine" style={{ marginInlineStart: 2 }}>Start</Link>);
    expect(ref.current).toHaveClass('mine', 'gbg-link');
    expect(ref.current?.style.marginInlineStart).toBe('2px');
  });
});
