import type { Meta, StoryObj } from '@storybook/react-vite';
import { Textarea } from './Textarea.js';
import type { DemoArgs } from '../../storybook/demo.js';

const meta = {
  title: 'Komponenter/Textarea',
  component: Textarea,
  args: {
    label: 'Beskriv ditt ärende',
    name: 'arende',
  },
  parameters: {
    demoArgs: { en: { label: 'Describe your matter' }, ar: { label: 'صف طلبك' } } satisfies DemoArgs<typeof Textarea>,
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
  parameters: {
    demoArgs: {
      en: { description: 'Use your own words. Do not include personal identity numbers or health details.' },
      ar: { description: 'اكتب بكلماتك الخاصة. لا تذكر الرقم الشخصي أو معلومات صحية.' },
    } satisfies DemoArgs<typeof Textarea>,
  },
};

/** Soft limit: people may type past it; the counter then says how many characters too many. */
export const WithCounter: Story = {
  args: {
    description: 'Högst 200 tecken.',
    maxCount: 200,
    defaultValue: 'Gatlampan utanför Kungsgatan 12 är trasig sedan en vecka.',
  },
  parameters: {
    demoArgs: {
      en: { description: 'At most 200 characters.', defaultValue: 'The street light outside Kungsgatan 12 has been broken for a week.' },
      ar: { description: 'بحد أقصى 200 حرف.', defaultValue: 'مصباح الشارع أمام Kungsgatan 12 معطل منذ أسبوع.' },
    } satisfies DemoArgs<typeof Textarea>,
  },
};

export const OverLimit: Story = {
  args: {
    label: 'Kort sammanfattning',
    maxCount: 40,
    defaultValue: 'Gatlampan utanför Kungsgatan 12 är trasig sedan en vecka.',
  },
  parameters: {
    demoArgs: {
      en: { label: 'Short summary', defaultValue: 'The street light outside Kungsgatan 12 has been broken for a week.' },
      ar: { label: 'ملخص قصير', defaultValue: 'مصباح الشارع أمام Kungsgatan 12 معطل منذ أسبوع.' },
    } satisfies DemoArgs<typeof Textarea>,
  },
};

/** Hard native limit (`maxLength`): typing stops at the limit. */
export const WithMaxLength: Story = {
  args: { label: 'Meddelande till handläggaren', maxLength: 100 },
  parameters: {
    demoArgs: {
      en: { label: 'Message to the case officer' },
      ar: { label: 'رسالة إلى الموظف المسؤول' },
    } satisfies DemoArgs<typeof Textarea>,
  },
};

export const Required: Story = { args: { required: true } };

export const Optional: Story = {
  args: { label: 'Övrig information', optional: true },
  parameters: {
    demoArgs: { en: { label: 'Other information' }, ar: { label: 'معلومات أخرى' } } satisfies DemoArgs<typeof Textarea>,
  },
};

export const WithError: Story = {
  args: {
    required: true,
    error: 'Beskriv ditt ärende, till exempel vad som hänt och var.',
  },
  parameters: {
    demoArgs: {
      en: { error: 'Describe your matter, for example what happened and where.' },
      ar: { error: 'صف طلبك، مثلًا ماذا حدث وأين.' },
    } satisfies DemoArgs<typeof Textarea>,
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'Ärendet är stängt.' },
  parameters: {
    demoArgs: {
      en: { defaultValue: 'The matter is closed.' },
      ar: { defaultValue: 'تم إغلاق الطلب.' },
    } satisfies DemoArgs<typeof Textarea>,
  },
};

export const ReadOnly: Story = {
  args: { label: 'Ditt tidigare meddelande', readOnly: true, defaultValue: 'Jag vill ändra min ansökan.' },
  parameters: {
    demoArgs: {
      en: { label: 'Your earlier message', defaultValue: 'I would like to change my application.' },
      ar: { label: 'رسالتك السابقة', defaultValue: 'أريد تعديل طلبي.' },
    } satisfies DemoArgs<typeof Textarea>,
  },
};

export const NoResize: Story = { args: { resize: 'none', rows: 3 } };

/** Dark theme (OverLimit). */
export const Morkt: Story = { ...OverLimit, globals: { theme: 'dark' } };

/** Right to left with Arabic content (WithCounter). */
export const HogerTillVanster: Story = { ...WithCounter, globals: { dir: 'rtl', locale: 'en' } };
