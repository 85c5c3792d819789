import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from '../TextField/TextField.js';
import { Fieldset } from './Fieldset.js';

const meta = {
  title: 'Komponenter/Fieldset',
  component: Fieldset,
  args: {
    legend: 'Adress',
    children: (
      <>
        <TextField label="Gatuadress" name="gatuadress" autoComplete="street-address" width="lg" />
        <TextField label="Postnummer" name="postnummer" autoComplete="postal-code" inputMode="numeric" width="xs" />
        <TextField label="Ort" name="ort" autoComplete="address-level2" width="md" />
      </>
    ),
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDescription: Story = {
  args: { description: 'Adressen där du är folkbokförd.' },
};

/** Legend as the page's only question (`lg`). */
export const SizeLarge: Story = { args: { size: 'lg', legend: 'Var bor du?' } };

export const SizeSmall: Story = { args: { size: 'sm' } };

export const Required: Story = { args: { required: true } };

export const Optional: Story = { args: { legend: 'Annan postadress', optional: true } };

export const WithError: Story = {
  args: {
    description: 'Adressen där du är folkbokförd.',
    error: 'Fyll i hela adressen: gatuadress, postnummer och ort.',
  },
};

/** A disabled fieldset disables every control inside it (native behaviour). */
export const Disabled: Story = { args: { disabled: true } };

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left (WithError). */
export const HogerTillVanster: Story = { ...WithError, globals: { dir: 'rtl' } };
