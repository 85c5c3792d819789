import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from './Text.js';

const body =
  'Du som har barn i förskola betalar en avgift som beror på hushållets inkomst och hur många barn du har i förskola. Avgiften betalas tolv månader om året.';

const meta = {
  title: 'Komponenter/Text',
  component: Text,
  args: { children: body },
  argTypes: {
    variant: { control: 'inline-radio', options: ['body', 'lead', 'small'] },
    as: { control: 'select', options: ['p', 'span', 'div', 'small', 'figcaption'] },
    measure: { control: 'boolean' },
  },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Running text. */
export const Body: Story = {};

/** The ingress: one short paragraph right under the page's main heading. */
export const Lead: Story = {
  args: { variant: 'lead', children: 'Här får du veta vad förskolan kostar och hur du betalar.' },
};

/** Secondary information such as dates and captions. */
export const Small: Story = { args: { variant: 'small', children: 'Senast uppdaterad 12 november 2026' } };

/** Limited to about 70 characters per line, easier to read. */
export const Measure: Story = { args: { measure: true } };

/** Inside other text as a span. */
export const AsSpan: Story = {
  render: () => (
    <Text>
      Avgiften är <Text as="strong">högst 1 688 kronor</Text> i månaden.
    </Text>
  ),
};

/** White in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { children: 'The fee depends on the household income.' },
};
