import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { OrganisationsnummerField } from './OrganisationsnummerField.js';
import type { DemoArgs } from '../../storybook/demo.js';
import { playError, playFocus, playNormalize, playValid } from '../../storybook/parserField.js';

// A fixed "today" keeps a sole trader's personnummer (century, future dates) the same on every run.
const referenceDate = '2026-01-15';

const meta = {
  title: 'Komponenter/OrganisationsnummerField',
  component: OrganisationsnummerField,
  args: { referenceDate, name: 'organisationsnummer', onValidate: fn() },
} satisfies Meta<typeof OrganisationsnummerField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty field with the built-in label and format hint. */
export const Standard: Story = {};

export const Required: Story = { args: { required: true } };

/** A valid number (Göteborgs Stad's); nothing to show. */
export const Valid: Story = {
  args: { defaultValue: '212000-1355' },
  play: playValid('2120001355', { ok: true, kind: 'organisation', normalized: '212000-1355' }),
};

/** Sole traders (enskild firma) may give their personnummer; label and hint say so. */
export const SoleTraders: Story = {
  args: { allowPersonnummer: true },
  play: playValid('811218-9876', { ok: true, kind: 'personnummer', normalized: '19811218-9876' }),
};

/** Rewrites a valid number as NNNNNN-NNNN on blur. */
export const NormalizeOnBlur: Story = {
  args: { normalizeOnBlur: true },
  play: playNormalize('16 556012 5790', '556012-5790'),
};

export const WrongFormat: Story = {
  play: playError('21200013', /10 siffror, till exempel/),
};

/** A personnummer where only organisation numbers are allowed. */
export const PersonnummerNotAllowed: Story = {
  play: playError('811218-9876', /är ett personnummer/),
};

export const WrongCheckDigit: Story = {
  play: playError('212000-1356', /kontrollsiffran/),
};

/** An error from the server wins over the field's own validation. */
export const ServerError: Story = {
  args: { defaultValue: '556012-5790', error: 'Organisationen finns inte i registret. Kontrollera numret.' },
  parameters: {
    demoArgs: {
      en: { error: 'The organisation is not in the register. Check the number.' },
      ar: { error: 'المنظمة غير موجودة في السجل. تحقق من الرقم.' },
    } satisfies DemoArgs<typeof OrganisationsnummerField>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '212000-1355' } };

/** English strings and messages (locale from the provider). */
export const English: Story = {
  globals: { locale: 'en' },
  play: playError('212000-1356', /check digit/),
};

/** Dark theme with an error shown. */
export const Dark: Story = { ...WrongCheckDigit, globals: { theme: 'dark' } };

/** Right to left with an Arabic label and an error shown (built-in messages in English). */
export const RightToLeft: Story = {
  ...English,
  globals: { dir: 'rtl', locale: 'en' },
  args: { label: 'رقم المنظمة' },
};

/** Keyboard focus in the field. */
export const Focused: Story = {
  play: playFocus,
};
