import type { Meta, StoryObj } from '@storybook/react-vite';
import { type DemoArgs } from '../../storybook/demo.js';
import { FactBox } from './FactBox.js';

const meta = {
  title: 'Komponenter/FactBox',
  component: FactBox,
  args: {
    heading: 'Fakta om ombyggnaden',
    headingLevel: 2,
    children: (
      <ul>
        <li>Byggstart: mars 2027</li>
        <li>Klart: hösten 2029</li>
        <li>Kostnad: 420 miljoner kronor</li>
        <li>Beslut: trafiknämnden, 12 maj 2026</li>
      </ul>
    ),
  },
  parameters: {
    demoArgs: {
      en: {
        heading: 'Facts about the rebuilding',
        children: (
          <ul>
            <li>Building starts: March 2027</li>
            <li>Finished: autumn 2029</li>
            <li>Cost: 420 million kronor</li>
            <li>Decision: the transport committee, 12 May 2026</li>
          </ul>
        ),
      },
      ar: {
        heading: 'حقائق عن إعادة البناء',
        children: (
          <ul>
            <li>بدء البناء: مارس 2027</li>
            <li>الانتهاء: خريف 2029</li>
            <li>التكلفة: 420 مليون كرونة</li>
            <li>القرار: لجنة النقل، 12 مايو 2026</li>
          </ul>
        ),
      },
    } satisfies DemoArgs<typeof FactBox>,
  },
} satisfies Meta<typeof FactBox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A heading and a short list of facts, inside the article: a section named by its heading. */
export const Standard: Story = {};

/** Beside the main content, in a sidebar column: an `aside` landmark. */
export const Aside: Story = {
  args: {
    aside: true,
    heading: 'Bra att veta',
    children: (
      <p>Du kan söka bygglov för altan och plank via e-tjänsten. Handläggningen tar oftast fyra till sex veckor.</p>
    ),
  },
  parameters: {
    demoArgs: {
      en: {
        heading: 'Good to know',
        children: <p>You can apply for a building permit for a deck or a fence through the e-service. It usually takes four to six weeks.</p>,
      },
      ar: {
        heading: 'من المفيد معرفته',
        children: <p>يمكنك التقدم بطلب رخصة بناء لشرفة أو سياج عبر الخدمة الإلكترونية. تستغرق المعالجة عادةً من أربعة إلى ستة أسابيع.</p>,
      },
    } satisfies DemoArgs<typeof FactBox>,
  },
};

/** Long text and a long word: the box grows and wraps; nothing is cut off at 320 px. */
export const LongText: Story = {
  args: {
    heading: 'Fakta om detaljplanen för kvarteret Stadsbiblioteksgårdarna och omgivande allmän platsmark',
    headingLevel: 3,
    children: (
      <>
        <p>
          Detaljplanen gör det möjligt att bygga omkring 450 bostäder, en förskola med sex avdelningar och lokaler för
          handel i bottenvåningarna. Gatorna runt kvarteret byggs om så att det blir lättare att gå och cykla.
        </p>
        <p>
          Samrådet pågår till och med den 15 januari 2027. Synpunkter lämnas skriftligt till
          stadsbyggnadsförvaltningen och märks med diarienummer BN 2026-012345.
        </p>
      </>
    ),
  },
  parameters: {
    demoArgs: {
      en: {
        heading: 'Facts about the local development plan for the block around the city library and the surrounding public land',
        children: (
          <>
            <p>
              The plan makes it possible to build about 450 homes, a preschool with six groups and premises for shops on
              the ground floors. The streets around the block are rebuilt to make walking and cycling easier.
            </p>
            <p>The consultation is open until 15 January 2027. Send your comments in writing, marked with reference number BN 2026-012345.</p>
          </>
        ),
      },
      ar: {
        heading: 'حقائق عن المخطط التفصيلي للحي المحيط بمكتبة المدينة والأراضي العامة المحيطة به',
        children: (
          <>
            <p>يتيح المخطط بناء نحو 450 مسكنًا وروضة أطفال بست مجموعات ومحلات تجارية في الطوابق الأرضية. تُعاد بناء الشوارع حول الحي لتسهيل المشي وركوب الدراجات.</p>
            <p>تستمر المشاورة حتى 15 يناير 2027. أرسل ملاحظاتك كتابيًا مع رقم الملف BN 2026-012345.</p>
          </>
        ),
      },
    } satisfies DemoArgs<typeof FactBox>,
  },
};

/** The least: a heading and one sentence. */
export const Minimal: Story = {
  args: {
    heading: 'Öppet hus',
    children: <p>Lördag 14 mars klockan 11–14 i Stadshuset.</p>,
  },
  parameters: {
    demoArgs: {
      en: { heading: 'Open house', children: <p>Saturday 14 March, 11 am to 2 pm, at the City Hall.</p> },
      ar: { heading: 'يوم مفتوح', children: <p>السبت 14 مارس من الساعة 11 إلى 14 في مبنى البلدية.</p> },
    } satisfies DemoArgs<typeof FactBox>,
  },
};

/** Dark theme: the surface is Mörkblå, the text white. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: the list's indent moves to the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
