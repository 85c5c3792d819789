// Grid's real CSS in Chromium at the WCAG reflow width (320 px) and at desktop width (1280 px):
// every named layout and every span is one column at 320 px (a span never adds a column), and
// the layouts have their column widths on a desktop. Checks the computed track list, which is
// what the browser actually lays out.
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount as mountNode } from '../../../test/browserMount.js';
import { GbgProvider } from '../../provider/index.js';
import { gridLayouts } from './columns.js';
import { Grid, type GridLayout } from './Grid.js';
import { GridItem } from './GridItem.js';

const mount = (node: ReactNode) => mountNode(<GbgProvider>{node}</GbgProvider>);

afterEach(async () => {
  await page.viewport(414, 896);
});

/** Track widths in px as the browser resolved them. */
const tracks = (element: Element) => getComputedStyle(element).gridTemplateColumns.split(' ').map(parseFloat);
const layouts = Object.keys(gridLayouts) as GridLayout[];

describe('Grid at 320 px', () => {
  it.each(layouts)('layout="%s" is one column', async (layout) => {
    await page.viewport(320, 640);
    const container = await mount(
      <Grid layout={layout} data-testid="grid">
        <div>A</div>
        <div>B</div>
        <div>C</div>
      </Grid>,
    );
    const grid = container.querySelector('[data-testid="grid"]')!;
    expect(tracks(grid)).toHaveLength(1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('spans (3, "full", per breakpoint) never add a column to a one-column grid', async () => {
    await page.viewport(320, 640);
    const container = await mount(
      <Grid columns={{ base: 1, md: 2, lg: 4 }} data-testid="grid">
        <GridItem span={3}>A</GridItem>
        <GridItem span="full">B</GridItem>
        <GridItem span={{ base: 2, lg: 4 }}>C</GridItem>
        <div>D</div>
      </Grid>,
    );
    const grid = container.querySelector('[data-testid="grid"]')!;
    expect(tracks(grid)).toHaveLength(1);
    for (const item of Array.from(grid.children)) {
      expect(item.getBoundingClientRect().width).toBeCloseTo(grid.getBoundingClientRect().width, 0);
    }
  });
});

describe('Grid at 1280 px', () => {
  it.each(layouts)('layout="%s" has its column widths', async (layout) => {
    await page.viewport(1280, 800);
    const container = await mount(
      <Grid layout={layout} gap="0" style={{ inlineSize: '1200px' }} data-testid="grid">
        <div>A</div>
        <div>B</div>
      </Grid>,
    );
    const widths = tracks(container.querySelector('[data-testid="grid"]')!);
    const { weights } = gridLayouts[layout];
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    expect(widths).toEqual(weights.map((weight) => (1200 * weight) / total));
  });

  it('a span covers its columns; "full" the whole row; a span above the count is clamped', async () => {
    await page.viewport(1280, 800);
    const container = await mount(
      <Grid columns={{ base: 1, lg: 4 }} gap="0" style={{ inlineSize: '1200px' }} data-testid="grid">
        <GridItem span="full">full</GridItem>
        <GridItem span={{ md: 2 }}>two</GridItem>
        <div>one</div>
        <div>one</div>
        <GridItem span={6}>six</GridItem>
      </Grid>,
    );
    const grid = container.querySelector('[data-testid="grid"]')!;
    expect(tracks(grid)).toEqual([300, 300, 300, 300]);
    const widths = Array.from(grid.children).map((item) => item.getBoundingClientRect().width);
    expect(widths).toEqual([1200, 600, 300, 300, 1200]);
  });

  it('a nested grid does not take its parent’s column counts', async () => {
    await page.viewport(1280, 800);
    const container = await mount(
      <Grid columns={{ base: 1, lg: 4 }}>
        <GridItem span="full">
          <Grid columns={2} data-testid="inner">
            <div>A</div>
            <div>B</div>
          </Grid>
        </GridItem>
      </Grid>,
    );
    expect(tracks(container.querySelector('[data-testid="inner"]')!)).toHaveLength(2);
  });
});
