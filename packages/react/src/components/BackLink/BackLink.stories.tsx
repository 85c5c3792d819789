import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { dictionaries } from '../../i18n/index.js';
import { useDemoText } from '../../storybook/demo.js';
import { BackLink } from './BackLink.js';

const headingStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-heading-2)', margin: 0 };

const meta = {
  title: 'Komponenter/BackLink',
  component: BackLink,
  args: { href: '#steg-1' },
} satisfies Meta<typeof BackLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A link to the previous step, above the step's heading. */
export const Default: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)' }}>
        <BackLink {...args} />
        <h1 style={headingStyle}>
          {t({
            sv: 'Steg 2 av 4: Dina kontaktuppgifter',
            en: 'Step 2 of 4: Your contact details',
            ar: 'الخطوة 2 من 4: بيانات الاتصال الخاصة بك',
          })}
        </h1>
      </div>
    );
  },
};

/** Own text that says where back leads. */
export const CustomText: Story = {
  args: { children: 'Tillbaka till dina uppgifter' },
  parameters: { demoArgs: { en: { children: 'Back to your details' }, ar: { children: 'العودة إلى بياناتك' } } },
};

/** Without `href`: a button, and the app decides what back means (here `history.back()`). */
export const AsButton: Story = {
  args: { href: undefined, onClick: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const name = dictionaries[globals.locale === 'en' ? 'en' : 'sv'].backLink.label;
    const button = within(canvasElement).getByRole('button', { name });
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** Keyboard focus: a ring and a thicker underline. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link');
    await expect(link).toHaveFocus();
    const style = getComputedStyle(link);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** A long text wraps beside the arrow on a narrow screen. */
export const LongText: Story = {
  args: { children: 'Tillbaka till ansökan om bygglov för tillbyggnad av enbostadshus' },
  parameters: {
    demoArgs: {
      en: { children: 'Back to the application for a building permit to extend a single-family house' },
      ar: { children: 'العودة إلى طلب رخصة البناء لتوسعة منزل لأسرة واحدة' },
    },
  },
};

/** White on the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English locale: "Back", with English content. */
export const English: Story = { ...Default, globals: { locale: 'en' } };

/** Right to left with Arabic content: the arrow points right, to the start of the line. */
export const RightToLeft: Story = {
  ...Default,
  globals: { dir: 'rtl', locale: 'en' },
  // The library has no Arabic dictionary; the app passes its own text.
  parameters: { demoArgs: { ar: { children: 'رجوع' } } },
  decorators: [(Story) => <div lang="ar"><Story /></div>],
};
