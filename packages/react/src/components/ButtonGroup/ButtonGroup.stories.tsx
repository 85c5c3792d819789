import type { Meta, StoryObj } from '@storybook/react-vite';
import type { DemoArgs } from '../../storybook/demo.js';
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
  parameters: {
    demoArgs: {
      en: {
        children: [
          <Button key="send">Send application</Button>,
          <Button key="draft" variant="secondary">Save draft</Button>,
          <Button key="cancel" variant="tertiary">Cancel</Button>,
        ],
      },
      ar: {
        children: [
          <Button key="send">أرسل الطلب</Button>,
          <Button key="draft" variant="secondary">احفظ المسودة</Button>,
          <Button key="cancel" variant="tertiary">إلغاء</Button>,
        ],
      },
    } satisfies DemoArgs<typeof ButtonGroup>,
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
  parameters: {
    demoArgs: {
      en: {
        'aria-label': 'Actions for application 2026-114',
        children: [
          <Button key="open" variant="secondary">Open</Button>,
          <Button key="delete" variant="danger">Delete</Button>,
        ],
      },
      ar: {
        'aria-label': 'إجراءات الطلب 2026-114',
        children: [
          <Button key="open" variant="secondary">فتح</Button>,
          <Button key="delete" variant="danger">حذف</Button>,
        ],
      },
    },
  },
};

/** Long labels: each button wraps its text; the group stacks rather than overflowing. */
export const LongLabels: Story = {
  args: {
    children: [
      <Button key="send">Skicka ansökan om förlängt bygglov</Button>,
      <Button key="draft" variant="secondary">Spara utkast och fortsätt senare</Button>,
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        children: [
          <Button key="send">Send the application for an extended building permit</Button>,
          <Button key="draft" variant="secondary">Save draft and continue later</Button>,
        ],
      },
      ar: {
        children: [
          <Button key="send">أرسل طلب تمديد رخصة البناء</Button>,
          <Button key="draft" variant="secondary">احفظ المسودة وتابع لاحقًا</Button>,
        ],
      },
    },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}><Story /></div>],
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left with Arabic content: the first button sits on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    children: [<Button key="a">Skicka ansökan</Button>, <Button key="b" variant="secondary">Spara utkast</Button>],
  },
  parameters: {
    demoArgs: {
      en: { children: [<Button key="a">Send application</Button>, <Button key="b" variant="secondary">Save draft</Button>] },
      ar: { children: [<Button key="a">أرسل الطلب</Button>, <Button key="b" variant="secondary">احفظ المسودة</Button>] },
    },
  },
};
