import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { PhoneField } from './PhoneField.js';
import type { DemoArgs } from '../../storybook/demo.js';
import { playError, playFocus, playNormalize, playValid } from '../../storybook/parserField.js';

const meta = {
  title: 'Komponenter/PhoneField',
  component: PhoneField,
  args: { name: 'telefon', onValidate: fn() },
} satisfies Meta<typeof PhoneField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty field with the built-in label and hint. */
export const Standard: Story = {};

export const Required: Story = { args: { required: true } };

/** A Göteborg number: the result carries E.164 (+46313650000). */
export const Valid: Story = {
  play: playValid('031-365 00 00', { ok: true, normalized: '+46313650000' }),
};

/** A Norwegian number keeps its country code. */
export const International: Story = {
  play: playValid('+47 22 12 34 56', { ok: true, normalized: '+4722123456', isSwedish: false }),
};

/** Rewrites a valid number the way Swedes read it. */
export const NormalizeOnBlur: Story = {
  args: { normalizeOnBlur: true },
  play: playNormalize('0046701234567', '070-123 45 67'),
};

/** A mobile number asked for by name (autocomplete "mobile tel"). */
export const Mobile: Story = {
  args: { label: 'Mobilnummer', description: 'Vi skickar ett sms när beslutet är klart.', autoComplete: 'mobile tel' },
  parameters: {
    demoArgs: {
      en: { label: 'Mobile number', description: 'We will send a text message when the decision is ready.' },
      ar: { label: 'رقم الجوال', description: 'سنرسل رسالة نصية عندما يكون القرار جاهزاً.' },
    } satisfies DemoArgs<typeof PhoneField>,
  },
};

export const MissingAreaCode: Story = {
  play: playError('365 00 00', /riktnummer/),
};

export const TooShort: Story = {
  play: playError('031-365 0', /för få siffror/),
};

export const Letters: Story = {
  play: playError('031-365 00 00 ank 12', /bara innehålla siffror/),
};

/** An error from the server wins over the field's own validation. */
export const ServerError: Story = {
  args: { defaultValue: '070-123 45 67', error: 'Vi kunde inte skicka sms till numret. Kontrollera det eller ange ett annat.' },
  parameters: {
    demoArgs: {
      en: { error: 'We could not send a text message to this number. Check it or enter another one.' },
      ar: { error: 'لم نتمكن من إرسال رسالة نصية إلى هذا الرقم. تحقق منه أو أدخل رقماً آخر.' },
    } satisfies DemoArgs<typeof PhoneField>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '031-365 00 00' } };

/** English strings and messages (locale from the provider). */
export const English: Story = {
  globals: { locale: 'en' },
  play: playError('365 00 00', /area code/),
};

/** Dark theme with an error shown. */
export const Dark: Story = { ...TooShort, globals: { theme: 'dark' } };

/** Right to left with an Arabic label; the number itself stays left to right. */
export const RightToLeft: Story = {
  ...English,
  globals: { dir: 'rtl', locale: 'en' },
  args: { label: 'رقم الهاتف' },
};

/** Keyboard focus in the field. */
export const Focused: Story = {
  play: playFocus,
};
