import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { PersonnummerField } from './PersonnummerField.js';
import type { DemoArgs } from '../../storybook/demo.js';
import { playError, playFocus, playNormalize, playValid } from '../../storybook/parserField.js';

// A fixed "today" keeps century rules and future-date checks the same on every run.
const referenceDate = '2026-01-15';

const meta = {
  title: 'Komponenter/PersonnummerField',
  component: PersonnummerField,
  args: { referenceDate, name: 'personnummer', onValidate: fn() },
} satisfies Meta<typeof PersonnummerField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty field with the built-in label and format hint. */
export const Standard: Story = {};

export const Required: Story = { args: { required: true } };

/** A valid number; nothing to show. */
export const Valid: Story = {
  args: { defaultValue: '19121212-1212' },
  play: playValid('121212-1212', { ok: true, normalized: '20121212-1212' }),
};

/** Rewrites a valid number as YYYYMMDD-XXXX on blur, so the century is visible. */
export const NormalizeOnBlur: Story = {
  args: { normalizeOnBlur: true },
  play: playNormalize('121212+1212', '19121212-1212'),
};

/** Coordination number (samordningsnummer): day + 60. */
export const CoordinationNumber: Story = {
  args: { label: 'Personnummer eller samordningsnummer' },
  parameters: {
    demoArgs: {
      en: { label: 'Personal identity number or coordination number' },
      ar: { label: 'الرقم الشخصي أو رقم التنسيق' },
    } satisfies DemoArgs<typeof PersonnummerField>,
  },
  play: playValid('701063-2391', { ok: true, isCoordinationNumber: true }),
};

export const WrongFormat: Story = {
  play: playError('8112189', /10 eller 12 siffror/),
};

export const ImpossibleDate: Story = {
  play: playError('500229-2349', /datum som inte finns/),
};

export const WrongCheckDigit: Story = {
  play: playError('811218-9875', /kontrollsiffran/),
};

export const FutureDate: Story = {
  play: playError('20301231-0003', /i framtiden/),
};

/** An error from the server wins over the field's own validation. */
export const ServerError: Story = {
  args: { defaultValue: '19121212-1212', error: 'Det finns redan en ansökan för det här personnumret.' },
  parameters: {
    demoArgs: {
      en: { error: 'There is already an application for this personal identity number.' },
      ar: { error: 'يوجد طلب مسبق لهذا الرقم الشخصي.' },
    } satisfies DemoArgs<typeof PersonnummerField>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '19121212-1212' } };

/** English strings and messages (locale from the provider). */
export const English: Story = {
  globals: { locale: 'en' },
  play: playError('811218-9875', /check digit/),
};

/** Dark theme with an error shown. */
export const Dark: Story = { ...WrongCheckDigit, globals: { theme: 'dark' } };

/** Right to left with an Arabic label and an error shown (built-in messages in English). */
export const RightToLeft: Story = {
  ...English,
  globals: { dir: 'rtl', locale: 'en' },
  args: { label: 'الرقم الشخصي' },
};

/** Keyboard focus in the field (the focus ring surrounds the box). */
export const Focused: Story = {
  play: playFocus,
};
