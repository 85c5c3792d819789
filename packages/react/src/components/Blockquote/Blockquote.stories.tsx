import type { Meta, StoryObj } from '@storybook/react-vite';
import { type DemoArgs } from '../../storybook/demo.js';
import { Blockquote } from './Blockquote.js';

const meta = {
  title: 'Komponenter/Blockquote',
  component: Blockquote,
  args: {
    children: 'Vi vill att det ska vara enkelt att ta cykeln till jobbet, året runt och i hela staden.',
    attribution: 'Anna Svensson, ordförande i trafiknämnden',
  },
  parameters: {
    demoArgs: {
      en: {
        children: 'We want cycling to work to be easy, all year round and in every part of the city.',
        attribution: 'Anna Svensson, chair of the transport committee',
      },
      ar: {
        children: 'نريد أن يكون الذهاب إلى العمل بالدراجة سهلًا، طوال العام وفي كل أنحاء المدينة.',
        attribution: 'آنا سفينسون، رئيسة لجنة النقل',
      },
    } satisfies DemoArgs<typeof Blockquote>,
  },
} satisfies Meta<typeof Blockquote>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A quote and who said it, in one figure. */
export const Standard: Story = {};

/** Several paragraphs, and a source address in `cite` (not shown). */
export const Paragraphs: Story = {
  args: {
    cite: 'https://example.org/protokoll/2026-05-12',
    children: (
      <>
        <p>Kommunfullmäktige beslutar att anta trafikstrategin för perioden 2027–2035.</p>
        <p>Strategin ska följas upp varje år och redovisas för trafiknämnden.</p>
      </>
    ),
    attribution: 'Ur kommunfullmäktiges protokoll, 12 maj 2026',
  },
  parameters: {
    demoArgs: {
      en: {
        children: (
          <>
            <p>The city council decides to adopt the transport strategy for 2027–2035.</p>
            <p>The strategy is followed up every year and reported to the transport committee.</p>
          </>
        ),
        attribution: 'From the minutes of the city council, 12 May 2026',
      },
      ar: {
        children: (
          <>
            <p>يقرر مجلس المدينة اعتماد استراتيجية النقل للفترة 2027–2035.</p>
            <p>تُتابع الاستراتيجية كل عام وتُعرض على لجنة النقل.</p>
          </>
        ),
        attribution: 'من محضر مجلس المدينة، 12 مايو 2026',
      },
    } satisfies DemoArgs<typeof Blockquote>,
  },
};

/** Without attribution: only when the text around it says who is quoted. */
export const WithoutAttribution: Story = { args: { attribution: undefined } };

/** Dark theme: the bar stays Göteborgsblå, the words white. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: the bar moves to the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
