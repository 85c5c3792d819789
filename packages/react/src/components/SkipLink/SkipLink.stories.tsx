import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink.js';

const pageStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', position: 'relative' } as const;

const meta = {
  title: 'Komponenter/SkipLink',
  component: SkipLink,
  args: { targetId: 'huvudinnehall' },
  render: (args) => (
    <div style={pageStyle}>
      <SkipLink {...args} />
      <header style={{ paddingBlock: 'var(--gbg-space-4)' }}>
        <nav aria-label="Huvudmeny">
          <a href="#a" style={{ color: 'inherit', marginInlineEnd: 'var(--gbg-space-4)' }}>Förskola</a>
          <a href="#b" style={{ color: 'inherit' }}>Trafik</a>
        </nav>
      </header>
      <main id={args.targetId ?? 'main'}>
        <h1 style={{ marginBlock: 0 }}>Förskola</h1>
        <p>Huvudinnehållet börjar här.</p>
      </main>
    </div>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden until reached with Tab; it is the first stop on the page. */
export const Default: Story = {};

/** Visible on focus, at the top of the page. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveFocus();
  },
};

/** Activating it moves keyboard focus into the main content. */
export const MovesFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

/** English text under an English provider; right to left. */
export const EnglishRightToLeft: Story = {
  globals: { locale: 'en', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
  },
};

/** Dark theme, focused. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await userEvent.tab();
  },
};
