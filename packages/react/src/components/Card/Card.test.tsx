import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Card, type CardHeadingLevel } from './Card.js';
import * as stories from './Card.stories.js';

const s = composeStories(stories);
const warnings = captureWarnings();
const warned = () => warnings.messages().join('\n');

describe('Card', () => {
  it('has a heading at the chosen level, its text and a footer, in that order, without warnings', () => {
    const { container } = render(<s.Standard />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Hämtning av grovavfall' });
    const card = container.querySelector('.gbg-card')!;
    expect(card).toContainElement(heading);
    expect(Array.from(card.children, (child) => child.className)).toEqual(['gbg-card-heading', 'gbg-card-body', 'gbg-card-footer']);
    expect(card.querySelector('.gbg-card-footer')).toHaveTextContent('Uppdaterad 12 november 2026');
    expect(card).toHaveAttribute('data-surface', 'default');
    expect(warnings.spy).not.toHaveBeenCalled();
  });

  it('reads the heading before the image: the media slot comes after it in the DOM', () => {
    const { container } = render(<s.WithImage />);
    const card = container.querySelector('.gbg-card')!;
    expect(card.firstElementChild).toHaveClass('gbg-card-heading');
    expect(card.children[1]).toHaveClass('gbg-card-media');
    // The decorative image is hidden from assistive technology.
    expect(screen.queryByRole('img')).toBeNull();
    expect(card.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('renders a grid of cards as a list of h3 cards under the section heading', () => {
    render(<s.GridOfCards />);
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Spårvagn till Angered', 'Parker och grönområden', 'Bibliotek']);
  });

  it('keeps actions in the footer reachable as their own controls', () => {
    render(<s.WithActions />);
    expect(screen.getByRole('button', { name: 'Boka hämtning' }).closest('.gbg-card-footer')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Vad räknas som grovavfall?' })).toHaveAttribute('href', '/avfall/grovavfall');
  });

  it('warns about a missing heading, a bad level and a bad surface, and still renders', () => {
    // @ts-expect-error a card needs a heading
    render(<Card>Text</Card>);
    expect(warned()).toMatch(/Card: has no `heading`/);
    render(<Card heading="A" headingLevel={1 as CardHeadingLevel} />);
    expect(warned()).toMatch(/Card: `headingLevel` must be 2–6 \(got 1\)/);
    expect(screen.getByRole('heading', { name: 'A' }).tagName).toBe('H2');
    // @ts-expect-error only the two surfaces exist
    const { container } = render(<Card heading="B" surface="blue" />);
    expect(warned()).toMatch(/Card: `surface` must be "default" or "subtle"/);
    expect(container.querySelector('.gbg-card')).toHaveAttribute('data-surface', 'default');
  });

  it('passes the ref, className, style and other attributes to the root, and leaves out empty parts', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <Card ref={ref} heading="Bibliotek" headingLevel={4} surface="subtle" className="egen" style={{ maxInlineSize: 200 }} data-testid="c" />,
    );
    expect(ref.current).toBe(screen.getByTestId('c'));
    expect(ref.current).toHaveClass('gbg-card', 'egen');
    expect(ref.current).toHaveAttribute('data-surface', 'subtle');
    expect(ref.current?.style.maxInlineSize).toBe('200px');
    expect(screen.getByRole('heading', { level: 4, name: 'Bibliotek' })).toBeInTheDocument();
    expect(container.querySelector('.gbg-card-body, .gbg-card-footer, .gbg-card-media')).toBeNull();
  });
});
