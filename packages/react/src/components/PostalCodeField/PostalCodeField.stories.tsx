import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { PostalCodeField } from './PostalCodeField.js';
import type { DemoArgs } from '../../storybook/demo.js';
import { playError, playFocus, playNormalize, playValid } from '../../storybook/parserField.js';

const meta = {
  title: 'Komponenter/PostalCodeField',
  component: PostalCodeField,
  args: { name: 'postnummer', onValidate: fn() },
} satisfies Meta<typeof PostalCodeField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty field with the built-in label. */
export const Standard: Story = {};

export const Required: Story = { args: { required: true } };

/** A valid postcode; the result carries "413 19". */
export const Valid: Story = {
  play: playValid('41319', { ok: true, normalized: '413 19' }, { exact: true }),
};

/** Rewrites a valid postcode as "413 19" on blur. */
export const NormalizeOnBlur: Story = {
  args: { normalizeOnBlur: true },
  play: playNormalize('SE-41319', '413 19'),
};

export const WrongFormat: Story = {
  play: playError('4131', /fem siffror/),
};

export const StartsWithZero: Story = {
  play: playError('01234', /börjar inte med 0/),
};

/** An error from the server wins over the field's own validation. */
export const ServerError: Story = {
  args: { defaultValue: '999 99', error: 'Postnumret finns inte. Kontrollera det mot adressen.' },
  parameters: {
    demoArgs: {
      en: { error: 'The postcode does not exist. Check it against the address.' },
      ar: { error: 'الرمز البريدي غير موجود. تحقق منه مقابل العنوان.' },
    } satisfies DemoArgs<typeof PostalCodeField>,
  },
};

/** With a hint, for a question about a particular address. */
export const WithDescription: Story = {
  args: { label: 'Postnummer till fastigheten', description: 'Står på fakturan för vatten och avlopp.' },
  parameters: {
    demoArgs: {
      en: { label: 'Postcode of the property', description: 'It is on the water and sewage bill.' },
      ar: { label: 'الرمز البريدي للعقار', description: 'تجده في فاتورة المياه والصرف الصحي.' },
    } satisfies DemoArgs<typeof PostalCodeField>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '413 19' } };

/** English strings and messages (locale from the provider). */
export const English: Story = {
  globals: { locale: 'en' },
  play: playError('4131', /five digits/),
};

/** Dark theme with an error shown. */
export const Dark: Story = { ...StartsWithZero, globals: { theme: 'dark' } };

/** Right to left with an Arabic label and an error shown (built-in messages in English). */
export const RightToLeft: Story = {
  ...English,
  globals: { dir: 'rtl', locale: 'en' },
  args: { label: 'الرمز البريدي' },
};

/** Keyboard focus in the field. */
export const Focused: Story = {
  play: playFocus,
};
