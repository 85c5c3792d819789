import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPageStructure, headingLevels, expectRightToLeftPage } from './__fixtures__/pageStructure.js';
import * as stories from './ServiceStepPage.stories.js';

const { EtjanstSteg, EtjanstStegHogerTillVanster } = composeStories(stories);

describe('Mönster/Mallar/E-tjänst, ett steg', () => {
  it('has the quiet service frame: no site navigation or search, only the language navigation', () => {
    render(<EtjanstSteg />);
    expectPageStructure(['Språk']);
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('starts main with the back link and the step text before the h1', () => {
    render(<EtjanstSteg />);
    const main = screen.getByRole('main');
    const back = screen.getByRole('link', { name: 'Tillbaka till Välj tillstånd' });
    expect(main).toContainElement(back);
    expect(back).toHaveAttribute('href', '#steg-1');
    const step = screen.getByText('Steg 2 av 4');
    const h1 = screen.getByRole('heading', { level: 1, name: 'Dina uppgifter' });
    expect(back.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(step.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('summarises the errors under the h1 and links each to its invalid field', () => {
    render(<EtjanstSteg />);
    const summary = screen.getByRole('heading', { level: 2, name: 'Det finns fel i formuläret' });
    expect(summary).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: 'E-postadress' });
    const reg = screen.getByRole('textbox', { name: 'Bilens registreringsnummer' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(reg).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Ange en e-postadress med @'));
    expect(screen.getByRole('link', { name: /Ange en e-postadress/ })).toHaveAttribute('href', '#steg-epost');
    expect(screen.getByRole('link', { name: /Ange registreringsnumret/ })).toHaveAttribute('href', '#steg-regnr');
    expect(screen.getByRole('textbox', { name: 'Förnamn' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('right to left: the same landmarks with English names, Arabic content in the rtl subtree', () => {
    expectRightToLeftPage(EtjanstStegHogerTillVanster, ['Language']);
  });
});
