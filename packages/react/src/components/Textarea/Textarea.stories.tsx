import type { Meta, StoryObj } from '@storybook/react-vite';
import { Textarea } from './Textarea.js';

const meta = {
  title: 'Komponenter/Textarea',
  component: Textarea,
  args: {
    label: 'Beskriv ditt ärende',
    name: 'arende',
  },
  argTypes: {
    resize: { control: 'inline-radio', options: ['vertical', 'none'] },
  },
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDescription: Story = {
  args: { description: 'Skriv med egna ord. Ta inte med personnummer eller hälsouppgifter.' },
};

/** Soft limit: people may type past it; the counter then says how many characters too many. */
export const WithCounter: Story = {
  args: {
    description: 'Högst 200 tecken.',
    maxCount: 200,
    defaultValue: 'Gatlampan utanför Kungsgatan 12 är trasig sedan en vecka.',
  },
};

export const OverLimit: Story = {
  args: {
    label: 'Kort sammanfattning',
    maxCount: 40,
    defaultValue: 'Gatlampan utanför Kungsgatan 12 är trasig sedan en vecka.',
  },
};

/** Hard native limit (`maxLength`): typing stops at the limit. */
export const WithMaxLength: Story = {
  args: { label: 'Meddelande till handläggaren', maxLength: 100 },
};

export const Required: Story = { args: { required: true } };

export const Optional: Story = { args: { label: 'Övrig information', optional: true } };

export const WithError: Story = {
  args: {
    required: true,
    error: 'Beskriv ditt ärende, till exempel vad som hänt och var.',
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'Ärendet är stängt.' },
};

export const ReadOnly: Story = {
  args: { label: 'Ditt tidigare meddelande', readOnly: true, defaultValue: 'Jag vill ändra min ansökan.' },
};

export const NoResize: Story = { args: { resize: 'none', rows: 3 } };

/** Dark theme (OverLimit). */
export const Morkt: Story = { ...OverLimit, globals: { theme: 'dark' } };

/** Right to left (WithCounter). */
export const HogerTillVanster: Story = { ...WithCounter, globals: { dir: 'rtl' } };
