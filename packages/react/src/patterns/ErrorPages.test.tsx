import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPageStructure, expectRightToLeftPage } from './__fixtures__/pageStructure.js';
import * as stories from './ErrorPages.stories.js';

const {
  SidanFinnsInte,
  NagotGickFel,
  TjanstenArInteTillganglig,
  SidanFinnsInteHogerTillVanster,
  NagotGickFelHogerTillVanster,
  TjanstenArInteTillgangligHogerTillVanster,
} = composeStories(stories);

describe('Mönster/Mallar/Felsidor', () => {
  it.each([
    ['404', SidanFinnsInte, 'Sidan kunde inte hittas', ['Språk', 'Huvudmeny']],
    ['500', NagotGickFel, 'Något gick fel', ['Språk', 'Huvudmeny']],
    ['unavailable', TjanstenArInteTillganglig, 'Tjänsten är inte tillgänglig just nu', ['Språk']],
  ] as const)('%s: landmarks, one h1 saying what happened, no skipped levels', (_, Story, h1, navs) => {
    render(<Story />);
    expectPageStructure(navs);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName(h1);
  });

  it('404 offers the start page and search; the error code is not the heading', () => {
    render(<SidanFinnsInte />);
    expect(screen.getByRole('link', { name: 'startsidan' })).toHaveAttribute('href', '#start');
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toMatch(/\d{3}/);
  });

  it.each([
    ['404', SidanFinnsInteHogerTillVanster, ['Language', 'Main menu']],
    ['500', NagotGickFelHogerTillVanster, ['Language', 'Main menu']],
    ['unavailable', TjanstenArInteTillgangligHogerTillVanster, ['Language']],
  ] as const)('%s right to left: the same landmarks with English names, Arabic content in the rtl subtree', (_, Story, navs) => {
    expectRightToLeftPage(Story, navs);
  });
});
