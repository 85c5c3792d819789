import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { CheckAnswers } from './CheckAnswers.js';
import * as stories from './CheckAnswers.stories.js';

const { Default, EmptyAndFixed, English } = composeStories(stories, preview);
const warnings = captureWarnings();

const pairs = (container: HTMLElement) =>
  [...container.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);

describe('CheckAnswers', () => {
  it('is a description list of question and answer, each with a link "Ändra <what>" to the step', () => {
    const { container } = render(<Default />);
    const list = container.querySelector('dl')!;
    expect(list).toHaveClass('gbg-check-answers');
    expect(pairs(container)[0]).toEqual(['Namn', 'Anna Lindqvist']);
    const link = screen.getByRole('link', { name: 'Ändra fastighetsbeteckning' });
    expect(link).toHaveAttribute('href', '#steg-2-fastighet');
    // Visible text is just "Ändra"; the rest is for screen readers and voice control.
    expect(link.firstChild?.textContent).toBe('Ändra');
    expect(screen.getAllByRole('link')).toHaveLength(5);
  });

  it('shows a several-line answer one line each', () => {
    const { container } = render(<Default />);
    const address = [...container.querySelectorAll('dt')].find((term) => term.textContent === 'Adress')!.nextElementSibling!;
    expect([...address.querySelectorAll('.gbg-check-answers-answer-line')].map((line) => line.textContent)).toEqual(['Allmänna vägen 12', '414 60 Göteborg']);
  });

  it('says "Inget svar" for an empty answer, and has no link where the answer cannot be changed', () => {
    const { container } = render(<EmptyAndFixed />);
    expect(pairs(container)[1]).toEqual(['Telefonnummer', 'Inget svar']);
    const fixed = container.querySelector('dl > div')!;
    expect(within(fixed as HTMLElement).queryByRole('link')).toBeNull();
    expect(fixed.querySelectorAll('dd')).toHaveLength(1);
  });

  it('speaks English under an English provider', () => {
    render(<English />);
    expect(screen.getByRole('link', { name: 'Change property designation' })).toBeInTheDocument();
  });

  it('Tab goes through the "Ändra" links in the order of the answers', async () => {
    const user = userEvent.setup();
    render(<Default />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ändra namn' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ändra e-postadress' })).toHaveFocus();
  });

  it("names the link after the question when there is no changeLabel, and goes through the app's router link", () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink(props, ref) {
      return <a ref={ref} data-router="" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <CheckAnswers items={[{ question: 'Startdatum', answer: '2026-05-04', href: '/steg-2#start' }]} />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Ändra Startdatum' })).toHaveAttribute('data-router');
  });

  it('warns about a missing question, an element question without changeLabel, and no items; never renders an unsafe href', () => {
    const { container } = render(
      <CheckAnswers
        items={[
          { question: '', answer: 'x' },
          { question: <strong>Datum</strong>, answer: '2026-05-04', href: '/steg-2' },
          // eslint-disable-next-line no-script-url
          { question: 'Namn', answer: 'Anna', href: 'javascript:alert(1)' },
        ]}
      />,
    );
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
    render(<CheckAnswers items={[]} />);
    const messages = warnings.messages().join('\n');
    expect(messages).toMatch(/CheckAnswers: has an answer without a `question`/);
    expect(messages).toMatch(/CheckAnswers: an answer whose `question` is not text has no `changeLabel`/);
    expect(messages).toMatch(/CheckAnswers: has no `items`/);
  });

  it('forwards the ref and passes className and other attributes to the list', () => {
    const ref = createRef<HTMLDListElement>();
    render(<CheckAnswers ref={ref} className="mine" data-testid="svar" items={[{ question: 'Namn', answer: 'Anna' }]} />);
    expect(ref.current).toBe(screen.getByTestId('svar'));
    expect(ref.current).toHaveClass('gbg-check-answers', 'mine');
  });
});
