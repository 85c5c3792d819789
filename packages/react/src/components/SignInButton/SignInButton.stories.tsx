import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { DemoArgs } from '../../storybook/demo.js';
import { useDemoText } from '../../storybook/demo.js';
import { SignInButton } from './SignInButton.js';

const textStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0, maxInlineSize: '40rem' };

const meta = {
  title: 'Komponenter/SignInButton',
  component: SignInButton,
  args: { href: '#logga-in' },
} satisfies Meta<typeof SignInButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** On the start page of an e-service: a link to the city's sign-in, which works without JavaScript. */
export const Default: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }}>
        <p style={textStyle}>
          {t({
            sv: 'Du loggar in med BankID, Freja+ eller en annan e-legitimation. Dina uppgifter sparas medan du fyller i ansökan.',
            en: 'You log in with BankID, Freja+ or another e-ID. Your answers are saved while you fill in the application.',
            ar: 'تسجّل الدخول باستخدام BankID أو Freja+ أو هوية إلكترونية أخرى. تُحفظ إجاباتك أثناء ملء الطلب.',
          })}
        </p>
        <SignInButton {...args} />
      </div>
    );
  },
};

/** Without `href`: a button, and the app starts the sign-in. */
export const AsButton: Story = {
  args: { href: undefined, onClick: fn() },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** While the sign-in starts: busy, and "Laddar…" is announced once. */
export const Loading: Story = { args: { href: undefined, loading: true } };

/** A service that accepts only one kind of e-legitimation names it in words, never with a logo. */
export const OneMethod: Story = {
  args: { children: 'Logga in med BankID' },
  parameters: {
    demoArgs: { en: { children: 'Log in with BankID' }, ar: { children: 'تسجيل الدخول باستخدام BankID' } } satisfies DemoArgs<typeof SignInButton>,
  },
};

/** Full width on a narrow screen, large. */
export const FullWidth: Story = { args: { fullWidth: true, size: 'lg' } };

/** Keyboard focus: the ring. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link');
    await expect(link).toHaveFocus();
    await expect(getComputedStyle(link).outlineStyle).toBe('solid');
  },
};

/** Dark theme. */
export const Dark: Story = { ...Default, globals: { theme: 'dark' } };

/** English locale: "Log in with e-ID". */
export const English: Story = { ...Default, globals: { locale: 'en' } };

/** Right to left with Arabic content; the app passes its own words (the library has no Arabic dictionary). */
export const RightToLeft: Story = {
  ...Default,
  globals: { dir: 'rtl', locale: 'en' },
  parameters: { demoArgs: { ar: { children: 'تسجيل الدخول بالهوية الإلكترونية' } } satisfies DemoArgs<typeof SignInButton> },
  decorators: [(Story) => <div lang="ar"><Story /></div>],
};
