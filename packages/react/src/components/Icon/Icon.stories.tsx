import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArrowRightIcon, WarningIcon } from '@goteborgsstad/icons';
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
  render: (args) => (
    <p style={{ display: 'flex', gap: 'var(--gbg-space-2)', alignItems: 'center', margin: 0 }}>
      <Icon {...args} />
      Ansökan är inte skickad än.
    </p>
  ),
};

/** Meaningful: with `label` the icon is an image with that name. */
export const Meaningful: Story = { args: { label: 'Varning' } };

/** Token sizes sm, md, lg, xl, and `text` that follows the font size. */
export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 'var(--gbg-space-4)', alignItems: 'center' }}>
      <Icon icon={WarningIcon} size="sm" />
      <Icon icon={WarningIcon} size="md" />
      <Icon icon={WarningIcon} size="lg" />
      <Icon icon={WarningIcon} size="xl" />
      <span style={{ fontSize: 'var(--gbg-font-size-2xl)' }}>
        <Icon icon={WarningIcon} size="text" /> text
      </span>
    </div>
  ),
};

/** An icon passed as an element instead of a component. */
export const AsElement: Story = {
  args: { icon: undefined, label: 'Vidare' },
  render: (args) => (
    <Icon {...args}>
      <ArrowRightIcon />
    </Icon>
  ),
};

/** A direction icon mirrors in right-to-left text with `flipInRtl`. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  args: { icon: ArrowRightIcon, flipInRtl: true, label: 'Next' },
};

/** In the dark theme the icon follows the white text. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { label: 'Varning' } };
