import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  BorderWidths,
  BrandSwatches,
  Breakpoints,
  ContainerSizes,
  ContrastMatrix,
  FocusRingDemo,
  FocusTokens,
  FontFamilies,
  IconSizes,
  MotionTokens,
  Radii,
  SemanticColors,
  SemanticContrast,
  SpaceScale,
  TargetSizes,
  TypeScale,
  TypeStyles,
} from './index.js';

/**
 * The guide pages' doc blocks as stories, so the story test run checks them with axe in
 * Chromium like every component (MDX pages themselves are not story tests). Hidden from the
 * sidebar: readers meet the blocks on the Grunder pages.
 */
const meta = {
  title: 'Dokumentationsblock',
  tags: ['!dev', '!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

// First a small block: the first story of a file also pays for loading the module graph.
export const Fokustoken: Story = { render: () => <FocusTokens /> };

// Stories show a representative part of the larger blocks (same markup, fewer rows) so the
// story test stays quick; tests/docs/axe-docs.mjs checks the complete pages.
export const Varumarkesfarger: Story = {
  render: () => <BrandSwatches groups={['main', 'base']} />,
};
export const SemantiskaFarger: Story = {
  render: () => <SemanticColors groups={['text', 'focus', 'status']} />,
};
export const SemantiskaFargerMorkt: Story = {
  render: () => <SemanticColors groups={['text', 'focus', 'status']} />,
  globals: { theme: 'dark' },
};
export const KontrolleradePar: Story = {
  render: () => <SemanticContrast />,
  play: async ({ canvasElement }) => {
    // Closed by default: the summaries say how many pairs pass before anyone opens a list.
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(/\d+ par, alla godkända/)).toHaveLength(2);
  },
};

// The full 17 × 17 matrix is the same component and markup with more columns; it is covered by
// tests/docs (structure) and tests/docs/axe-docs.mjs (the whole page). Here the two columns
// that matter for text keep the story test quick.
export const KontrastSvartOchVitt: Story = {
  render: () => <ContrastMatrix foregrounds={['svart', 'vit']} caption="Svart och vit text" />,
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Svart och vit text' });
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(17);
  },
};
export const KontrastHogerTillVanster: Story = {
  render: () => <ContrastMatrix foregrounds={['svart', 'vit']} caption="Svart och vit text" />,
  globals: { dir: 'rtl' },
};

export const Typsnitt: Story = { render: () => <FontFamilies /> };
export const Typskala: Story = { render: () => <TypeScale /> };
export const Textstilar: Story = { render: () => <TypeStyles /> };

export const Avstand: Story = { render: () => <SpaceScale /> };
export const Klickytor: Story = { render: () => <TargetSizes /> };
export const Ikonstorlekar: Story = { render: () => <IconSizes /> };
export const Innehallsbredder: Story = { render: () => <ContainerSizes /> };
export const Horn: Story = { render: () => <Radii /> };
export const Kanter: Story = { render: () => <BorderWidths /> };
export const Brytpunkter: Story = { render: () => <Breakpoints /> };

export const Rorelse: Story = {
  render: () => <MotionTokens />,
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Spela upp exemplen' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  },
};

export const Fokus: Story = {
  render: () => <FocusRingDemo />,
  play: async ({ canvasElement }) => {
    // The first demo button takes keyboard focus and shows the ring.
    await userEvent.tab();
    const first = within(canvasElement).getAllByRole('button')[0];
    await expect(first).toHaveFocus();
  },
};
