import type { Meta, StoryObj } from '@storybook/react-vite';
import { Select } from './Select.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

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
  parameters: {
    demoArgs: {
      en: { label: 'District', placeholder: 'Choose a district' },
      ar: { label: 'المنطقة', placeholder: 'اختر المنطقة' },
    } satisfies DemoArgs<typeof Select>,
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDescription: Story = {
  args: { description: 'Området där fordonet ska stå parkerat.' },
  parameters: {
    demoArgs: {
      en: { description: 'The area where the vehicle will be parked.' },
      ar: { description: 'المنطقة التي ستُركن فيها المركبة.' },
    } satisfies DemoArgs<typeof Select>,
  },
};

export const Required: Story = { args: { required: true } };

export const Optional: Story = { args: { optional: true } };

export const WithError: Story = {
  args: { required: true, error: 'Välj det stadsområde där du bor.' },
  parameters: {
    demoArgs: {
      en: { error: 'Choose the district where you live.' },
      ar: { error: 'اختر المنطقة التي تسكن فيها.' },
    } satisfies DemoArgs<typeof Select>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'centrum' } };

export const ReadOnly: Story = { args: { readOnly: true, defaultValue: 'hisingen' } };

/** Children instead of `options`, with option groups. */
export const WithOptionGroups: Story = {
  args: { label: 'Ärendetyp', name: 'arendetyp', options: undefined, placeholder: undefined, defaultValue: 'boende' },
  parameters: {
    demoArgs: { en: { label: 'Type of matter' }, ar: { label: 'نوع الطلب' } } satisfies DemoArgs<typeof Select>,
  },
  render: function WithOptionGroups(args) {
    const t = useDemoText();
    return (
      <Select {...args}>
        <optgroup label={t({ sv: 'Parkering', en: 'Parking', ar: 'مواقف السيارات' })}>
          <option value="boende">{t({ sv: 'Boendeparkering', en: 'Resident parking', ar: 'مواقف السكان' })}</option>
          <option value="rorelsehinder">
            {t({
              sv: 'Parkeringstillstånd för rörelsehindrade',
              en: 'Parking permit for people with disabilities',
              ar: 'تصريح وقوف لذوي الإعاقة الحركية',
            })}
          </option>
        </optgroup>
        <optgroup label={t({ sv: 'Gata och trafik', en: 'Streets and traffic', ar: 'الشوارع والمرور' })}>
          <option value="gatlampa">{t({ sv: 'Trasig gatubelysning', en: 'Broken street light', ar: 'إنارة شارع معطلة' })}</option>
          <option value="hal">{t({ sv: 'Halka', en: 'Slippery roads', ar: 'طرق زلقة' })}</option>
        </optgroup>
      </Select>
    );
  },
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
  parameters: {
    demoArgs: { en: { label: 'Number of vehicles' }, ar: { label: 'عدد المركبات' } } satisfies DemoArgs<typeof Select>,
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left with Arabic content (WithError). */
export const HogerTillVanster: Story = { ...WithError, globals: { dir: 'rtl', locale: 'en' } };
