import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GbgProvider } from '../provider/index.js';
import { headingLevels } from './__fixtures__/pageStructure.js';
import * as stories from './FactsAndContact.stories.js';

const { FaktarutaOchKontakt, FaktarutaOchKontaktHogerTillVanster } = composeStories(stories);

describe('Mönster/Faktaruta och kontakt på en artikelsida', () => {
  it('the fact box in the text is a named section; the contact sits in one aside after the article', () => {
    render(<FaktarutaOchKontakt />);
    const article = screen.getByRole('article');
    const facts = within(article).getByRole('region', { name: 'Fakta om upprustningen' });
    const aside = within(article).getByRole('complementary', { name: 'Frågor om arbetet' });
    expect(screen.getAllByRole('complementary')).toHaveLength(1);
    // Read after the main text: the sidebar follows the article's last paragraph in the DOM.
    expect(facts.compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(aside).getByRole('link', { name: '031-365 00 00' })).toHaveAttribute('href', 'tel:+46313650000');
  });

  it('one h1, then h2 for each box and h3 for the contact: no skipped levels', () => {
    render(<FaktarutaOchKontakt />);
    expect(headingLevels()).toEqual([1, 2, 2, 3]);
    expect(screen.getByRole('heading', { level: 3, name: 'Park- och naturförvaltningen' })).toBeInTheDocument();
  });

  it('Tab reaches the phone and e-mail links after the article text', async () => {
    const user = userEvent.setup();
    render(<FaktarutaOchKontakt />);
    await user.tab();
    expect(screen.getByRole('link', { name: '031-365 00 00' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'park.natur@goteborg.se' })).toHaveFocus();
  });

  it('right to left: Arabic content, English labels and day names, times left to right', () => {
    render(
      <GbgProvider locale="en" dir="rtl">
        <FaktarutaOchKontaktHogerTillVanster />
      </GbgProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/[\u0600-\u06FF]/);
    expect(screen.getByText('Opening hours', { selector: 'dt' })).toBeInTheDocument();
    const hours = screen.getByText(/^Monday–Friday/).closest('li')!;
    expect(hours.querySelector('[dir="ltr"] time')).toHaveAttribute('datetime', '08:00');
  });
});
