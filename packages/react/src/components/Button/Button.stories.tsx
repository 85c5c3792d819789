import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CloseIcon, ExternalLinkIcon, PlusIcon } from '@goteborgsstad/icons';
import { Button } from './Button.js';

const meta = {
  title: 'Komponenter/Button',
  component: Button,
  args: { children: 'Skicka ansökan' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary', 'danger'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    loading: { control: 'boolean' },
    disabled: { control: 'boolean' },
    fullWidth: { control: 'boolean' },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The main action of a section. One primary button per section. */
export const Primary: Story = {};

/** Other actions next to the primary one. */
export const Secondary: Story = { args: { variant: 'secondary', children: 'Spara utkast' } };

/** Less important actions: no box, underlined text. */
export const Tertiary: Story = { args: { variant: 'tertiary', children: 'Avbryt' } };

/** Actions that delete or cannot be undone. */
export const Danger: Story = { args: { variant: 'danger', children: 'Ta bort ansökan' } };

/** All sizes: 32px (dense tools only), 44px (default), 56px. */
export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 'var(--gbg-space-3)', alignItems: 'center', flexWrap: 'wrap' }}>
      <Button size="sm">Liten</Button>
      <Button size="md">Mellan</Button>
      <Button size="lg">Stor</Button>
    </div>
  ),
};

/** Decorative icon before or after the label; the label carries the meaning. */
export const WithIcons: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 'var(--gbg-space-3)', flexWrap: 'wrap' }}>
      <Button iconBefore={PlusIcon}>Lägg till barn</Button>
      <Button variant="secondary" iconAfter={<ExternalLinkIcon />}>Öppna e-tjänsten</Button>
    </div>
  ),
};

/** Icon only: the types require `aria-label` (or `aria-labelledby`). */
export const IconOnly: Story = {
  args: { iconOnly: true, icon: CloseIcon, 'aria-label': 'Stäng', variant: 'secondary', children: undefined },
};

/** Busy while the action runs: same width, spinner, `aria-busy`, announces "Laddar…". */
export const Loading: Story = { args: { loading: true, children: 'Skicka ansökan' } };

/** Not available right now. Prefer explaining why over disabling. */
export const Disabled: Story = { args: { disabled: true } };

/** With `href` the button is a link (`<a>`): use it when the action navigates. */
export const AsLink: Story = {
  args: { href: '#e-tjanst', children: 'Gå till e-tjänsten', variant: 'secondary' },
};

/** Full width, for narrow screens and stacked groups. */
export const FullWidth: Story = { args: { fullWidth: true } };

/** Keyboard focus shows the two-colour ring. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Skicka ansökan' })).toHaveFocus();
  },
};

/** Every variant in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => (
    <div style={{ display: 'flex', gap: 'var(--gbg-space-3)', flexWrap: 'wrap' }}>
      <Button>Primär</Button>
      <Button variant="secondary">Sekundär</Button>
      <Button variant="tertiary">Tertiär</Button>
      <Button variant="danger">Ta bort</Button>
      <Button disabled>Inaktiv</Button>
    </div>
  ),
};

/** Right-to-left: the icon before the label sits on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { iconBefore: PlusIcon, children: 'Add child' },
};
