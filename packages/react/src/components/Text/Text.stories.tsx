import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Text } from './Text.js';

const body = {
  sv: 'Du som har barn i förskola betalar en avgift som beror på hushållets inkomst och hur många barn du har i förskola. Avgiften betalas tolv månader om året.',
  en: 'If you have children in preschool, you pay a fee that depends on the household income and how many of your children are in preschool. The fee is paid twelve months a year.',
  ar: 'إذا كان لديك أطفال في الروضة، فإنك تدفع رسومًا تعتمد على دخل الأسرة وعدد أطفالك في الروضة. تُدفع الرسوم اثني عشر شهرًا في السنة.',
};

const meta = {
  title: 'Komponenter/Text',
  component: Text,
  args: { children: body.sv },
  argTypes: {
    variant: { control: 'inline-radio', options: ['body', 'lead', 'small'] },
    as: { control: 'select', options: ['p', 'span', 'div', 'small', 'figcaption'] },
    measure: { control: 'boolean' },
  },
  parameters: {
    demoArgs: { en: { children: body.en }, ar: { children: body.ar } } satisfies DemoArgs<typeof Text>,
  },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Running text. */
export const Body: Story = {};

/** The ingress: one short paragraph right under the page's main heading. */
export const Lead: Story = {
  args: { variant: 'lead', children: 'Här får du veta vad förskolan kostar och hur du betalar.' },
  parameters: {
    demoArgs: {
      en: { children: 'Here you can find out what preschool costs and how to pay.' },
      ar: { children: 'تعرّف هنا على تكلفة الروضة وطريقة الدفع.' },
    },
  },
};

/** Secondary information such as dates and captions. */
export const Small: Story = {
  args: { variant: 'small', children: 'Senast uppdaterad 12 november 2026' },
  parameters: {
    demoArgs: { en: { children: 'Last updated 12 November 2026' }, ar: { children: 'آخر تحديث في 12 نوفمبر 2026' } },
  },
};

/** Limited to about 70 characters per line, easier to read. */
export const Measure: Story = { args: { measure: true } };

/** Inside other text as a span. */
export const AsSpan: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Text>
        {t({ sv: 'Avgiften är ', en: 'The fee is ', ar: 'تبلغ الرسوم ' })}
        <Text as="strong">{t({ sv: 'högst 1 688 kronor', en: 'at most SEK 1,688', ar: '1688 كرونة كحد أقصى' })}</Text>
        {t({ sv: ' i månaden.', en: ' a month.', ar: ' في الشهر.' })}
      </Text>
    );
  },
};

/** A long unbroken word or address wraps inside a narrow column instead of overflowing. */
export const LongWord: Story = {
  args: {
    children: 'Skicka blanketten till forskoleforvaltningen.registrator@forskola.goteborg.se senast en månad innan.',
  },
  parameters: {
    demoArgs: {
      en: { children: 'Send the form to forskoleforvaltningen.registrator@forskola.goteborg.se at least a month before.' },
      ar: { children: 'أرسل الاستمارة إلى forskoleforvaltningen.registrator@forskola.goteborg.se قبل شهر على الأقل.' },
    },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '16rem' }}><Story /></div>],
};

/** White in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
