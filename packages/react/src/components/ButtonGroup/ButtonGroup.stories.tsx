import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../Button/Button.js';
import { ButtonGroup } from './ButtonGroup.js';

const meta = {
  title: 'Komponenter/ButtonGroup',
  component: ButtonGroup,
  args: {
    children: [
      <Button key="send">Skicka ansökan</Button>,
      <Button key="draft" variant="secondary">Spara utkast</Button>,
      <Button key="cancel" variant="tertiary">Avbryt</Button>,
    ],
  },
  argTypes: {
    align: { control: 'inline-radio', options: ['start', 'center', 'end'] },
    stack: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    children: { control: false },
  },
} satisfies Meta<typeof ButtonGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The actions at the end of a form: primary first. Stacks on narrow screens. */
export const Default: Story = {};

/** Right-aligned, as in a dialog. */
export const AlignEnd: Story = { args: { align: 'end' } };

/** Always stacked, full width. */
export const Stacked: Story = { args: { stack: 'always' } };

/** A named group for actions that belong to one thing. */
export const Named: Story = {
  args: {
    'aria-label': 'Åtgärder för ansökan 2026-114',
    children: [
      <Button key="open" variant="secondary">Öppna</Button>,
      <Button key="delete" variant="danger">Ta bort</Button>,
    ],
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left: the first button sits on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    children: [<Button key="a">Send application</Button>, <Button key="b" variant="secondary">Save draft</Button>],
  },
};
