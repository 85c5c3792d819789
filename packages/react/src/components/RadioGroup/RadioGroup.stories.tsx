import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Radio, RadioGroup } from './RadioGroup.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

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
  parameters: {
    demoArgs: {
      en: {
        legend: 'Which type of permit are you applying for?',
        children: (
          <>
            <Radio value="boende" label="Resident parking" description="For people registered as living in the area." />
            <Radio value="rorelsehinder" label="Parking permit for people with disabilities" />
            <Radio value="foretag" label="Business parking" />
          </>
        ),
      },
      ar: {
        legend: 'ما نوع التصريح الذي تتقدم بطلبه؟',
        children: (
          <>
            <Radio value="boende" label="مواقف السكان" description="للمسجّلين كمقيمين في المنطقة." />
            <Radio value="rorelsehinder" label="تصريح وقوف لذوي الإعاقة الحركية" />
            <Radio value="foretag" label="مواقف الشركات" />
          </>
        ),
      },
    } satisfies DemoArgs<typeof RadioGroup>,
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDefaultValue: Story = { args: { defaultValue: 'boende' } };

export const WithDescription: Story = {
  args: { description: 'Du kan bara söka ett tillstånd per ansökan.' },
  parameters: {
    demoArgs: {
      en: { description: 'You can apply for only one permit per application.' },
      ar: { description: 'يمكنك طلب تصريح واحد فقط في كل طلب.' },
    } satisfies DemoArgs<typeof RadioGroup>,
  },
};

export const Required: Story = { args: { required: true } };

export const WithError: Story = {
  args: { required: true, error: 'Välj vilken typ av tillstånd du söker.' },
  parameters: {
    demoArgs: {
      en: { error: 'Choose the type of permit you are applying for.' },
      ar: { error: 'اختر نوع التصريح الذي تتقدم بطلبه.' },
    } satisfies DemoArgs<typeof RadioGroup>,
  },
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
  parameters: {
    demoArgs: {
      en: {
        legend: 'Do you have a car registered at your address?',
        children: (
          <>
            <Radio value="ja" label="Yes" />
            <Radio value="nej" label="No" />
          </>
        ),
      },
      ar: {
        legend: 'هل لديك سيارة مسجّلة على عنوانك؟',
        children: (
          <>
            <Radio value="ja" label="نعم" />
            <Radio value="nej" label="لا" />
          </>
        ),
      },
    } satisfies DemoArgs<typeof RadioGroup>,
  },
};

export const Controlled: Story = {
  render: function ControlledGroup(args) {
    const chosen = useDemoText()({ sv: 'Valt', en: 'Selected', ar: 'المختار' });
    function Demo() {
      const [value, setValue] = useState('rorelsehinder');
      return (
        <>
          <RadioGroup {...args} value={value} onChange={setValue} />
          <p>
            {chosen}: {value}
          </p>
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

/** Right to left with Arabic content (WithDefaultValue). */
export const HogerTillVanster: Story = { ...WithDefaultValue, globals: { dir: 'rtl', locale: 'en' } };
