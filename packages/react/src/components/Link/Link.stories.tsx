import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from './Link.js';

const textStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };

const meta = {
  title: 'Komponenter/Link',
  component: Link,
  args: { href: '#forskola', children: 'ansöka om plats i förskola' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'standalone'] },
    external: { control: 'boolean' },
    target: { control: 'select', options: [undefined, '_blank'] },
  },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Inside running text: black or white like the text, recognised by the underline. */
export const Inline: Story = {
  render: (args) => (
    <p style={textStyle}>
      Du kan <Link {...args} /> från det att barnet är fyra månader.
    </p>
  ),
};

/** On its own line: bolder, with room to hit it. */
export const Standalone: Story = { args: { variant: 'standalone', children: 'Läs mer om avgifter för förskola' } };

/** To another website: an icon, and "(extern webbplats)" for screen readers. */
export const External: Story = {
  args: { href: 'https://www.skatteverket.se/', external: true, children: 'Skatteverket' },
};

/** Opens a new window: an icon, "(öppnas i nytt fönster)" and rel="noopener noreferrer". */
export const NewWindow: Story = {
  args: { href: '#hjalp', target: '_blank', children: 'Hjälp med ansökan' },
};

/** Both: another website in a new window. */
export const ExternalNewWindow: Story = {
  args: { href: 'https://www.1177.se/', external: true, target: '_blank', children: '1177 Vårdguiden' },
};

/** Keyboard focus: a ring and a thicker underline, never a colour change. */
export const Focused: Story = {
  args: { variant: 'standalone', children: 'Kontakta oss' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link')).toHaveFocus();
  },
};

/** White on the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <p style={textStyle}>
      Du kan <Link {...args} /> eller besöka <Link href="https://www.skolverket.se/" external>Skolverket</Link>.
    </p>
  ),
};

/** Right to left: the icon sits at the end and is mirrored. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { href: 'https://www.1177.se/', external: true, children: '1177 Healthcare Guide' },
};
