import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from '../TextField/TextField.js';
import { Fieldset } from './Fieldset.js';
import type { DemoArgs } from '../../storybook/demo.js';

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
  parameters: {
    demoArgs: {
      en: {
        legend: 'Address',
        children: (
          <>
            <TextField label="Street address" name="gatuadress" autoComplete="street-address" width="lg" />
            <TextField label="Postcode" name="postnummer" autoComplete="postal-code" inputMode="numeric" width="xs" />
            <TextField label="Town" name="ort" autoComplete="address-level2" width="md" />
          </>
        ),
      },
      ar: {
        legend: 'العنوان',
        children: (
          <>
            <TextField label="عنوان الشارع" name="gatuadress" autoComplete="street-address" width="lg" />
            <TextField label="الرمز البريدي" name="postnummer" autoComplete="postal-code" inputMode="numeric" width="xs" />
            <TextField label="المدينة" name="ort" autoComplete="address-level2" width="md" />
          </>
        ),
      },
    } satisfies DemoArgs<typeof Fieldset>,
  },
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDescription: Story = {
  args: { description: 'Adressen där du är folkbokförd.' },
  parameters: {
    demoArgs: {
      en: { description: 'The address where you are registered as living.' },
      ar: { description: 'العنوان الذي أنت مسجّل فيه كمقيم.' },
    } satisfies DemoArgs<typeof Fieldset>,
  },
};

/** Legend as the page's only question (`lg`). */
export const SizeLarge: Story = {
  args: { size: 'lg', legend: 'Var bor du?' },
  parameters: {
    demoArgs: { en: { legend: 'Where do you live?' }, ar: { legend: 'أين تسكن؟' } } satisfies DemoArgs<typeof Fieldset>,
  },
};

export const SizeSmall: Story = { args: { size: 'sm' } };

export const Required: Story = { args: { required: true } };

export const Optional: Story = {
  args: { legend: 'Annan postadress', optional: true },
  parameters: {
    demoArgs: {
      en: { legend: 'Other postal address' },
      ar: { legend: 'عنوان بريدي آخر' },
    } satisfies DemoArgs<typeof Fieldset>,
  },
};

export const WithError: Story = {
  args: {
    description: 'Adressen där du är folkbokförd.',
    error: 'Fyll i hela adressen: gatuadress, postnummer och ort.',
  },
  parameters: {
    demoArgs: {
      en: {
        description: 'The address where you are registered as living.',
        error: 'Enter the whole address: street address, postcode and town.',
      },
      ar: {
        description: 'العنوان الذي أنت مسجّل فيه كمقيم.',
        error: 'أدخل العنوان كاملًا: عنوان الشارع والرمز البريدي والمدينة.',
      },
    } satisfies DemoArgs<typeof Fieldset>,
  },
};

/** A disabled fieldset disables every control inside it (native behaviour). */
export const Disabled: Story = { args: { disabled: true } };

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left with Arabic content (WithError). */
export const HogerTillVanster: Story = { ...WithError, globals: { dir: 'rtl', locale: 'en' } };
