import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/GbgProvider.js';
import { Grid, type GridProps } from './Grid.js';
import { GridItem } from './GridItem.js';
import * as stories from './Grid.stories.js';
import { look } from '../../../test/variants.js';

const { Responsive, FixedColumns, AsList, Spans, MainAndSidebar, English, RightToLeft } = composeStories(stories);

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
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
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

  it('a named layout sets data-layout and no column properties of its own', () => {
    const element = root(render(<Grid layout="main-sidebar" />).container);
    expect(element).toHaveAttribute('data-layout', 'main-sidebar');
    expect(element.getAttribute('style') ?? '').not.toContain('--gbg-grid-columns');
  });

  it('warns when columns and layout are both given (layout wins) and on an unknown layout', () => {
    const both = root(render(<Grid {...({ layout: 'halves', columns: 3 } as unknown as GridProps)} />).container);
    expect(both).toHaveAttribute('data-layout', 'halves');
    expect(both.style.getPropertyValue('--gbg-grid-columns-base')).toBe('');
    const unknown = root(render(<Grid layout={'sidebar' as never} />).container);
    expect(unknown).not.toHaveAttribute('data-layout');
    expect(unknown.style.getPropertyValue('--gbg-grid-columns-base')).toBe('1');
    expect(warnings.messages()).toEqual([
      expect.stringContaining('[gbg] Grid: `columns` is ignored when `layout` is set'),
      expect.stringContaining('[gbg] Grid: unknown `layout="sidebar"`; use main-sidebar, sidebar-main'),
    ]);
  });

  it('rejects columns and layout together at the type level', () => {
    // @ts-expect-error -- one or the other, never both
    const element = <Grid layout="halves" columns={2} />;
    expect(element).toBeTruthy();
  });

  it('main and sidebar keep reading order: main content first, the aside named after', () => {
    render(<MainAndSidebar />);
    const aside = screen.getByRole('complementary', { name: 'Kontakt' });
    const heading = screen.getByRole('heading', { level: 2, name: 'Parkeringstillstånd för boende' });
    expect(heading.compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('GridItem', () => {
  it('sets one span property per breakpoint given; "full" is the largest span', () => {
    render(<Spans />);
    const wide = screen.getByTestId('wide');
    expect(wide.style.getPropertyValue('--gbg-grid-span-md')).toBe('2');
    expect(wide.style.getPropertyValue('--gbg-grid-span-base')).toBe('');
    expect(screen.getByTestId('clamped').style.getPropertyValue('--gbg-grid-span-base')).toBe('3');
    const full = screen.getByRole('heading', { name: 'Aktuellt i din stadsdel' }).parentElement!;
    expect(full.style.getPropertyValue('--gbg-grid-span-base')).toBe('12');
  });

  it('renders the element asked for, forwards the ref and merges className and style', () => {
    const ref = createRef<HTMLElement>();
    render(<GridItem ref={ref} as="aside" aria-label="Kontakt" className="mine" span={2} style={{ color: 'inherit' }} />);
    const element = screen.getByRole('complementary', { name: 'Kontakt' });
    expect(ref.current).toBe(element);
    expect(element).toHaveClass('mine');
    expect(element.className).not.toBe('mine');
    expect(element.style.getPropertyValue('--gbg-grid-span-base')).toBe('2');
    expect(element.style.color).toBe('inherit');
  });

  it('drops an invalid span and an unknown breakpoint with a warning, never a crash', () => {
    const { container } = render(<GridItem span={{ base: 1, md: 13 as never, huge: 2 } as never} />);
    const element = container.firstElementChild as HTMLElement;
    expect(element.style.getPropertyValue('--gbg-grid-span-base')).toBe('1');
    expect(element.style.getPropertyValue('--gbg-grid-span-md')).toBe('');
    expect(warnings.messages()).toEqual([
      expect.stringContaining('[gbg] GridItem: `span` must be a whole number from 1 to 12 or "full" (got 13 for "md")'),
      expect.stringContaining('[gbg] GridItem: unknown breakpoint "huge" in `span`'),
    ]);
  });
});

describe('Grid stories by language', () => {
  it('English shows English demo content', () => {
    // Unit tests compose without the preview decorator: the provider stands in for the toolbar.
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByRole('heading', { name: 'News in your district' })).toBeInTheDocument();
    expect(screen.queryByText(/Aktuellt|Vägarbete/)).toBeNull();
  });

  it('right to left shows Arabic demo content', () => {
    render(
      <GbgProvider locale="en" dir="rtl">
        <RightToLeft />
      </GbgProvider>,
    );
    expect(screen.getByRole('complementary', { name: 'اتصل بنا' })).toBeInTheDocument();
  });
});
