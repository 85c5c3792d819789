import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from './Heading.js';

const meta = {
  title: 'Komponenter/Heading',
  component: Heading,
  args: { level: 1, children: 'Förskola och skola' },
  argTypes: {
    level: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
    size: { control: 'inline-radio', options: [undefined, 1, 2, 3, 4, 5, 6] },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page's one level-1 heading. */
export const Level1: Story = {};

/** All six levels, each in its own size. */
export const Levels: Story = {
  render: () => (
    <div>
      <Heading level={1}>Rubrik nivå 1</Heading>
      <Heading level={2}>Rubrik nivå 2</Heading>
      <Heading level={3}>Rubrik nivå 3</Heading>
      <Heading level={4}>Rubrik nivå 4</Heading>
      <Heading level={5}>Rubrik nivå 5</Heading>
      <Heading level={6}>Rubrik nivå 6</Heading>
    </div>
  ),
};

/** Level and size apart: a level-2 heading in a card, drawn as size 4. */
export const SizeApartFromLevel: Story = { args: { level: 2, size: 4, children: 'Öppettider' } };

/** Long headings wrap in balanced lines; nothing is cut off. */
export const LongText: Story = {
  args: {
    level: 2,
    children: 'Ansök om plats i förskola, pedagogisk omsorg eller fritidshem för ditt barn i Göteborg',
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}><Story /></div>],
};

/** White in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' }, args: { children: 'Schools' } };
