import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GbgProvider } from '../provider/index.js';
import * as stories from './PageText.stories.js';

const { Tjanstesida, CompanyPageEnglish } = composeStories(stories);

describe('Pattern: header and text', () => {
  it('has one h1, landmarks, and the skip link as the first tab stop into main', async () => {
    render(<Tjanstesida />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('banner')).toContainElement(screen.getByRole('link', { name: 'Göteborgs Stad – startsida' }));
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Förskoleförvaltningen är en del av Göteborgs Stad');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'avgifter och regler för förskola' })).toHaveFocus();
  });

  it('speaks English on the English company page', () => {
    render(
      <GbgProvider locale="en">
        <CompanyPageEnglish />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'City of Gothenburg – home page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'the tourist office (external site, opens in a new window)' })).toBeInTheDocument();
    expect(screen.getByText('A municipal company, City of Gothenburg')).toBeInTheDocument();
  });
});
