import type { Meta, StoryObj } from '@storybook/react-vite';
import { Select } from './Select.js';

const districts = [
  { value: 'angered', label: 'Angered' },
  { value: 'centrum', label: 'Centrum' },
  { value: 'hisingen', label: 'Hisingen' },
  { value: 'majorna-linne', label: 'Majorna-Linné' },
  { value: 'norra-hisingen', label: 'Norra Hisingen' },
  { value: 'orgryte-harlanda', label: 'Örgryte-Härlanda' },
  { value: 'vastra-goteborg', label: 'Västra Göteborg' },
];

const meta = {
  title: 'Komponenter/Select',
  component: Select,
  args: {
    label: 'Stadsområde',
    name: 'stadsomrade',
    options: districts,
    placeholder: 'Välj stadsområde',
    defaultValue: '',
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDescription: Story = {
  args: { description: 'Området där fordonet ska stå parkerat.' },
};

export const Required: Story = { args: { required: true } };

export const Optional: Story = { args: { optional: true } };

export const WithError: Story = {
  args: { required: true, error: 'Välj det stadsområde där du bor.' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'centrum' } };

export const ReadOnly: Story = { args: { readOnly: true, defaultValue: 'hisingen' } };

/** Children instead of `options`, with option groups. */
export const WithOptionGroups: Story = {
  args: { label: 'Ärendetyp', name: 'arendetyp', options: undefined, placeholder: undefined, defaultValue: 'boende' },
  render: (args) => (
    <Select {...args}>
      <optgroup label="Parkering">
        <option value="boende">Boendeparkering</option>
        <option value="rorelsehinder">Parkeringstillstånd för rörelsehindrade</option>
      </optgroup>
      <optgroup label="Gata och trafik">
        <option value="gatlampa">Trasig gatubelysning</option>
        <option value="hal">Halka</option>
      </optgroup>
    </Select>
  ),
};

export const Narrow: Story = {
  args: {
    label: 'Antal fordon',
    name: 'antal',
    width: 'sm',
    placeholder: undefined,
    defaultValue: '1',
    options: [
      { value: '1', label: '1' },
      { value: '2', label: '2' },
      { value: '3', label: '3' },
    ],
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left (WithError). */
export const HogerTillVanster: Story = { ...WithError, globals: { dir: 'rtl' } };
