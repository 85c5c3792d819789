import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PasswordInput } from './PasswordInput.js';
import type { DemoArgs } from '../../storybook/demo.js';

const meta = {
  title: 'Komponenter/PasswordInput',
  component: PasswordInput,
  args: { name: 'losenord' },
} satisfies Meta<typeof PasswordInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signing in: the password manager fills it in (autocomplete="current-password"). */
export const Standard: Story = {};

/** Choosing a password: the rules in the hint, the manager can suggest one. */
export const NewPassword: Story = {
  args: { purpose: 'new', description: 'Minst 12 tecken. Gärna flera ord i följd.' },
  parameters: {
    demoArgs: {
      en: { description: 'At least 12 characters. Several words in a row work well.' },
      ar: { description: '12 حرفاً على الأقل. يُفضَّل استخدام عدة كلمات متتالية.' },
    } satisfies DemoArgs<typeof PasswordInput>,
  },
};

/** The password shown after pressing the toggle (pressed state visible as a bar). */
export const Revealed: Story = {
  args: { defaultValue: 'x7-Rk2-Lm9p-Q4' },
  parameters: { visual: { play: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Visa lösenord' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByLabelText('Lösenord')).toHaveAttribute('type', 'text');
  },
};

/** The toggle is at least 24 × 24 px (it is 44 px high, from the target-size token). */
export const ToggleSize: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('button').getBoundingClientRect();
    await expect(box.width).toBeGreaterThanOrEqual(24);
    await expect(box.height).toBeGreaterThanOrEqual(24);
  },
};

export const WithError: Story = {
  args: { error: 'Fel lösenord eller användarnamn. Försök igen eller välj ”Glömt lösenordet?”.' },
  parameters: {
    demoArgs: {
      en: { error: 'Wrong password or user name. Try again or choose “Forgot your password?”.' },
      ar: { error: 'كلمة المرور أو اسم المستخدم غير صحيح. حاول مرة أخرى أو اختر ”نسيت كلمة المرور؟“.' },
    } satisfies DemoArgs<typeof PasswordInput>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'x7-Rk2-Lm9p-Q4' } };

/** English strings (locale from the provider). */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Show password' })).toBeInTheDocument();
  },
};

/** Dark theme with the password shown. */
export const Dark: Story = { ...Revealed, parameters: {}, globals: { theme: 'dark' } };

/** Right to left with an Arabic label (built-in strings in English). */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { label: 'كلمة المرور' },
};

/** Keyboard: Tab to the field, Tab to the toggle, Space presses it. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByLabelText('Lösenord')).toHaveFocus();
    await userEvent.tab();
    const toggle = canvas.getByRole('button', { name: 'Visa lösenord' });
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  },
};
