import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GbgProvider } from '../provider/index.js';
import { expectPageStructure } from './__fixtures__/pageStructure.js';
import * as stories from './PageLayout.stories.js';

const { Startsida } = composeStories(stories);

describe('Mönster/Sidlayout', () => {
  it('has the skip link, one banner, main and contentinfo, one h1 and no skipped levels', () => {
    render(<Startsida />);
    expectPageStructure([]);
  });

  it('shows the Logo in the header as the link home, not the words as text', () => {
    render(<Startsida />);
    const banner = screen.getByRole('banner');
    const logo = banner.querySelector('.gbg-logo');
    expect(logo).not.toBeNull();
    expect(logo!.closest('a')).toHaveAccessibleName('Göteborgs Stad – startsida');
    // Outside the logo, the city's name is never set as header text.
    const textNodes = [...banner.querySelectorAll('*')]
      .filter((el) => !el.closest('.gbg-logo'))
      .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? ''));
    expect(textNodes.join(' ')).not.toMatch(/Göteborgs Stad/);
  });

  it('is English throughout with the English locale', () => {
    render(
      <GbgProvider locale="en">
        <Startsida />
      </GbgProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Services');
    expect(screen.getByRole('link', { name: 'Preschool' })).toBeInTheDocument();
  });
});
