import type { Meta, StoryObj } from '@storybook/react-vite';
import { type DemoArgs } from '../../storybook/demo.js';
import { Timeline } from './Timeline.js';

const meta = {
  title: 'Komponenter/Timeline',
  component: Timeline,
  args: {
    order: 'newest-first',
    headingLevel: 3,
    events: [
      { date: '2026-03-03', heading: 'Ansökan inskickad', text: 'Vi har tagit emot din ansökan om bygglov.', status: 'submitted' },
      { date: '2026-03-10', heading: 'Handläggare utsedd', text: 'Anna Svensson på stadsbyggnadskontoret handlägger ditt ärende.', status: 'in-progress' },
      { date: '2026-03-24T09:30', heading: 'Komplettering begärd', text: 'Fasadritningen saknar måttangivelser. Skicka in en ny ritning senast 14 april.', status: 'action-needed' },
      { date: '2026-04-08', heading: 'Komplettering inskickad', text: 'Vi har tagit emot den nya fasadritningen.', status: 'in-progress' },
      { date: '2026-04-29', heading: 'Beslut fattat', text: 'Bygglovet är beviljat. Beslutet finns under Dokument.', status: 'decided', statusText: 'Beviljad' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        events: [
          { date: '2026-03-03', heading: 'Application sent', text: 'We have received your application for a building permit.', status: 'submitted' },
          { date: '2026-03-10', heading: 'Case officer assigned', text: 'Anna Svensson at the city planning office handles your case.', status: 'in-progress' },
          { date: '2026-03-24T09:30', heading: 'More information requested', text: 'The facade drawing has no measurements. Send a new drawing by 14 April.', status: 'action-needed' },
          { date: '2026-04-08', heading: 'More information sent', text: 'We have received the new facade drawing.', status: 'in-progress' },
          { date: '2026-04-29', heading: 'Decision made', text: 'The building permit is granted. The decision is under Documents.', status: 'decided', statusText: 'Granted' },
        ],
      },
      ar: {
        events: [
          { date: '2026-03-03', heading: 'تم إرسال الطلب', text: 'استلمنا طلبك للحصول على رخصة بناء.', status: 'submitted' },
          { date: '2026-03-10', heading: 'تم تعيين موظف للقضية', text: 'تتولى آنا سفينسون في مكتب التخطيط العمراني قضيتك.', status: 'in-progress' },
          { date: '2026-03-24T09:30', heading: 'طُلبت معلومات إضافية', text: 'رسم الواجهة يفتقر إلى القياسات. أرسل رسمًا جديدًا قبل 14 أبريل.', status: 'action-needed' },
          { date: '2026-04-08', heading: 'أُرسلت المعلومات الإضافية', text: 'استلمنا رسم الواجهة الجديد.', status: 'in-progress' },
          { date: '2026-04-29', heading: 'صدر القرار', text: 'تمت الموافقة على رخصة البناء. القرار موجود تحت المستندات.', status: 'decided', statusText: 'تمت الموافقة' },
        ],
      },
    } satisfies DemoArgs<typeof Timeline>,
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A building-permit case, newest first: the latest news on top, each event with its status in words. */
export const Standard: Story = {};

/** Oldest first: the story of the case from the start. */
export const OldestFirst: Story = { args: { order: 'oldest-first' } };

/** Events without status or text: just what happened and when. */
export const Minimal: Story = {
  args: {
    events: [
      { date: '2026-09-01', heading: 'Plats i förskolekön' },
      { date: '2026-11-12', heading: 'Erbjudande om plats skickat' },
      { date: '2026-11-20', heading: 'Plats accepterad' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        events: [
          { date: '2026-09-01', heading: 'Place in the preschool queue' },
          { date: '2026-11-12', heading: 'Offer of a place sent' },
          { date: '2026-11-20', heading: 'Place accepted' },
        ],
      },
      ar: {
        events: [
          { date: '2026-09-01', heading: 'مكان في قائمة انتظار الروضة' },
          { date: '2026-11-12', heading: 'أُرسل عرض مكان' },
          { date: '2026-11-20', heading: 'تم قبول المكان' },
        ],
      },
    } satisfies DemoArgs<typeof Timeline>,
  },
};

/** Long headings and text, and a long word: nothing is cut off at 320 px. */
export const LongContent: Story = {
  args: {
    events: [
      {
        date: '2026-05-02T13:45:00+02:00',
        heading: 'Remiss skickad till miljöförvaltningen, trafikkontoret och Kretslopp och vatten för yttrande',
        text: 'Remissinstanserna har fyra veckor på sig att svara. Under tiden står handläggningen av ditt ärende still, och handläggningstiden räknas inte.',
        status: 'in-progress',
        statusText: 'Väntar på remissvar från Miljöförvaltningenstrafikkontoret',
      },
      { date: '2026-04-20', heading: 'Ansökan komplett' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        events: [
          {
            date: '2026-05-02T13:45:00+02:00',
            heading: 'Referral sent to the environment, traffic and water offices for comments',
            text: 'They have four weeks to reply. In the meantime the handling of your case is paused, and the handling time is not counted.',
            status: 'in-progress',
            statusText: 'Waiting for replies from the Environmentadministrationtrafficoffice',
          },
          { date: '2026-04-20', heading: 'Application complete' },
        ],
      },
      ar: {
        events: [
          {
            date: '2026-05-02T13:45:00+02:00',
            heading: 'أُرسلت الإحالة إلى إدارة البيئة ومكتب المرور وإدارة المياه لإبداء الرأي',
            text: 'أمام الجهات أربعة أسابيع للرد. خلال هذه الفترة تتوقف معالجة قضيتك ولا تُحتسب مدة المعالجة.',
            status: 'in-progress',
            statusText: 'بانتظار ردود الجهات',
          },
          { date: '2026-04-20', heading: 'الطلب مكتمل' },
        ],
      },
    } satisfies DemoArgs<typeof Timeline>,
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English: dates in English ("3 March 2026"), the statuses' words in English. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: dots and line on the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
