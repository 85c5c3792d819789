import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Grid } from './Grid.js';
import * as stories from './Grid.stories.js';
import { look } from '../../../test/variants.js';

const { Responsive, FixedColumns, AsList } = composeStories(stories);

const warnings = captureWarnings();

const root = (container: HTMLElement) => container.firstElementChild as HTMLElement;

describe('Grid', () => {
  it('sets one custom property per breakpoint given', () => {
    const element = root(render(<Responsive />).container);
    expect(element.style.getPropertyValue('--gbg-grid-columns-base')).toBe('1');
    expect(element.style.getPropertyValue('--gbg-grid-columns-md')).toBe('2');
    expect(element.style.getPropertyValue('--gbg-grid-columns-lg')).toBe('3');
    expect(element.style.getPropertyValue('--gbg-grid-columns-sm')).toBe('');
  });

  it('treats a single number as the base column count', () => {
    const element = root(render(<FixedColumns />).container);
    expect(element.style.getPropertyValue('--gbg-grid-columns-base')).toBe('4');
  });

  it('keeps list semantics with as="ul"', () => {
    render(<AsList />);
    expect(screen.getByRole('list').tagName).toBe('UL');
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('gives different gaps different classes', () => {
    const a = look(root(render(<Grid gap="2" />).container));
    const b = look(root(render(<Grid gap={10} />).container));
    expect(a).not.toBe(b);
  });

  it('drops invalid column counts and unknown breakpoints with a warning, never a crash', () => {
    const warn = warnings.spy;
    const element = root(
      render(<Grid columns={{ base: 1, md: 0 as never, lg: 2.5 as never, xxl: 3 } as never} />).container,
    );
    expect(element.style.getPropertyValue('--gbg-grid-columns-base')).toBe('1');
    expect(element.style.getPropertyValue('--gbg-grid-columns-md')).toBe('');
    expect(element.style.getPropertyValue('--gbg-grid-columns-lg')).toBe('');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Grid: `columns` must be a whole number from 1 to 12 (got 0 for "md")'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Grid: unknown breakpoint "xxl"'));
  });

  it('warns about an off-scale gap', () => {
    const warn = warnings.spy;
    render(<Grid gap={'20px' as never} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Grid: `gap={"20px"}` is not a step of the spacing scale'));
  });

  it('forwards the ref and merges className and style (caller style wins)', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Grid ref={ref} columns={3} className="mine" data-testid="g" style={{ ['--gbg-grid-columns-base' as string]: 2, color: 'inherit' }} />,
    );
    const element = screen.getByTestId('g');
    expect(ref.current).toBe(element);
    expect(element).toHaveClass('mine');
    expect(element.className).not.toBe('mine');
    expect(element.style.getPropertyValue('--gbg-grid-columns-base')).toBe('2');
    expect(element.style.color).toBe('inherit');
  });
});
