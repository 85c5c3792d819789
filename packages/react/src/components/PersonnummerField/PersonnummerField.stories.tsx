import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PersonnummerField } from './PersonnummerField.js';
import type { DemoArgs } from '../../storybook/demo.js';

// A fixed "today" keeps century rules and future-date checks the same on every run.
const referenceDate = '2026-01-15';

/** Types into the field and leaves it, which is when the field validates. */
async function typeAndLeave(canvasElement: HTMLElement, text: string) {
  const input = within(canvasElement).getByRole('textbox');
  await userEvent.clear(input);
  await userEvent.type(input, text);
  await userEvent.tab();
  return input;
}

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
  play: async ({ canvasElement, args }) => {
    await typeAndLeave(canvasElement, '121212-1212');
    await expect(args.onValidate).toHaveBeenLastCalledWith(expect.objectContaining({ ok: true, normalized: '20121212-1212' }));
    await expect(within(canvasElement).getByRole('textbox')).not.toHaveAttribute('aria-invalid');
  },
};

/** Rewrites a valid number as YYYYMMDD-XXXX on blur, so the century is visible. */
export const NormalizeOnBlur: Story = {
  args: { normalizeOnBlur: true },
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '121212+1212');
    await expect(input).toHaveValue('19121212-1212');
  },
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
  play: async ({ canvasElement, args }) => {
    await typeAndLeave(canvasElement, '701063-2391');
    await expect(args.onValidate).toHaveBeenLastCalledWith(expect.objectContaining({ ok: true, isCoordinationNumber: true }));
  },
};

export const WrongFormat: Story = {
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '8112189');
    await expect(input).toHaveAccessibleDescription(/10 eller 12 siffror/);
  },
};

export const ImpossibleDate: Story = {
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '500229-2349');
    await expect(input).toHaveAccessibleDescription(/datum som inte finns/);
  },
};

export const WrongCheckDigit: Story = {
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '811218-9875');
    await expect(input).toHaveAccessibleDescription(/kontrollsiffran/);
  },
};

export const FutureDate: Story = {
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '20301231-0003');
    await expect(input).toHaveAccessibleDescription(/i framtiden/);
  },
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
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '811218-9875');
    await expect(input).toHaveAccessibleDescription(/check digit/);
  },
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
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('textbox')).toHaveFocus();
  },
};
