import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../internal/warn.js';
import { GbgProvider } from '../../provider/index.js';
import { Logo } from './Logo.js';
import { LogoAssetsProvider, logoAssetKey } from './LogoAssets.js';
import * as stories from './Logo.stories.js';

const { Horizontal, Vertical, English, LinkHome, WithOfficialFiles } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('Logo', () => {
  it('is an image named "Göteborgs Stad" by default', () => {
    render(<Horizontal />);
    expect(screen.getByRole('img', { name: 'Göteborgs Stad' })).toBeInTheDocument();
  });

  it('ships only the neutral placeholder, clearly marked, with no drawing of the arms', () => {
    const { container } = render(<Horizontal />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('data-gbg-logo-placeholder');
    expect(svg.textContent).toContain('PLATSHÅLLARE');
    // One plain outline path only: nothing that could be a redrawn coat of arms.
    expect(svg.querySelectorAll('path')).toHaveLength(1);
    expect(svg.querySelectorAll('image, use, foreignObject')).toHaveLength(0);
  });

  it('has a vertical version with the word mark under the shield', () => {
    const { container } = render(<Vertical />);
    const wordmark = container.querySelector('svg > text')!;
    const shieldBottom = 62;
    expect(Number(wordmark.getAttribute('y'))).toBeGreaterThan(shieldBottom);
    expect(wordmark).toHaveAttribute('text-anchor', 'middle');
    const horizontal = render(<Horizontal />).container.querySelector('svg > text')!;
    expect(Number(horizontal.getAttribute('y'))).toBeLessThan(shieldBottom);
  });

  it('uses the English word mark and marks its language on a Swedish page', () => {
    const { container } = render(<English />);
    expect(screen.getByRole('img', { name: 'City of Gothenburg' })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('lang', 'en');
  });

  it('follows the provider locale and needs no lang attribute then', () => {
    const { container } = render(
      <GbgProvider locale="en">
        <Logo />
      </GbgProvider>,
    );
    expect(screen.getByRole('img', { name: 'City of Gothenburg' })).toBeInTheDocument();
    expect(container.querySelector('[lang]')?.getAttribute('lang')).not.toBe('sv');
  });

  it('links home with a name that says where it goes, reachable with Tab', async () => {
    render(<LinkHome />);
    const link = screen.getByRole('link', { name: 'Göteborgs Stad – startsida' });
    expect(link).toHaveAttribute('href', '/');
    await userEvent.tab();
    expect(link).toHaveFocus();
  });

  it('picks the white word mark on a dark background and from a dark provider', () => {
    const { container } = render(<Logo background="dark" />);
    expect(container.querySelector('svg > text')).toHaveClass('gbg-logo-wordmark--background-dark');
    const dark = render(
      <GbgProvider theme="dark">
        <Logo />
      </GbgProvider>,
    );
    expect(dark.container.querySelector('svg > text')).toHaveClass('gbg-logo-wordmark--background-dark');
  });

  it('shows an official file from LogoAssetsProvider as an img with the same name', () => {
    const { container } = render(<WithOfficialFiles />);
    const img = screen.getByRole('img', { name: 'Göteborgs Stad' });
    expect(img.tagName).toBe('IMG');
    expect(img).toHaveAttribute('width', '240');
    expect(container.querySelector('[data-gbg-logo-placeholder]')).toBeNull();
  });

  it('takes files per version; the assets prop wins over the provider', () => {
    render(
      <LogoAssetsProvider assets={{ 'vertical-monochrome-dark-en': '/provider.svg' }}>
        <Logo orientation="vertical" variant="monochrome" background="dark" language="en" />
        <Logo
          orientation="vertical"
          variant="monochrome"
          background="dark"
          language="en"
          assets={{ [logoAssetKey('vertical', 'monochrome', 'dark', 'en')]: '/prop.svg' }}
        />
      </LogoAssetsProvider>,
    );
    const [fromProvider, fromProp] = screen.getAllByRole('img', { name: 'City of Gothenburg' });
    expect(fromProvider).toHaveAttribute('src', '/provider.svg');
    expect(fromProp).toHaveAttribute('src', '/prop.svg');
  });

  it('warns when files are given but the chosen version is missing, and shows the placeholder', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Logo variant="greyscale" assets={{ 'horizontal-color-light-sv': '/a.svg' }} />);
    expect(container.querySelector('[data-gbg-logo-placeholder]')).not.toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Logo: no official file for "horizontal-greyscale-light-sv"'));
  });

  it('warns in development about an empty accessible name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Logo label="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Logo: label is empty/));
  });

  it('accepts another accessible name', () => {
    render(<Logo label="Göteborgs Stad, Stadsbyggnadskontoret" />);
    expect(screen.getByRole('img', { name: 'Göteborgs Stad, Stadsbyggnadskontoret' })).toBeInTheDocument();
  });

  it('forwards the ref, merges className and style', () => {
    const ref = createRef<HTMLElement>();
    render(<Logo ref={ref} className="mine" style={{ marginInlineEnd: 4 }} />);
    expect(ref.current?.tagName).toBe('SPAN');
    expect(ref.current).toHaveClass('mine', 'gbg-logo', 'gbg-logo--orientation-horizontal');
    expect(ref.current?.style.marginInlineEnd).toBe('4px');
    const linkRef = createRef<HTMLElement>();
    render(<Logo ref={linkRef} href="/" />);
    expect(linkRef.current?.tagName).toBe('A');
  });
});
