import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { GbgProvider } from '../../provider/index.js';
import { captureWarnings } from '../../../test/warnings.js';
import { Logo } from './Logo.js';
import { LogoAssetsProvider, logoAssetKey } from './LogoAssets.js';
import * as stories from './Logo.stories.js';

const { Horizontal, Vertical, English, LinkHome, WithOfficialFiles } = composeStories(stories);

const warnings = captureWarnings();

describe('Logo', () => {
  it('is an image named "Göteborgs Stad" by default', () => {
    render(<Horizontal />);
    expect(screen.getByRole('img', { name: 'Göteborgs Stad' })).toBeInTheDocument();
  });

  it('ships only the neutral placeholder, marked for brand-check, with no drawing of the arms', () => {
    const { container } = render(<Horizontal />);
    const root = container.querySelector('.gbg-logo')!;
    expect(root).toHaveAttribute('data-gbg-logo', 'placeholder');
    const arms = root.querySelector('.gbg-logo-arms')!;
    expect(arms.tagName.toLowerCase()).toBe('svg');
    // A plain outline and a cross only: nothing that could be a redrawn coat of arms.
    expect(arms.querySelectorAll('path')).toHaveLength(2);
    expect(root.querySelectorAll('image, use, foreignObject, img')).toHaveLength(0);
    // The old 6.5 px label in palette colours is gone: no text inside the arms at all.
    expect(arms.textContent).toBe('');
    expect(root.querySelector('.gbg-logo-wordmark')).toHaveTextContent(/^Göteborgs Stad$/);
  });

  it('draws the word mark as HTML text, so it follows the reader’s text size', () => {
    const { container } = render(<Horizontal />);
    const wordmark = container.querySelector('.gbg-logo-wordmark')!;
    expect(wordmark.tagName).toBe('SPAN');
    expect(container.querySelector('svg text')).toBeNull();
  });

  it('keeps the logotype left to right inside a right-to-left page', () => {
    const { container } = render(
      <GbgProvider dir="rtl">
        <Logo />
      </GbgProvider>,
    );
    expect(screen.getByRole('img', { name: 'Göteborgs Stad' })).toHaveAttribute('dir', 'ltr');
    // Arms first in the DOM, so in a left-to-right box they sit left of the word mark.
    const drawing = container.querySelector('[role="img"]')!;
    expect(drawing.firstElementChild).toHaveClass('gbg-logo-arms');
    expect(drawing.lastElementChild).toHaveClass('gbg-logo-wordmark');
  });

  it('has a vertical version with the word mark under the shield', () => {
    const { container } = render(<Vertical />);
    expect(container.querySelector('.gbg-logo')).toHaveAttribute('data-orientation', 'vertical');
    expect(container.querySelector('.gbg-logo-placeholder')).toHaveAttribute('data-orientation', 'vertical');
    expect(container.querySelector('.gbg-logo-wordmark')).toHaveAttribute('data-orientation', 'vertical');
  });

  it('uses the English word mark and marks its language on a Swedish page', () => {
    const { container } = render(<English />);
    expect(screen.getByRole('img', { name: 'City of Gothenburg' })).toBeInTheDocument();
    expect(container.querySelector('.gbg-logo-wordmark')).toHaveTextContent('City of Gothenburg');
    expect(container.querySelector('.gbg-logo')).toHaveAttribute('lang', 'en');
  });

  it('follows the provider locale and needs no lang attribute then', () => {
    const { container } = render(
      <GbgProvider locale="en">
        <Logo />
      </GbgProvider>,
    );
    expect(screen.getByRole('img', { name: 'City of Gothenburg' })).toBeInTheDocument();
    expect(container.querySelector('.gbg-logo')).not.toHaveAttribute('lang');
  });

  it('links home with a name that says where it goes, reachable with Tab', async () => {
    render(<LinkHome />);
    const link = screen.getByRole('link', { name: 'Göteborgs Stad – startsida' });
    expect(link).toHaveAttribute('href', '/');
    expect(link).toHaveAttribute('data-gbg-logo', 'placeholder');
    await userEvent.tab();
    expect(link).toHaveFocus();
  });

  it('picks the white word mark on a dark background and from a dark provider', () => {
    const { container } = render(<Logo background="dark" />);
    expect(container.querySelector('.gbg-logo-wordmark')).toHaveAttribute('data-background', 'dark');
    const dark = render(
      <GbgProvider theme="dark">
        <Logo />
      </GbgProvider>,
    );
    expect(dark.container.querySelector('.gbg-logo-wordmark')).toHaveAttribute('data-background', 'dark');
  });

  it('shows an official file from LogoAssetsProvider as an img with the same name, marked official', () => {
    const { container } = render(<WithOfficialFiles />);
    const img = screen.getByRole('img', { name: 'Göteborgs Stad' });
    expect(img.tagName).toBe('IMG');
    expect(img).toHaveAttribute('width', '240');
    expect(container.querySelector('.gbg-logo')).toHaveAttribute('data-gbg-logo', 'official');
    expect(container.querySelector('.gbg-logo-arms, .gbg-logo-wordmark')).toBeNull();
    expect(warnings.messages()).toEqual([]);
  });

  it('keeps its marker even when the app passes its own data-gbg-logo', () => {
    const { container } = render(<Logo {...{ 'data-gbg-logo': 'official' }} />);
    expect(container.querySelector('.gbg-logo')).toHaveAttribute('data-gbg-logo', 'placeholder');
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

  it('warns in development when no official files are plugged in at all, naming the fix', () => {
    render(<Logo />);
    expect(warnings.messages()).toEqual([
      expect.stringMatching(/^\[gbg\] Logo: no official logotype files, so the neutral placeholder .* <LogoAssetsProvider assets=\{\{ "horizontal-color-light-sv".*\(keys: <orientation>-<variant>-<background>-<language>\)\.$/),
    ]);
  });

  it('warns when files are given but the chosen version is missing, and shows the placeholder', () => {
    const { container } = render(<Logo variant="greyscale" assets={{ 'horizontal-color-light-sv': '/a.svg' }} />);
    expect(container.querySelector('.gbg-logo')).toHaveAttribute('data-gbg-logo', 'placeholder');
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringContaining('[gbg] Logo: no official file for "horizontal-greyscale-light-sv"'));
  });

  it('warns in development about an empty accessible name', () => {
    render(<Logo label="" />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Logo: label is empty/));
  });

  it('accepts another accessible name', () => {
    render(<Logo label="Göteborgs Stad, Stadsbyggnadskontoret" />);
    expect(screen.getByRole('img', { name: 'Göteborgs Stad, Stadsbyggnadskontoret' })).toBeInTheDocument();
  });

  it('forwards the ref, merges className and style', () => {
    const ref = createRef<HTMLElement>();
    render(<Logo ref={ref} className="mine" style={{ marginInlineEnd: 4 }} />);
    expect(ref.current?.tagName).toBe('SPAN');
    expect(ref.current).toHaveClass('mine', 'gbg-logo');
    expect(ref.current).toHaveAttribute('data-orientation', 'horizontal');
    expect(ref.current?.style.marginInlineEnd).toBe('4px');
    const linkRef = createRef<HTMLElement>();
    render(<Logo ref={linkRef} href="/" />);
    expect(linkRef.current?.tagName).toBe('A');
  });
});
