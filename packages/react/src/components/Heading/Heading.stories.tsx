import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Heading } from './Heading.js';

const meta = {
  title: 'Komponenter/Heading',
  component: Heading,
  args: { level: 1, children: 'Förskola och skola' },
  argTypes: {
    level: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
    size: { control: 'inline-radio', options: [undefined, 1, 2, 3, 4, 5, 6] },
  },
  parameters: {
    demoArgs: {
      en: { children: 'Preschool and school' },
      ar: { children: 'الروضة والمدرسة' },
    } satisfies DemoArgs<typeof Heading>,
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page's one level-1 heading. */
export const Level1: Story = {};

/** All six levels, each in its own size. */
export const Levels: Story = {
  render: () => {
    const t = useDemoText();
    const text = (level: number) => t({ sv: `Rubrik nivå ${level}`, en: `Heading level ${level}`, ar: `عنوان المستوى ${level}` });
    return (
      <div>
        <Heading level={1}>{text(1)}</Heading>
        <Heading level={2}>{text(2)}</Heading>
        <Heading level={3}>{text(3)}</Heading>
        <Heading level={4}>{text(4)}</Heading>
        <Heading level={5}>{text(5)}</Heading>
        <Heading level={6}>{text(6)}</Heading>
      </div>
    );
  },
};

/** Level and size apart: a level-2 heading in a card, drawn as size 4. */
export const SizeApartFromLevel: Story = {
  args: { level: 2, size: 4, children: 'Öppettider' },
  parameters: { demoArgs: { en: { children: 'Opening hours' }, ar: { children: 'ساعات العمل' } } },
};

/** Long headings wrap in balanced lines; nothing is cut off. */
export const LongText: Story = {
  args: {
    level: 2,
    children: 'Ansök om plats i förskola, pedagogisk omsorg eller fritidshem för ditt barn i Göteborg',
  },
  parameters: {
    demoArgs: {
      en: { children: 'Apply for a place in preschool, pedagogical care or a leisure-time centre for your child in Gothenburg' },
      ar: { children: 'قدّم طلبًا للحصول على مكان لطفلك في الروضة أو الرعاية التربوية أو مركز الترفيه في يوتبوري' },
    },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}><Story /></div>],
};

/** One long Swedish compound at 320 px: it hyphenates (`lang="sv"`) instead of overflowing. */
export const LongWord: Story = {
  args: { level: 1, children: 'Parkeringstillståndsansökan' },
  parameters: {
    demoArgs: { en: { children: 'Disabled parking permit applications' }, ar: { children: 'طلبات تصاريح ركن السيارات' } },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '18rem' }}><Story /></div>],
};

/** White in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { children: 'Skolor' },
  parameters: { demoArgs: { en: { children: 'Schools' }, ar: { children: 'المدارس' } } },
};
