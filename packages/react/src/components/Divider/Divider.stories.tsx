import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { CSSProperties } from 'react';
import { useDemoText } from '../../storybook/demo.js';
import { Divider } from './Divider.js';

const textStyle: CSSProperties = {
  margin: 0,
  color: 'var(--gbg-color-text-default)',
  fontFamily: 'var(--gbg-font-family-sans)',
};

const meta = {
  title: 'Komponenter/Divider',
  component: Divider,
  decorators: [
    (Story) => {
      const t = useDemoText();
      return (
        <div>
          <p style={textStyle}>{t({ sv: 'Öppettider vardagar 8–17.', en: 'Open on weekdays 8–17.', ar: 'ساعات العمل أيام الأسبوع من 8 إلى 17.' })}</p>
          <Story />
          {/* U+200E marks around the phone number keep its digit groups in order in Arabic text. */}
          <p style={textStyle}>
            {t({ sv: 'Kontakta oss på 031-365 00 00.', en: 'Contact us on +46 31 365 00 00.', ar: 'اتصل بنا على الرقم ‎031-365 00 00‎.' })}
          </p>
        </div>
      );
    },
  ],
  argTypes: {
    tone: { control: 'inline-radio', options: ['subtle', 'default', 'strong'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    spacing: { control: 'select', options: ['0', '2', '4', '6', '8'] },
  },
} satisfies Meta<typeof Divider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A thematic break (`<hr>`): screen readers announce a separator. */
export const Semantic: Story = {
  play: async ({ canvasElement }) => {
    const line = within(canvasElement).getByRole('separator');
    const style = getComputedStyle(line);
    await expect(style.borderTopStyle).toBe('solid');
    await expect(style.borderTopWidth).not.toBe('0px');
    await expect(style.borderBottomWidth).toBe('0px');
    await expect(style.marginTop).toBe('16px');
  },
};

/** Decoration only: hidden from assistive technology. */
export const Decorative: Story = { args: { decorative: true } };

/** The three tones from the border tokens. */
export const Tones: Story = {
  render: (args) => (
    <>
      <Divider {...args} tone="subtle" />
      <Divider {...args} tone="default" />
      <Divider {...args} tone="strong" />
    </>
  ),
};

/** More space around the line. */
export const WideSpacing: Story = { args: { spacing: '10' } };

/** Between items in a row; it stretches to the row's height and mirrors in right-to-left. */
export const Vertical: Story = {
  decorators: [
    (Story) => {
      const t = useDemoText();
      return (
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <p style={textStyle}>{t({ sv: 'Dela', en: 'Share', ar: 'مشاركة' })}</p>
          <Story />
          <p style={textStyle}>{t({ sv: 'Skriv ut', en: 'Print', ar: 'طباعة' })}</p>
        </div>
      );
    },
  ],
  args: { orientation: 'vertical', tone: 'default', spacing: '3' },
};

/** Dark theme: the line colours come from the dark border tokens. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <>
      <Divider {...args} tone="subtle" />
      <Divider {...args} tone="default" />
      <Divider {...args} tone="strong" />
    </>
  ),
};

/** Right to left, vertical, with Arabic content: the line sits between the items in reading order. */
export const RightToLeft: Story = {
  ...Vertical,
  globals: { dir: 'rtl', locale: 'en' },
};
