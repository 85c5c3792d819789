import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GbgProvider } from '../provider/index.js';
import { headingLevels } from './__fixtures__/pageStructure.js';
import * as stories from './ServiceDisruption.stories.js';

const { VisaDriftstorning, VisaDriftstorningHogerTillVanster } = composeStories(stories);

beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

describe('Mönster/Visa driftstörning', () => {
  it('the banner is the first thing in main, so the skip link lands on it', () => {
    render(<VisaDriftstorning />);
    const main = screen.getByRole('main');
    const skip = screen.getAllByRole('link')[0]!;
    expect(skip).toHaveAttribute('href', `#${main.id}`);
    const banner = main.querySelector('.gbg-service-status');
    expect(banner).not.toBeNull();
    expect(main.querySelector('h1, h2')).toBe(banner!.querySelector('h2'));
  });

  it('one h1, the banner’s h2 before it, and no skipped levels after it', () => {
    render(<VisaDriftstorning />);
    const main = screen.getByRole('main');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(headingLevels(main)).toEqual([2, 1]);
    expect(screen.getByRole('heading', { level: 2, name: 'Fel: Driftstörning i e-tjänsterna' })).toBeInTheDocument();
  });

  it('closing moves focus to the next link and the page reads on', async () => {
    const user = userEvent.setup();
    render(<VisaDriftstorning />);
    await user.click(screen.getByRole('button', { name: /^Stäng Driftstörning/ }));
    expect(screen.queryByRole('heading', { name: /Driftstörning/ })).toBeNull();
    expect(document.activeElement?.tagName).toBe('A');
    expect(screen.getByRole('heading', { level: 1, name: 'Ansök om plats i förskola' })).toBeInTheDocument();
  });

  it('right to left: Arabic content, English built-in strings', () => {
    render(
      <GbgProvider locale="en" dir="rtl">
        <VisaDriftstorningHogerTillVanster />
      </GbgProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/[\u0600-\u06FF]/);
    expect(screen.getByRole('button', { name: /^Close [\u0600-\u06FF]/ })).toBeInTheDocument();
  });
});
