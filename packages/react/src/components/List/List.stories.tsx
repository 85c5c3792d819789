import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoText, type DemoArgs, type DemoTexts } from '../../storybook/demo.js';
import { List, ListItem } from './List.js';

const items: DemoTexts<string[]> = {
  sv: ['Personbevis för barnet', 'Inkomstuppgift för hushållet', 'Önskat startdatum'],
  en: ["The child's personal certificate", 'Household income details', 'Preferred start date'],
  ar: ['شهادة الأحوال الشخصية للطفل', 'بيانات دخل الأسرة', 'تاريخ البدء المطلوب'],
};
const listItems = (texts: string[]) => texts.map((item) => <ListItem key={item}>{item}</ListItem>);

const meta = {
  title: 'Komponenter/List',
  component: List,
  args: { children: listItems(items.sv) },
  argTypes: {
    variant: { control: 'inline-radio', options: ['unordered', 'ordered', 'none'] },
    spacing: { control: 'inline-radio', options: ['compact', 'normal', 'relaxed'] },
    children: { control: false },
  },
  parameters: {
    demoArgs: { en: { children: listItems(items.en) }, ar: { children: listItems(items.ar!) } } satisfies DemoArgs<typeof List>,
  },
} satisfies Meta<typeof List>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Bullets: the order does not matter. */
export const Unordered: Story = {};

const steps: DemoTexts<string[]> = {
  sv: ['Logga in med e-legitimation.', 'Fyll i ansökan.', 'Skicka ansökan och spara kvittot.'],
  en: ['Log in with your e-ID.', 'Fill in the application.', 'Send the application and keep the receipt.'],
  ar: ['سجّل الدخول بالهوية الإلكترونية.', 'املأ الطلب.', 'أرسل الطلب واحتفظ بالإيصال.'],
};

/** Numbers: for steps where the order matters. */
export const Ordered: Story = {
  args: { variant: 'ordered', children: listItems(steps.sv) },
  parameters: { demoArgs: { en: { children: listItems(steps.en) }, ar: { children: listItems(steps.ar!) } } },
};

const links = (names: string[]) =>
  names.map((name, index) => (
    <ListItem key={name}>
      <a href={`#school-${index + 1}`} style={{ color: 'inherit' }}>{name}</a>
    </ListItem>
  ));

/** No markers, for link lists; still a list for screen readers. */
export const NoBullets: Story = {
  args: { variant: 'none', children: links(['Förskola', 'Grundskola', 'Gymnasium']) },
  parameters: {
    demoArgs: {
      en: { children: links(['Preschool', 'Compulsory school', 'Upper secondary school']) },
      ar: { children: links(['الروضة', 'المدرسة الأساسية', 'المدرسة الثانوية']) },
    },
  },
};

/** Spacing: compact, normal, relaxed. */
export const Spacing: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-6)', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))' }}>
        {(['compact', 'normal', 'relaxed'] as const).map((spacing) => (
          <List key={spacing} spacing={spacing} aria-label={spacing}>
            {listItems(t(items))}
          </List>
        ))}
      </div>
    );
  },
};

/** Ordered list starting at 4. */
export const StartAt: Story = { args: { variant: 'ordered', start: 4 } };

/** Long items wrap under their own text, not under the marker, in a narrow column. */
export const LongItems: Story = {
  args: {
    variant: 'ordered',
    children: listItems([
      'Intyg från arbetsgivare eller lärosäte som visar att vårdnadshavarna arbetar eller studerar',
      'Beslut om plats i förskola, pedagogisk omsorg eller fritidshem från en annan kommun',
    ]),
  },
  parameters: {
    demoArgs: {
      en: {
        children: listItems([
          'A certificate from an employer or university showing that the guardians work or study',
          'A decision on a place in preschool, pedagogical care or a leisure-time centre from another municipality',
        ]),
      },
      ar: {
        children: listItems([
          'شهادة من صاحب العمل أو الجامعة تثبت أن أولياء الأمور يعملون أو يدرسون',
          'قرار بشأن مكان في الروضة أو الرعاية التربوية أو مركز الترفيه من بلدية أخرى',
        ]),
      },
    },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '18rem' }}><Story /></div>],
};

/** White in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left with Arabic content: markers on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { variant: 'ordered', children: listItems(['Logga in', 'Ansök']) },
  parameters: {
    demoArgs: { en: { children: listItems(['Log in', 'Apply']) }, ar: { children: listItems(['سجّل الدخول', 'قدّم الطلب']) } },
  },
};
