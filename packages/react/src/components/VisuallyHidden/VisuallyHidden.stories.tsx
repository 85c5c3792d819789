import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { VisuallyHidden } from './VisuallyHidden.js';

const textStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };

const meta = {
  title: 'Komponenter/VisuallyHidden',
  component: VisuallyHidden,
  args: { children: 'om avgifter för förskola' },
  argTypes: {
    as: { control: 'select', options: ['span', 'div', 'p', 'h2', 'h3'] },
    focusable: { control: 'boolean' },
  },
  parameters: {
    demoArgs: {
      en: { children: 'about preschool fees' },
      ar: { children: 'عن رسوم الروضة' },
    } satisfies DemoArgs<typeof VisuallyHidden>,
  },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Completes a short visible link text for screen readers: they hear "Läs mer om avgifter för förskola". */
export const InLinkText: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <p style={textStyle}>
        <a href="#avgifter" style={{ color: 'inherit' }}>
          {t({ sv: 'Läs mer', en: 'Read more', ar: 'اقرأ المزيد' })} <VisuallyHidden {...args} />
        </a>
      </p>
    );
  },
};

/** A heading only screen readers need, naming a section whose purpose is visible from its layout. */
export const AsHeading: Story = {
  args: { as: 'h2', children: 'Nyheter' },
  parameters: { demoArgs: { en: { children: 'News' }, ar: { children: 'الأخبار' } } },
  render: (args) => {
    const t = useDemoText();
    return (
      <section aria-labelledby="nyheter-rubrik" style={textStyle}>
        <VisuallyHidden {...args} id="nyheter-rubrik" />
        <p style={textStyle}>
          {t({ sv: 'Ny förskola öppnar i Kviberg.', en: 'A new preschool opens in Kviberg.', ar: 'افتتاح روضة جديدة في كفيبيري.' })}
        </p>
      </section>
    );
  },
};

const contactLink = (text: string) => (
  <a href="#kontakt" style={{ color: 'var(--gbg-color-link-default)' }}>
    {text}
  </a>
);

/** `focusable`: hidden until a keyboard user tabs to the link inside, then shown in place. */
export const Focusable: Story = {
  args: { focusable: true, children: contactLink('Hoppa till kontaktuppgifter') },
  parameters: {
    demoArgs: {
      en: { children: contactLink('Skip to contact details') },
      ar: { children: contactLink('انتقل إلى معلومات الاتصال') },
    },
  },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link')).toHaveFocus();
  },
};

/** Dark theme, the focusable variant shown by keyboard focus. */
export const DarkFocused: Story = {
  ...Focusable,
  globals: { theme: 'dark' },
};

/** Right to left with Arabic content: the hidden text completes the link the same way. */
export const RightToLeft: Story = {
  ...InLinkText,
  globals: { dir: 'rtl', locale: 'en' },
};
