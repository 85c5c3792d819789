import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArrowRightIcon, WarningIcon } from '@goteborgsstad/icons';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Icon } from './Icon.js';

const textStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)' };

const meta = {
  title: 'Komponenter/Icon',
  component: Icon,
  args: { icon: WarningIcon },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl', 'text'] },
    icon: { control: false },
    label: { control: 'text' },
  },
  decorators: [(Story) => <div style={textStyle}><Story /></div>],
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Decorative (the default): hidden from screen readers; the text next to it carries the meaning. */
export const Decorative: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <p style={{ display: 'flex', gap: 'var(--gbg-space-2)', alignItems: 'center', margin: 0 }}>
        <Icon {...args} />
        {t({ sv: 'Ansökan är inte skickad än.', en: 'The application has not been sent yet.', ar: 'لم يتم إرسال الطلب بعد.' })}
      </p>
    );
  },
};

const warning = { en: { label: 'Warning' }, ar: { label: 'تحذير' } } satisfies DemoArgs<typeof Icon>;

/** Meaningful: with `label` the icon is an image with that name. */
export const Meaningful: Story = { args: { label: 'Varning' }, parameters: { demoArgs: warning } };

/** Token sizes sm, md, lg, xl, and `text` that follows the font size. */
export const Sizes: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'flex', gap: 'var(--gbg-space-4)', alignItems: 'center' }}>
        <Icon icon={WarningIcon} size="sm" />
        <Icon icon={WarningIcon} size="md" />
        <Icon icon={WarningIcon} size="lg" />
        <Icon icon={WarningIcon} size="xl" />
        <span style={{ fontSize: 'var(--gbg-font-size-2xl)' }}>
          <Icon icon={WarningIcon} size="text" /> {t({ sv: 'text', en: 'text', ar: 'نص' })}
        </span>
      </div>
    );
  },
};

/** An icon passed as an element instead of a component. */
export const AsElement: Story = {
  args: { icon: undefined, label: 'Vidare' },
  parameters: { demoArgs: { en: { label: 'Next' }, ar: { label: 'التالي' } } },
  render: (args) => (
    <Icon {...args}>
      <ArrowRightIcon />
    </Icon>
  ),
};

/** Right to left with an Arabic label: a direction icon mirrors with `flipInRtl`. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { icon: ArrowRightIcon, flipInRtl: true, label: 'Nästa' },
  parameters: { demoArgs: { en: { label: 'Next' }, ar: { label: 'التالي' } } },
  render: (args) => {
    const t = useDemoText();
    return (
      <p style={{ display: 'flex', gap: 'var(--gbg-space-2)', alignItems: 'center', margin: 0 }}>
        {t({ sv: 'Gå vidare till nästa steg', en: 'Go on to the next step', ar: 'انتقل إلى الخطوة التالية' })}
        <Icon {...args} />
      </p>
    );
  },
};

/** In the dark theme the icon follows the white text. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { label: 'Varning' }, parameters: { demoArgs: warning } };
