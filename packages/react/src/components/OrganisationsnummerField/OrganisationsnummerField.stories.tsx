import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { OrganisationsnummerField } from './OrganisationsnummerField.js';
import type { DemoArgs } from '../../storybook/demo.js';

// A fixed "today" keeps a sole trader's personnummer (century, future dates) the same on every run.
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
  play: async ({ canvasElement, args }) => {
    await typeAndLeave(canvasElement, '2120001355');
    await expect(args.onValidate).toHaveBeenLastCalledWith(
      expect.objectContaining({ ok: true, kind: 'organisation', normalized: '212000-1355' }),
    );
    await expect(within(canvasElement).getByRole('textbox')).not.toHaveAttribute('aria-invalid');
  },
};

/** Sole traders (enskild firma) may give their personnummer; label and hint say so. */
export const SoleTraders: Story = {
  args: { allowPersonnummer: true },
  play: async ({ canvasElement, args }) => {
    await typeAndLeave(canvasElement, '811218-9876');
    await expect(args.onValidate).toHaveBeenLastCalledWith(
      expect.objectContaining({ ok: true, kind: 'personnummer', normalized: '19811218-9876' }),
    );
  },
};

/** Rewrites a valid number as NNNNNN-NNNN on blur. */
export const NormalizeOnBlur: Story = {
  args: { normalizeOnBlur: true },
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '16 556012 5790');
    await expect(input).toHaveValue('556012-5790');
  },
};

export const WrongFormat: Story = {
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '21200013');
    await expect(input).toHaveAccessibleDescription(/10 siffror, till exempel/);
  },
};

/** A personnummer where only organisation numbers are allowed. */
export const PersonnummerNotAllowed: Story = {
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '811218-9876');
    await expect(input).toHaveAccessibleDescription(/är ett personnummer/);
  },
};

export const WrongCheckDigit: Story = {
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '212000-1356');
    await expect(input).toHaveAccessibleDescription(/kontrollsiffran/);
  },
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
  play: async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, '212000-1356');
    await expect(input).toHaveAccessibleDescription(/check digit/);
  },
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
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('textbox')).toHaveFocus();
  },
};
