import type { Meta, StoryObj } from '@storybook/react-vite';
import { createElement, type CSSProperties, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { demoLanguage, useDemoText, type DemoArgs, type DemoLanguage, type DemoText, type DemoTexts } from '../../storybook/demo.js';
import { TableOfContents, type TableOfContentsItem } from './TableOfContents.js';

const text: CSSProperties = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };
const h2: CSSProperties = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-heading-2)', margin: 0 };

// The article's section titles in every demo language.
const titles = {
  who: { sv: 'Vem kan få plats i förskola?', en: 'Who can get a preschool place?', ar: 'من يمكنه الحصول على مكان في الروضة؟' },
  apply: { sv: 'Så ansöker du', en: 'How to apply', ar: 'كيفية التقديم' },
  eService: { sv: 'Ansök i e-tjänsten', en: 'Apply in the e-service', ar: 'التقديم عبر الخدمة الإلكترونية' },
  form: { sv: 'Ansök med blankett', en: 'Apply with a paper form', ar: 'التقديم باستخدام استمارة' },
  fees: { sv: 'Avgifter', en: 'Fees', ar: 'الرسوم' },
  contact: { sv: 'Kontakta oss', en: 'Contact us', ar: 'اتصل بنا' },
} satisfies Record<string, Required<DemoTexts>>;

// Each story prefixes its section ids, so the docs page (all examples on one page) has no
// duplicate ids and every link jumps to its own example.
const sections = (language: DemoLanguage, prefix = ''): TableOfContentsItem[] => [
  { id: `${prefix}vem-kan-fa-plats`, label: titles.who[language] },
  {
    id: `${prefix}sa-ansoker-du`,
    label: titles.apply[language],
    items: [
      { id: `${prefix}e-tjansten`, label: titles.eService[language] },
      { id: `${prefix}blankett`, label: titles.form[language] },
    ],
  },
  { id: `${prefix}avgifter`, label: titles.fees[language] },
  { id: `${prefix}kontakt`, label: titles.contact[language] },
];

/** The items in Swedish as args, English and Arabic as demo args. */
const withSections = (prefix: string) => ({
  args: { items: sections('sv', prefix) },
  parameters: {
    demoArgs: {
      en: { items: sections('en', prefix) },
      ar: { items: sections('ar', prefix) },
    } satisfies DemoArgs<typeof TableOfContents>,
  },
});

const meta = {
  title: 'Komponenter/TableOfContents',
  component: TableOfContents,
  ...withSections(''),
  argTypes: {
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    highlightCurrent: { control: 'boolean' },
  },
} satisfies Meta<typeof TableOfContents>;

export default meta;
type Story = StoryObj<typeof meta>;

// Plain functions, not components: their JSX lands in the story's tree, so "Show code" prints
// the section headings with the ids the items link to (a component would print as its name).
function section(id: string, title: ReactNode, ...children: ReactNode[]) {
  // Positional children (not an array), so React asks for no keys.
  return createElement(
    'section',
    { style: { display: 'grid', gap: 'var(--gbg-space-3)' } },
    <h2 id={id} style={h2}>
      {title}
    </h2>,
    ...children,
  );
}

/** An article about preschool: the sections the table of contents links to. */
function article(t: DemoText, { tall = false, prefix = '' }: { tall?: boolean; prefix?: string }) {
  const body = (words: DemoTexts) => <p style={{ ...text, minBlockSize: tall ? '80vh' : undefined }}>{t(words)}</p>;
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
      {section(`${prefix}vem-kan-fa-plats`, t(titles.who),
        body({
          sv: 'Barn som bor i Göteborg kan få plats i förskola från ett års ålder.',
          en: 'Children who live in Gothenburg can get a preschool place from the age of one.',
          ar: 'يمكن للأطفال الذين يعيشون في يوتبوري الحصول على مكان في الروضة ابتداءً من عمر سنة.',
        }),
      )}
      {section(`${prefix}sa-ansoker-du`, t(titles.apply),
        body({
          sv: 'Ansök senast fyra månader innan du behöver platsen.',
          en: 'Apply at least four months before you need the place.',
          ar: 'قدّم طلبك قبل أربعة أشهر على الأقل من حاجتك إلى المكان.',
        }),
        <h3 id={`${prefix}e-tjansten`} style={text}>{t(titles.eService)}</h3>,
        body({
          sv: 'Logga in med e-legitimation och fyll i ansökan.',
          en: 'Log in with your e-ID and fill in the application.',
          ar: 'سجّل الدخول بالهوية الإلكترونية واملأ الطلب.',
        }),
        <h3 id={`${prefix}blankett`} style={text}>{t(titles.form)}</h3>,
        body({
          sv: 'Skriv ut blanketten och skicka den till förskoleförvaltningen.',
          en: 'Print the form and send it to the Preschool Administration.',
          ar: 'اطبع الاستمارة وأرسلها إلى إدارة الروضات.',
        }),
      )}
      {section(`${prefix}avgifter`, t(titles.fees),
        body({
          sv: 'Avgiften beror på hushållets inkomst och barnets tid i förskolan.',
          en: 'The fee depends on the household income and the child’s hours in preschool.',
          ar: 'تعتمد الرسوم على دخل الأسرة وعدد ساعات الطفل في الروضة.',
        }),
      )}
      {section(`${prefix}kontakt`, t(titles.contact),
        body({
          sv: 'Ring Göteborgs Stads kontaktcenter, 031-365 00 00.',
          en: 'Call the City of Gothenburg contact centre, +46 31 365 00 00.',
          ar: 'اتصل بمركز الاتصال التابع لمدينة يوتبوري على الرقم ‎031-365 00 00‎.',
        }),
      )}
    </div>
  );
}

const column = (prefix: string) => (args: Story['args']) => {
  const t = useDemoText();
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
      <TableOfContents items={[]} {...args} />
      {article(t, { prefix })}
    </div>
  );
};

/** Before the first section of a long article: links to each section, one level of sub-sections. */
export const Default: Story = { render: column('') };

/**
 * In a side column, marking the section being read (`highlightCurrent`): scroll the article
 * and the mark follows. The links work without JavaScript.
 */
export const HighlightCurrent: Story = {
  ...withSections('las-'),
  args: { ...withSections('las-').args, highlightCurrent: true },
  render: (args) => {
    const t = useDemoText();
    return (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--gbg-space-8)', alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 14rem', position: 'sticky', insetBlockStart: 0 }}>
          <TableOfContents {...args} />
        </div>
        <div style={{ flex: '3 1 20rem' }}>
          {article(t, { tall: true, prefix: 'las-' })}
        </div>
      </div>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const language = demoLanguage(globals);
    const first = titles.who[language];
    const form = titles.form[language];
    // Scrolling alone moves the mark (IntersectionObserver in the real browser).
    canvasElement.ownerDocument.getElementById('las-blankett')?.scrollIntoView({ block: 'start' });
    // IntersectionObserver reports after a frame or more; on a busy CI machine that can pass the
    // default 1 s of waitFor.
    await waitFor(() => expect(canvas.getByRole('link', { name: form })).toHaveAttribute('aria-current', 'location'), { timeout: 5000 });
    await expect(canvasElement.querySelectorAll('[aria-current]')).toHaveLength(1);
    // Back at the top the first section, whose heading is above the reading line, is marked.
    // (Links are not clicked here: in the story test runner a click on a fragment link closed
    // the browser connection — Storybook's preview head has <base target="_parent"> — so the
    // click is covered by the unit test.)
    canvasElement.ownerDocument.defaultView?.scrollTo(0, 0);
    await waitFor(() => expect(canvas.getByRole('link', { name: first })).toHaveAttribute('aria-current', 'location'), { timeout: 5000 });
    await expect(canvas.getByRole('link', { name: form })).not.toHaveAttribute('aria-current');
  },
};

const ownItems = (language: DemoLanguage): TableOfContentsItem[] => [
  { id: 'egen-vem-kan-fa-plats', label: titles.who[language] },
  { id: 'egen-avgifter', label: titles.fees[language] },
  { id: 'egen-kontakt', label: titles.contact[language] },
];

/** Flat list, heading level 3 under a page section, own heading text. */
export const OwnHeading: Story = {
  args: { heading: 'På den här sidan', headingLevel: 3, items: ownItems('sv') },
  parameters: {
    demoArgs: {
      en: { heading: 'In this article', items: ownItems('en') },
      ar: { heading: 'في هذا المقال', items: ownItems('ar') },
    },
  },
  render: (args) => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
        <TableOfContents {...args} />
        {article(t, { prefix: 'egen-' })}
      </div>
    );
  },
};

/** Long section names wrap; they never widen the column. */
export const LongLabels: Story = {
  args: {
    items: [
      { id: 'lang-vem-kan-fa-plats', label: 'Vem kan få plats i förskola, pedagogisk omsorg eller fritidshem när vårdnadshavarna arbetar eller studerar?' },
      { id: 'lang-avgifter', label: 'Avgifter, maxtaxa och hur du anmäler ändrad inkomst till förskoleförvaltningen' },
      { id: 'lang-kontakt', label: titles.contact.sv },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        items: [
          { id: 'lang-vem-kan-fa-plats', label: 'Who can get a place in preschool, pedagogical care or a leisure-time centre when the guardians work or study?' },
          { id: 'lang-avgifter', label: 'Fees, the maximum fee and how to report a change of income to the Preschool Administration' },
          { id: 'lang-kontakt', label: titles.contact.en },
        ],
      },
      ar: {
        items: [
          { id: 'lang-vem-kan-fa-plats', label: 'من يمكنه الحصول على مكان في الروضة أو الرعاية التربوية أو مركز الترفيه عندما يعمل أولياء الأمور أو يدرسون؟' },
          { id: 'lang-avgifter', label: 'الرسوم والحد الأقصى للرسوم وكيفية الإبلاغ عن تغيّر الدخل إلى إدارة الروضات' },
          { id: 'lang-kontakt', label: titles.contact.ar },
        ],
      },
    },
  },
  render: column('lang-'),
};

/** Keyboard focus on the first link. */
export const Focused: Story = {
  ...withSections('fokus-'),
  render: column('fokus-'),
  play: async ({ canvasElement, globals }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link', { name: titles.who[demoLanguage(globals)] });
    await expect(link).toHaveFocus();
    const style = getComputedStyle(link);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** The dark theme. */
export const Dark: Story = { ...withSections('mork-'), globals: { theme: 'dark' }, render: column('mork-') };

/** English locale: "On this page", with English content. */
export const English: Story = { ...withSections('en-'), globals: { locale: 'en' }, render: column('en-') };

/** Right to left with Arabic content: the line (and the current mark) is on the right. */
export const RightToLeft: Story = {
  ...withSections('ar-'),
  globals: { dir: 'rtl', locale: 'en' },
  parameters: {
    demoArgs: { ...withSections('ar-').parameters.demoArgs, ar: { heading: 'محتويات الصفحة', items: sections('ar', 'ar-') } },
  },
  render: (args) => {
    const t = useDemoText();
    return (
      <div lang="ar" style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
        <TableOfContents {...args} />
        {article(t, { prefix: 'ar-' })}
      </div>
    );
  },
};
