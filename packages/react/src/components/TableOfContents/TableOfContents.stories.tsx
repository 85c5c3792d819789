import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TableOfContents, type TableOfContentsItem } from './TableOfContents.js';

const text: CSSProperties = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };
const h2: CSSProperties = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-heading-2)', margin: 0 };

// Each story prefixes its section ids, so the docs page (all examples on one page) has no
// duplicate ids and every link jumps to its own example.
const sections = (prefix = ''): TableOfContentsItem[] => [
  { id: `${prefix}vem-kan-fa-plats`, label: 'Vem kan få plats i förskola?' },
  {
    id: `${prefix}sa-ansoker-du`,
    label: 'Så ansöker du',
    items: [
      { id: `${prefix}e-tjansten`, label: 'Ansök i e-tjänsten' },
      { id: `${prefix}blankett`, label: 'Ansök med blankett' },
    ],
  },
  { id: `${prefix}avgifter`, label: 'Avgifter' },
  { id: `${prefix}kontakt`, label: 'Kontakta oss' },
];

const meta = {
  title: 'Komponenter/TableOfContents',
  component: TableOfContents,
  args: { items: sections() },
  argTypes: {
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    highlightCurrent: { control: 'boolean' },
  },
} satisfies Meta<typeof TableOfContents>;

export default meta;
type Story = StoryObj<typeof meta>;

function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section style={{ display: 'grid', gap: 'var(--gbg-space-3)' }}>
      <h2 id={id} style={h2}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** An article about preschool: the sections the table of contents links to. */
function Article({ tall = false, prefix = '' }: { tall?: boolean; prefix?: string }) {
  const body = (words: string) => (
    <p style={{ ...text, minBlockSize: tall ? '80vh' : undefined }}>{words}</p>
  );
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
      <Section id={`${prefix}vem-kan-fa-plats`} title="Vem kan få plats i förskola?">
        {body('Barn som bor i Göteborg kan få plats i förskola från ett års ålder.')}
      </Section>
      <Section id={`${prefix}sa-ansoker-du`} title="Så ansöker du">
        {body('Ansök senast fyra månader innan du behöver platsen.')}
        <h3 id={`${prefix}e-tjansten`} style={text}>Ansök i e-tjänsten</h3>
        {body('Logga in med e-legitimation och fyll i ansökan.')}
        <h3 id={`${prefix}blankett`} style={text}>Ansök med blankett</h3>
        {body('Skriv ut blanketten och skicka den till förskoleförvaltningen.')}
      </Section>
      <Section id={`${prefix}avgifter`} title="Avgifter">
        {body('Avgiften beror på hushållets inkomst och barnets tid i förskolan.')}
      </Section>
      <Section id={`${prefix}kontakt`} title="Kontakta oss">
        {body('Ring Göteborgs Stads kontaktcenter, 031-365 00 00.')}
      </Section>
    </div>
  );
}

/** Before the first section of a long article: links to each section, one level of sub-sections. */
export const Default: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
      <TableOfContents {...args} />
      <Article />
    </div>
  ),
};

/**
 * In a side column, marking the section being read (`highlightCurrent`): scroll the article
 * and the mark follows. The links work without JavaScript.
 */
export const HighlightCurrent: Story = {
  args: { highlightCurrent: true, items: sections('las-') },
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--gbg-space-8)', alignItems: 'flex-start' }}>
      <div style={{ flex: '1 1 14rem', position: 'sticky', insetBlockStart: 0 }}>
        <TableOfContents {...args} />
      </div>
      <div style={{ flex: '3 1 20rem' }}>
        <Article tall prefix="las-" />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Scrolling alone moves the mark (IntersectionObserver in the real browser).
    canvasElement.ownerDocument.getElementById('las-blankett')?.scrollIntoView({ block: 'start' });
    await waitFor(() => expect(canvas.getByRole('link', { name: 'Ansök med blankett' })).toHaveAttribute('aria-current', 'location'));
    await expect(canvasElement.querySelectorAll('[aria-current]')).toHaveLength(1);
    // Back at the top the first section, whose heading is above the reading line, is marked.
    // (Links are not clicked here: in the story test runner a click on a fragment link closed
    // the browser connection — Storybook's preview head has <base target="_parent"> — so the
    // click is covered by the unit test.)
    canvasElement.ownerDocument.defaultView?.scrollTo(0, 0);
    await waitFor(() =>
      expect(canvas.getByRole('link', { name: 'Vem kan få plats i förskola?' })).toHaveAttribute('aria-current', 'location'),
    );
    await expect(canvas.getByRole('link', { name: 'Ansök med blankett' })).not.toHaveAttribute('aria-current');
  },
};

/** Flat list, heading level 3 under a page section, own heading text. */
export const OwnHeading: Story = {
  args: {
    heading: 'På den här sidan',
    headingLevel: 3,
    items: [
      { id: 'egen-vem-kan-fa-plats', label: 'Vem kan få plats i förskola?' },
      { id: 'egen-avgifter', label: 'Avgifter' },
      { id: 'egen-kontakt', label: 'Kontakta oss' },
    ],
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
      <TableOfContents {...args} />
      <Article prefix="egen-" />
    </div>
  ),
};

/** Long section names wrap; they never widen the column. */
export const LongLabels: Story = {
  args: {
    items: [
      { id: 'lang-vem-kan-fa-plats', label: 'Vem kan få plats i förskola, pedagogisk omsorg eller fritidshem när vårdnadshavarna arbetar eller studerar?' },
      { id: 'lang-avgifter', label: 'Avgifter, maxtaxa och hur du anmäler ändrad inkomst till förskoleförvaltningen' },
      { id: 'lang-kontakt', label: 'Kontakta oss' },
    ],
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
      <TableOfContents {...args} />
      <Article prefix="lang-" />
    </div>
  ),
};

/** Keyboard focus on the first link. */
export const Focused: Story = {
  args: { items: sections('fokus-') },
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
      <TableOfContents {...args} />
      <Article prefix="fokus-" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link', { name: 'Vem kan få plats i förskola?' });
    await expect(link).toHaveFocus();
    const style = getComputedStyle(link);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { items: sections('mork-') },
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
      <TableOfContents {...args} />
      <Article prefix="mork-" />
    </div>
  ),
};

function EnglishArticle() {
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
      <Section id="who" title="Who can get a place?">
        <p style={text}>Children who live in Gothenburg can get a preschool place from the age of one.</p>
      </Section>
      <Section id="apply" title="How to apply">
        <p style={text}>Apply at least four months before you need the place.</p>
      </Section>
      <Section id="fees" title="Fees">
        <p style={text}>The fee depends on the household income.</p>
      </Section>
    </div>
  );
}

/** English locale: "On this page", with English content. */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    items: [
      { id: 'who', label: 'Who can get a place?' },
      { id: 'apply', label: 'How to apply' },
      { id: 'fees', label: 'Fees' },
    ],
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
      <TableOfContents {...args} />
      <EnglishArticle />
    </div>
  ),
};

function ArabicArticle() {
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
      <Section id="ar-who" title="من يمكنه الحصول على مكان؟">
        <p style={text}>يمكن للأطفال الذين يعيشون في يوتبوري الحصول على مكان في الروضة من عمر سنة.</p>
      </Section>
      <Section id="ar-apply" title="كيفية التقديم">
        <p style={text}>قدّم طلبك قبل أربعة أشهر على الأقل من حاجتك إلى المكان.</p>
      </Section>
    </div>
  );
}

/** Right to left with Arabic content: the line (and the current mark) is on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    heading: 'محتويات الصفحة',
    items: [
      { id: 'ar-who', label: 'من يمكنه الحصول على مكان؟' },
      { id: 'ar-apply', label: 'كيفية التقديم' },
    ],
  },
  render: (args) => (
    <div lang="ar" style={{ display: 'grid', gap: 'var(--gbg-space-8)', maxInlineSize: '40rem' }}>
      <TableOfContents {...args} />
      <ArabicArticle />
    </div>
  ),
};
