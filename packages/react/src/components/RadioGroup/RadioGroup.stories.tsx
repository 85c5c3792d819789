import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Radio, RadioGroup } from './RadioGroup.js';

const meta = {
  title: 'Komponenter/RadioGroup',
  component: RadioGroup,
  args: {
    legend: 'Vilken typ av tillstånd söker du?',
    name: 'tillstand',
    children: (
      <>
        <Radio value="boende" label="Boendeparkering" description="För dig som är folkbokförd i området." />
        <Radio value="rorelsehinder" label="Parkeringstillstånd för rörelsehindrade" />
        <Radio value="foretag" label="Företagsparkering" />
      </>
    ),
  },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDefaultValue: Story = { args: { defaultValue: 'boende' } };

export const WithDescription: Story = {
  args: { description: 'Du kan bara söka ett tillstånd per ansökan.' },
};

export const Required: Story = { args: { required: true } };

export const WithError: Story = {
  args: { required: true, error: 'Välj vilken typ av tillstånd du söker.' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'foretag' } };

export const SizeLarge: Story = { args: { size: 'lg' } };

/** Yes/no as two radios (not a switch: the answer is sent with the form). */
export const YesNo: Story = {
  args: {
    legend: 'Har du en bil registrerad på din adress?',
    name: 'bil',
    children: (
      <>
        <Radio value="ja" label="Ja" />
        <Radio value="nej" label="Nej" />
      </>
    ),
  },
};

export const Controlled: Story = {
  render: (args) => {
    function Demo() {
      const [value, setValue] = useState('rorelsehinder');
      return (
        <>
          <RadioGroup {...args} value={value} onChange={setValue} />
          <p>Valt: {value}</p>
        </>
      );
    }
    return <Demo />;
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Dark theme (WithDefaultValue). */
export const MorktValt: Story = { ...WithDefaultValue, globals: { theme: 'dark' } };

/** Right to left (WithDefaultValue). */
export const HogerTillVanster: Story = { ...WithDefaultValue, globals: { dir: 'rtl' } };
