import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checkbox } from '../Checkbox/Checkbox.js';
import { CheckboxGroup } from './CheckboxGroup.js';

const options = (
  <>
    <Checkbox value="sms" label="SMS" />
    <Checkbox value="epost" label="E-post" />
    <Checkbox value="brev" label="Brev" description="Tar 3–5 arbetsdagar." />
  </>
);

const meta = {
  title: 'Komponenter/CheckboxGroup',
  component: CheckboxGroup,
  args: {
    legend: 'Hur vill du bli kontaktad?',
    description: 'Välj alla som passar.',
    name: 'kontaktsatt',
    children: options,
  },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDefaultValue: Story = { args: { defaultValue: ['epost'] } };

export const Required: Story = { args: { required: true } };

export const Optional: Story = { args: { optional: true } };

export const WithError: Story = {
  args: { required: true, error: 'Välj minst ett sätt vi kan kontakta dig på.' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: ['sms'] } };

export const SizeLarge: Story = { args: { size: 'lg' } };

/** Controlled: the app owns the value. */
export const Controlled: Story = {
  render: (args) => {
    function Demo() {
      const [value, setValue] = useState<string[]>(['sms']);
      return (
        <>
          <CheckboxGroup {...args} value={value} onChange={setValue} />
          <p>Valt: {value.length === 0 ? 'inget' : value.join(', ')}</p>
        </>
      );
    }
    return <Demo />;
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left (WithDefaultValue). */
export const HogerTillVanster: Story = { ...WithDefaultValue, globals: { dir: 'rtl' } };
