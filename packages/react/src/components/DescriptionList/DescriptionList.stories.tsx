import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { DescriptionList, DescriptionListItem } from './DescriptionList.js';

const meta = {
  title: 'Komponenter/DescriptionList',
  component: DescriptionList,
  args: {
    layout: 'side-by-side',
    items: [
      { term: 'Ärende', description: 'Bygglov för tillbyggnad av enbostadshus' },
      { term: 'Diarienummer', description: 'BN 2026-004512' },
      { term: 'Inkom', description: '3 november 2026' },
      { term: 'Handläggare', description: ['Anna Svensson', 'Karim Haddad'] },
      { term: 'Avgift', description: '12 400 kronor' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        items: [
          { term: 'Case', description: 'Building permit for an extension of a detached house' },
          { term: 'Reference number', description: 'BN 2026-004512' },
          { term: 'Received', description: '3 November 2026' },
          { term: 'Case officers', description: ['Anna Svensson', 'Karim Haddad'] },
          { term: 'Fee', description: '12,400 kronor' },
        ],
      },
      ar: {
        items: [
          { term: 'القضية', description: 'ترخيص بناء لتوسعة منزل منفصل' },
          { term: 'رقم القيد', description: 'BN 2026-004512' },
          { term: 'تاريخ الاستلام', description: '3 نوفمبر 2026' },
          { term: 'الموظفون المسؤولون', description: ['آنا سفينسون', 'كريم حداد'] },
          { term: 'الرسوم', description: '12 400 كرونة' },
        ],
      },
    } satisfies DemoArgs<typeof DescriptionList>,
  },
} satisfies Meta<typeof DescriptionList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The facts of a case, side by side; a term with two descriptions (two case officers). */
export const SideBySide: Story = {};

/** Stacked: each term above its description. */
export const Stacked: Story = { args: { layout: 'stacked' } };

/** Written as children with `DescriptionListItem`: opening hours, several descriptions per term. */
export const WithChildren: Story = {
  args: { items: undefined },
  render: (args) => {
    const t = useDemoText();
    return (
      <DescriptionList layout={args.layout}>
        <DescriptionListItem
          term={t({ sv: 'Måndag–torsdag', en: 'Monday–Thursday', ar: 'الاثنين–الخميس' })}
          description={[t({ sv: '08.00–16.30', en: '8 am–4.30 pm', ar: '08:00–16:30' }), t({ sv: 'Lunchstängt 12.00–13.00', en: 'Closed for lunch 12–1 pm', ar: 'مغلق للغداء 12:00–13:00' })]}
        />
        <DescriptionListItem term={t({ sv: 'Fredag', en: 'Friday', ar: 'الجمعة' })} description={t({ sv: '08.00–15.00', en: '8 am–3 pm', ar: '08:00–15:00' })} />
        <DescriptionListItem term={t({ sv: 'Lördag och söndag', en: 'Saturday and Sunday', ar: 'السبت والأحد' })} description={t({ sv: 'Stängt', en: 'Closed', ar: 'مغلق' })} />
      </DescriptionList>
    );
  },
};

/** Side by side in a narrow column (a sidebar): the list stacks again, because it measures its own width. */
export const NarrowContainer: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '18rem' }}>
      <DescriptionList {...args} />
    </div>
  ),
};

/** Long terms and descriptions wrap; nothing is cut off. */
export const LongText: Story = {
  args: {
    items: [
      { term: 'Avgift för bygglov inklusive startbesked och slutbesked', description: '12 400 kronor. Avgiften tas ut enligt plan- och bygglovstaxan som kommunfullmäktige har beslutat om och faktureras när beslutet är fattat.' },
      { term: 'Överklagande', description: 'Skriv till Länsstyrelsen i Västra Götalands län inom tre veckor från den dag du fick del av beslutet. Skicka överklagandet till byggnadsnämnden.' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        items: [
          { term: 'Fee for a building permit including start and completion notices', description: '12,400 kronor. The fee follows the planning and building fee schedule adopted by the city council and is invoiced once the decision is made.' },
          { term: 'Appeal', description: 'Write to the County Administrative Board within three weeks of the day you received the decision. Send the appeal to the building committee.' },
        ],
      },
      ar: {
        items: [
          { term: 'رسوم ترخيص البناء بما في ذلك إذن البدء وإذن الإنهاء', description: '12 400 كرونة. تُحتسب الرسوم وفق تعرفة التخطيط والبناء التي قرّرها مجلس المدينة وتُرسل الفاتورة بعد اتخاذ القرار.' },
          { term: 'الاستئناف', description: 'اكتب إلى مجلس مقاطعة فيسترا يوتالاند خلال ثلاثة أسابيع من يوم استلامك للقرار. أرسل الاستئناف إلى لجنة البناء.' },
        ],
      },
    } satisfies DemoArgs<typeof DescriptionList>,
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: the term column moves to the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
