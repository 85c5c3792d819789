import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { Spinner } from './Spinner.js';

const meta = {
  title: 'Komponenter/Spinner',
  component: Spinner,
  args: { label: 'Laddar dina ärenden…' },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** All three sizes with visible labels. In reduced motion the ring pulses instead of turning. */
export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }}>
      <Spinner size="sm" showLabel label="Söker adresser…" />
      <Spinner size="md" showLabel label="Laddar dina ärenden…" />
      <Spinner size="lg" showLabel label="Hämtar kartan…" />
    </div>
  ),
};

/** Default: the label is visually hidden and read by screen readers. */
export const Standard: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Laddar dina ärenden…')).toBeInTheDocument();
  },
};

/** Without a label: the built-in "Laddar…" from the dictionary. */
export const DefaultLabel: Story = { args: { label: undefined, showLabel: true } };

/** Visible label. */
export const WithVisibleLabel: Story = { args: { showLabel: true } };

/** Loading starts after an action and is spoken (`announce`). */
export const AnnouncedAfterAction: Story = {
  render: () => {
    const [loading, setLoading] = useState(false);
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }}>
        <Button variant="secondary" onClick={() => setLoading(true)}>
          Visa fler ärenden
        </Button>
        {loading && <Spinner announce showLabel label="Laddar fler ärenden…" />}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Visa fler ärenden' }));
    await waitFor(() => expect(document.querySelector('[role="status"]')).toHaveTextContent('Laddar fler ärenden…'));
  },
};

/** Dark theme: the ring and text turn white. */
export const Dark: Story = { ...Sizes, globals: { theme: 'dark' } };

/** English locale: the built-in "Loading…". */
export const English: Story = { globals: { locale: 'en' }, args: { label: undefined, showLabel: true } };

/** Right to left with Arabic content: the ring at the inline start (right). */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { label: 'جارٍ تحميل طلباتك…', showLabel: true },
  render: (args) => (
    <div lang="ar">
      <Spinner {...args} />
    </div>
  ),
};
