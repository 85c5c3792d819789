import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checkbox } from '../Checkbox/Checkbox.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

const options = (
  <>
    <Checkbox value="sms" label="SMS" />
    <Checkbox value="epost" label="E-post" />
    <Checkbox value="brev" label="Brev" description="Tar 3–5 arbetsdagar." />
  </>
);

const optionsEn = (
  <>
    <Checkbox value="sms" label="Text message" />
    <Checkbox value="epost" label="Email" />
    <Checkbox value="brev" label="Letter" description="Takes 3–5 working days." />
  </>
);

const optionsAr = (
  <>
    <Checkbox value="sms" label="رسالة نصية" />
    <Checkbox value="epost" label="البريد الإلكتروني" />
    <Checkbox value="brev" label="رسالة بريدية" description="تستغرق من 3 إلى 5 أيام عمل." />
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
  parameters: {
    demoArgs: {
      en: { legend: 'How would you like us to contact you?', description: 'Choose all that apply.', children: optionsEn },
      ar: { legend: 'كيف تفضّل أن نتواصل معك؟', description: 'اختر كل ما يناسبك.', children: optionsAr },
    } satisfies DemoArgs<typeof CheckboxGroup>,
  },
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDefaultValue: Story = { args: { defaultValue: ['epost'] } };

export const Required: Story = { args: { required: true } };

export const Optional: Story = { args: { optional: true } };

export const WithError: Story = {
  args: { required: true, error: 'Välj minst ett sätt vi kan kontakta dig på.' },
  parameters: {
    demoArgs: {
      en: { error: 'Choose at least one way we can contact you.' },
      ar: { error: 'اختر طريقة واحدة على الأقل للتواصل معك.' },
    } satisfies DemoArgs<typeof CheckboxGroup>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: ['sms'] } };

export const SizeLarge: Story = { args: { size: 'lg' } };

/** Controlled: the app owns the value. */
export const Controlled: Story = {
  render: function ControlledGroup(args) {
    const t = useDemoText();
    const chosen = t({ sv: 'Valt', en: 'Selected', ar: 'المختار' });
    const nothing = t({ sv: 'inget', en: 'nothing', ar: 'لا شيء' });
    function Demo() {
      const [value, setValue] = useState<string[]>(['sms']);
      return (
        <>
          <CheckboxGroup {...args} value={value} onChange={setValue} />
          <p>
            {chosen}: {value.length === 0 ? nothing : value.join(', ')}
          </p>
        </>
      );
    }
    return <Demo />;
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left with Arabic content (WithDefaultValue). */
export const HogerTillVanster: Story = { ...WithDefaultValue, globals: { dir: 'rtl', locale: 'en' } };
