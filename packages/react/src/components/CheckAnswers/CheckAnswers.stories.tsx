import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { DemoArgs } from '../../storybook/demo.js';
import { useDemoText } from '../../storybook/demo.js';
import { CheckAnswers, type CheckAnswersItem } from './CheckAnswers.js';

const headingStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-heading-2)', margin: 0 };

const answers: Record<'sv' | 'en' | 'ar', CheckAnswersItem[]> = {
  sv: [
    { question: 'Namn', answer: 'Anna Lindqvist', href: '#steg-1-namn', changeLabel: 'namn' },
    { question: 'E-postadress', answer: 'anna.lindqvist@exempel.se', href: '#steg-1-epost', changeLabel: 'e-postadress' },
    { question: 'Fastighetsbeteckning', answer: 'Göteborg Majorna 12:4', href: '#steg-2-fastighet', changeLabel: 'fastighetsbeteckning' },
    { question: 'Adress', answer: ['Allmänna vägen 12', '414 60 Göteborg'], href: '#steg-2-adress', changeLabel: 'adress' },
    { question: 'Bilagor', answer: ['situationsplan.pdf', 'fasadritning.pdf'], href: '#steg-3', changeLabel: 'bilagor' },
  ],
  en: [
    { question: 'Name', answer: 'Anna Lindqvist', href: '#steg-1-namn', changeLabel: 'name' },
    { question: 'Email address', answer: 'anna.lindqvist@exempel.se', href: '#steg-1-epost', changeLabel: 'email address' },
    { question: 'Property designation', answer: 'Göteborg Majorna 12:4', href: '#steg-2-fastighet', changeLabel: 'property designation' },
    // A Swedish street name on an English page is marked as Swedish, for the right pronunciation.
    { question: 'Address', answer: [<span lang="sv">Allmänna vägen 12</span>, '414 60 Gothenburg'], href: '#steg-2-adress', changeLabel: 'address' },
    { question: 'Attachments', answer: ['site-plan.pdf', 'elevation-drawing.pdf'], href: '#steg-3', changeLabel: 'attachments' },
  ],
  ar: [
    { question: 'الاسم', answer: 'آنا ليندكفيست', href: '#steg-1-namn', changeLabel: 'الاسم' },
    { question: 'البريد الإلكتروني', answer: 'anna.lindqvist@exempel.se', href: '#steg-1-epost', changeLabel: 'البريد الإلكتروني' },
    { question: 'رقم العقار', answer: 'Göteborg Majorna 12:4', href: '#steg-2-fastighet', changeLabel: 'رقم العقار' },
    { question: 'العنوان', answer: [<span lang="sv">Allmänna vägen 12</span>, '414 60 غوتنبرغ'], href: '#steg-2-adress', changeLabel: 'العنوان' },
    { question: 'المرفقات', answer: ['مخطط-الموقع.pdf', 'رسم-الواجهة.pdf'], href: '#steg-3', changeLabel: 'المرفقات' },
  ],
};

const meta = {
  title: 'Komponenter/CheckAnswers',
  component: CheckAnswers,
  args: { items: answers.sv },
  parameters: {
    demoArgs: { en: { items: answers.en }, ar: { items: answers.ar } } satisfies DemoArgs<typeof CheckAnswers>,
  },
} satisfies Meta<typeof CheckAnswers>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The answers of an application, each with "Ändra"; an address and the files one line each. */
export const Default: Story = {};

/** Grouped by step under h2 headings, as on a check page with many answers. */
export const GroupedBySteps: Story = {
  render: (args) => {
    const t = useDemoText();
    const items = args.items;
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-6)' }}>
        <h2 style={headingStyle}>{t({ sv: 'Om dig', en: 'About you', ar: 'معلومات عنك' })}</h2>
        <CheckAnswers items={items.slice(0, 2)} />
        <h2 style={headingStyle}>{t({ sv: 'Fastigheten', en: 'The property', ar: 'العقار' })}</h2>
        <CheckAnswers items={items.slice(2)} />
      </div>
    );
  },
};

/** An empty optional answer says "Inget svar"; an answer without `href` cannot be changed here. */
export const EmptyAndFixed: Story = {
  args: {
    items: [
      { question: 'Personnummer', answer: '19811218-9876' },
      { question: 'Telefonnummer', answer: '', href: '#steg-1-telefon', changeLabel: 'telefonnummer' },
      { question: 'Meddelande till handläggaren', answer: 'Vi vill börja bygga i maj om det går.', href: '#steg-4', changeLabel: 'meddelande' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        items: [
          { question: 'Personal identity number', answer: '19811218-9876' },
          { question: 'Phone number', answer: '', href: '#steg-1-telefon', changeLabel: 'phone number' },
          { question: 'Message to the case officer', answer: 'We would like to start building in May if possible.', href: '#steg-4', changeLabel: 'message' },
        ],
      },
      ar: {
        items: [
          { question: 'الرقم الشخصي', answer: '19811218-9876' },
          { question: 'رقم الهاتف', answer: '', href: '#steg-1-telefon', changeLabel: 'رقم الهاتف' },
          { question: 'رسالة إلى الموظف المختص', answer: 'نود أن نبدأ البناء في مايو إن أمكن.', href: '#steg-4', changeLabel: 'الرسالة' },
        ],
      },
    } satisfies DemoArgs<typeof CheckAnswers>,
  },
};

/** Long questions and answers wrap; a long unbroken value breaks rather than overflow. */
export const LongContent: Story = {
  args: {
    items: [
      { question: 'Beskriv kortfattat vad du vill bygga och varför', answer: 'En tillbyggnad på 25 kvadratmeter mot trädgården, med ett nytt kök och en altan, eftersom familjen har blivit större.', href: '#steg-2', changeLabel: 'beskrivning' },
      { question: 'Länk till ritningar', answer: 'https://exempel.se/ritningar/majorna-12-4/tillbyggnad-2026-version-3.pdf', href: '#steg-3', changeLabel: 'länk till ritningar' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        items: [
          { question: 'Briefly describe what you want to build and why', answer: 'An extension of 25 square metres towards the garden, with a new kitchen and a deck, because the family has grown.', href: '#steg-2', changeLabel: 'description' },
          { question: 'Link to drawings', answer: 'https://exempel.se/ritningar/majorna-12-4/tillbyggnad-2026-version-3.pdf', href: '#steg-3', changeLabel: 'link to drawings' },
        ],
      },
      ar: {
        items: [
          { question: 'صف باختصار ما تريد بناءه ولماذا', answer: 'توسعة بمساحة 25 مترًا مربعًا باتجاه الحديقة، مع مطبخ جديد وشرفة، لأن العائلة كبرت.', href: '#steg-2', changeLabel: 'الوصف' },
          { question: 'رابط الرسومات', answer: 'https://exempel.se/ritningar/majorna-12-4/tillbyggnad-2026-version-3.pdf', href: '#steg-3', changeLabel: 'رابط الرسومات' },
        ],
      },
    } satisfies DemoArgs<typeof CheckAnswers>,
  },
};

/** Keyboard focus on the first "Ändra": the ring. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getAllByRole('link')[0]!;
    await expect(link).toHaveFocus();
    await expect(getComputedStyle(link).outlineStyle).toBe('solid');
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English locale: "Change", English answers. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: "Change" at the end of each row, on the left. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  decorators: [(Story) => <div lang="ar"><Story /></div>],
};
