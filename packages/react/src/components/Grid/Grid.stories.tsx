import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { CSSProperties } from 'react';
import { Grid } from './Grid.js';

const cellStyle: CSSProperties = {
  padding: 'var(--gbg-space-4)',
  background: 'var(--gbg-color-surface-subtle)',
  border: 'var(--gbg-border-width-thin) solid var(--gbg-color-border-default)',
  color: 'var(--gbg-color-text-default)',
  fontFamily: 'var(--gbg-font-family-sans)',
};

const cells = (count: number) =>
  Array.from({ length: count }, (_, index) => (
    <div key={index} style={cellStyle}>
      Ruta {index + 1}
    </div>
  ));

const meta = {
  title: 'Komponenter/Grid',
  component: Grid,
  args: { columns: { base: 1, md: 2, lg: 3 }, children: cells(6) },
  argTypes: {
    gap: { control: 'select', options: ['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16'] },
    children: { control: false },
  },
} satisfies Meta<typeof Grid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One column on phones, two from `md` (768px), three from `lg` (1024px). Resize to see it. */
export const Responsive: Story = {
  play: async ({ canvasElement }) => {
    // Checks the real CSS in the browser: the column count matches the viewport's breakpoint.
    const grid = within(canvasElement).getByText('Ruta 1').parentElement!;
    const width = window.innerWidth;
    const expected = width >= 1024 ? 3 : width >= 768 ? 2 : 1;
    await expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).toHaveLength(expected);
    await expect(getComputedStyle(grid).rowGap).toBe('24px');
  },
};

/** A fixed number of columns on every screen size. Use only for small items. */
export const FixedColumns: Story = { args: { columns: 4, gap: '2', children: cells(8) } };

/** Two columns from `sm` (480px), four from `xl` (1280px). */
export const SmallToExtraLarge: Story = { args: { columns: { base: 1, sm: 2, xl: 4 }, children: cells(8) } };

/** Tighter and wider gaps from the spacing scale. */
export const Gaps: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
      <Grid {...args} gap="2" aria-label="gap 2" as="section" />
      <Grid {...args} gap="10" aria-label="gap 10" as="section" />
    </div>
  ),
  args: { columns: 3, children: cells(3) },
};

/** A list of links as cards: `as="ul"` keeps the list semantics. */
export const AsList: Story = {
  args: {
    as: 'ul',
    columns: { base: 1, md: 3 },
    children: ['Förskola', 'Grundskola', 'Gymnasieskola'].map((text) => (
      <li key={text} style={cellStyle}>
        <a href={`#${text.toLowerCase()}`} style={{ color: 'var(--gbg-color-link-default)' }}>
          {text}
        </a>
      </li>
    )),
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left: items fill each row from the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
