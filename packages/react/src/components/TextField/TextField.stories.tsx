import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TextField } from './TextField.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

const meta = {
  title: 'Komponenter/TextField',
  component: TextField,
  args: {
    label: 'Förnamn',
    name: 'fornamn',
    autoComplete: 'given-name',
  },
  parameters: {
    demoArgs: { en: { label: 'First name' }, ar: { label: 'الاسم الأول' } } satisfies DemoArgs<typeof TextField>,
  },
  argTypes: {
    type: { control: 'select', options: ['text', 'email', 'tel', 'url', 'number', 'password'] },
    width: { control: 'select', options: ['full', 'lg', 'md', 'sm', 'xs'] },
  },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const WithDescription: Story = {
  args: {
    label: 'E-postadress',
    type: 'email',
    name: 'epost',
    autoComplete: 'email',
    description: 'Vi skickar en bekräftelse till den här adressen.',
  },
  parameters: {
    demoArgs: {
      en: { label: 'Email address', description: 'We will send a confirmation to this address.' },
      ar: { label: 'البريد الإلكتروني', description: 'سنرسل تأكيدًا إلى هذا العنوان.' },
    } satisfies DemoArgs<typeof TextField>,
  },
};

export const Required: Story = { args: { required: true } };

export const Optional: Story = {
  args: { label: 'Telefonnummer', type: 'tel', name: 'telefon', autoComplete: 'tel', optional: true },
  parameters: {
    demoArgs: { en: { label: 'Phone number' }, ar: { label: 'رقم الهاتف' } } satisfies DemoArgs<typeof TextField>,
  },
};

export const WithError: Story = {
  args: {
    label: 'E-postadress',
    type: 'email',
    name: 'epost',
    autoComplete: 'email',
    required: true,
    defaultValue: 'anna.andersson',
    error: 'Ange en e-postadress med @, till exempel anna@exempel.se.',
  },
  parameters: {
    demoArgs: {
      en: { label: 'Email address', error: 'Enter an email address with @, for example anna@example.com.' },
      ar: { label: 'البريد الإلكتروني', error: 'أدخل عنوان بريد إلكتروني يحتوي على @، مثل anna@example.com.' },
    } satisfies DemoArgs<typeof TextField>,
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'Anna' },
};

export const ReadOnly: Story = {
  args: { label: 'Ärendenummer', readOnly: true, defaultValue: 'GBG-2026-01234', autoComplete: 'off' },
  parameters: {
    demoArgs: { en: { label: 'Case number' }, ar: { label: 'رقم القضية' } } satisfies DemoArgs<typeof TextField>,
  },
};

/** Prefix at the inline start ("https://"); it moves to the right in RTL. */
export const WithPrefix: Story = {
  args: { label: 'Webbplats', type: 'url', name: 'webb', autoComplete: 'url', prefix: 'https://' },
  parameters: {
    demoArgs: { en: { label: 'Website' }, ar: { label: 'الموقع الإلكتروني' } } satisfies DemoArgs<typeof TextField>,
  },
};

/** Suffix at the inline end ("kr"). */
export const WithSuffix: Story = {
  args: {
    label: 'Belopp',
    name: 'belopp',
    autoComplete: 'off',
    inputMode: 'decimal',
    suffix: 'kr',
    width: 'sm',
  },
  parameters: {
    demoArgs: {
      en: { label: 'Amount', suffix: 'SEK' },
      ar: { label: 'المبلغ', suffix: 'كرونة' },
    } satisfies DemoArgs<typeof TextField>,
  },
};

export const TypeNumber: Story = {
  args: { label: 'Antal personer i hushållet', type: 'number', name: 'antal', autoComplete: 'off', min: 1, width: 'xs' },
  parameters: {
    demoArgs: {
      en: { label: 'Number of people in the household' },
      ar: { label: 'عدد الأشخاص في الأسرة' },
    } satisfies DemoArgs<typeof TextField>,
  },
};

export const TypeTel: Story = {
  args: { label: 'Mobilnummer', type: 'tel', name: 'mobil', autoComplete: 'tel' },
  parameters: {
    demoArgs: { en: { label: 'Mobile number' }, ar: { label: 'رقم الجوال' } } satisfies DemoArgs<typeof TextField>,
  },
};

/** Password with a "Visa lösenord" toggle (a button with `aria-pressed`). */
export const Password: Story = {
  args: { label: 'Lösenord', type: 'password', name: 'losenord', autoComplete: 'current-password' },
  parameters: {
    demoArgs: { en: { label: 'Password' }, ar: { label: 'كلمة المرور' } } satisfies DemoArgs<typeof TextField>,
  },
};

/** Widths hint at the expected length of the answer. */
export const Widths: Story = {
  render: function Widths(args) {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <TextField
          {...args}
          label={t({ sv: 'Postnummer', en: 'Postcode', ar: 'الرمز البريدي' })}
          name="postnummer"
          autoComplete="postal-code"
          inputMode="numeric"
          width="xs"
        />
        <TextField {...args} label={t({ sv: 'Ort', en: 'Town', ar: 'المدينة' })} name="ort" autoComplete="address-level2" width="md" />
        <TextField
          {...args}
          label={t({ sv: 'Gatuadress', en: 'Street address', ar: 'عنوان الشارع' })}
          name="adress"
          autoComplete="street-address"
          width="lg"
        />
      </div>
    );
  },
};

/** Focused on load, to show the focus ring. */
export const Focused: Story = {
  args: { autoFocus: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    input.focus();
    await expect(input).toHaveFocus();
    // Alone, the input is its own box and draws the ring (an outline, so forced colours keep it).
    await expect(getComputedStyle(input).outlineStyle).toBe('solid');
    await expect(parseFloat(getComputedStyle(input).outlineWidth)).toBeGreaterThanOrEqual(2);
  },
};

/** Focused with a prefix: the ring goes around the whole box, prefix included. */
export const FocusedWithPrefix: Story = {
  args: { ...WithPrefix.args, autoFocus: true },
  parameters: WithPrefix.parameters,
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    input.focus();
    await expect(input).toHaveFocus();
    const box = input.parentElement as HTMLElement;
    await expect(getComputedStyle(box).outlineStyle).toBe('solid');
    await expect(parseFloat(getComputedStyle(box).outlineWidth)).toBeGreaterThanOrEqual(2);
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Dark theme (Password). */
export const MorktLosenord: Story = { ...Password, globals: { theme: 'dark' } };

/** Right to left with Arabic content (WithPrefix). */
export const HogerTillVanster: Story = { ...WithPrefix, globals: { dir: 'rtl', locale: 'en' } };

/** Right to left with Arabic content (WithSuffix). */
export const HogerTillVansterSuffix: Story = { ...WithSuffix, globals: { dir: 'rtl', locale: 'en' } };
