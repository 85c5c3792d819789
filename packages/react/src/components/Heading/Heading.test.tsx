import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Heading, type HeadingLevel } from './Heading.js';
import * as stories from './Heading.stories.js';

const { Level1, Levels, SizeApartFromLevel } = composeStories(stories);

const warnings = captureWarnings();

describe('Heading', () => {
  it('renders the element of its level', () => {
    render(<Level1 />);
    expect(screen.getByRole('heading', { level: 1, name: 'Förskola och skola' }).tagName).toBe('H1');
  });

  it('renders all six levels with their own size class', () => {
    render(<Levels />);
    for (const level of [1, 2, 3, 4, 5, 6]) {
      expect(screen.getByRole('heading', { level })).toHaveAttribute('data-size', String(level));
    }
  });

  it('keeps level and visual size apart', () => {
    render(<SizeApartFromLevel />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Öppettider' });
    expect(heading).toHaveAttribute('data-size', '4');
  });

  it('warns about a level outside 1–6 and falls back to h2 instead of crashing', () => {
    const warn = warnings.spy;
    render(<Heading level={7 as HeadingLevel}>Fel nivå</Heading>);
    expect(screen.getByRole('heading', { level: 2, name: 'Fel nivå' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Heading: level must be a number from 1 to 6/));
  });

  it('warns about a bad size and uses the level size', () => {
    const warn = warnings.spy;
    render(<Heading level={3} size={'xl' as unknown as HeadingLevel}>Storlek</Heading>);
    expect(screen.getByRole('heading', { level: 3 })).toHaveAttribute('data-size', '3');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Heading: size'));
  });

  it('forwards the ref and merges className and style', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(<Heading ref={ref} level={2} className="mine" style={{ marginBlockEnd: 8 }}>Rubrik</Heading>);
    expect(ref.current?.tagName).toBe('H2');
    expect(ref.current).toHaveClass('mine', 'gbg-heading');
    expect(ref.current?.style.marginBlockEnd).toBe('8px');
  });
});
