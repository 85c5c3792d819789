import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { FactBox } from './FactBox.js';
import * as stories from './FactBox.stories.js';

const s = composeStories(stories);
const warnings = captureWarnings();

describe('FactBox', () => {
  it('inside the text is a region named by its heading, with the heading at the chosen level', () => {
    render(<s.Standard />);
    const region = screen.getByRole('region', { name: 'Fakta om ombyggnaden' });
    expect(region.tagName).toBe('SECTION');
    expect(screen.getByRole('heading', { level: 2, name: 'Fakta om ombyggnaden' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(region.querySelectorAll('li')).toHaveLength(4);
  });

  it('beside the main content is a complementary landmark (aside) named by its heading', () => {
    render(<s.Aside />);
    const aside = screen.getByRole('complementary', { name: 'Bra att veta' });
    expect(aside.tagName).toBe('ASIDE');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('renders the heading level it is given', () => {
    render(<s.LongText />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Fakta om detaljplanen/);
  });

  it('derives the heading id from the id it is given, so the name survives a chosen id', () => {
    render(<FactBox id="fakta" heading="Fakta">Text</FactBox>);
    expect(screen.getByRole('region', { name: 'Fakta' })).toHaveAttribute('aria-labelledby', 'fakta-heading');
  });

  it('warns and renders an h2 for a heading level outside 2–6', () => {
    // @ts-expect-error -- level 1 is the page title, not a fact box
    render(<FactBox heading="Fakta" headingLevel={1}>Text</FactBox>);
    expect(screen.getByRole('heading', { level: 2, name: 'Fakta' })).toBeInTheDocument();
    expect(warnings.messages().join('\n')).toMatch(/FactBox.*headingLevel.*2–6/);
  });

  it('warns without a heading or facts, and is then no named landmark', () => {
    // @ts-expect-error -- heading is required
    render(<FactBox>{''}</FactBox>);
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/FactBox.*no `heading`/);
    expect(text).toMatch(/FactBox.*no facts/);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('passes className, style, other attributes and the ref to the root', () => {
    let node: HTMLElement | null = null;
    render(
      <FactBox ref={(el) => { node = el; }} heading="Fakta" className="egen" style={{ maxWidth: 10 }} data-testid="box" lang="en">
        Words
      </FactBox>,
    );
    const box = screen.getByTestId('box');
    expect(node).toBe(box);
    expect(box).toHaveClass('gbg-fact-box', 'egen');
    expect(box).toHaveAttribute('lang', 'en');
    expect(box.style.maxWidth).toBe('10px');
  });
});
