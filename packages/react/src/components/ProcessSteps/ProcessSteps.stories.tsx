import type { Meta, StoryObj } from '@storybook/react-vite';
import { type DemoArgs } from '../../storybook/demo.js';
import { Link } from '../Link/Link.js';
import { ProcessSteps } from './ProcessSteps.js';

const meta = {
  title: 'Komponenter/ProcessSteps',
  component: ProcessSteps,
  args: {
    headingLevel: 3,
    steps: [
      {
        heading: 'Ansök i e-tjänsten',
        text: 'Logga in med BankID och fyll i ansökan. Bifoga ritningar och en situationsplan.',
        content: (
          <Link href="/bygglov/ansok" variant="standalone">
            Ansök om bygglov
          </Link>
        ),
      },
      { heading: 'Vi kontrollerar att ansökan är komplett', text: 'Saknas något hör vi av oss inom tre veckor och berättar vad du behöver komplettera med.' },
      { heading: 'Vi handlägger ansökan', text: 'Handläggningen tar oftast fyra till sex veckor från att ansökan är komplett.' },
      { heading: 'Du får ett beslut', text: 'Beslutet kommer med posten och i Mina sidor. Du får börja bygga fyra veckor efter att beslutet kungjorts.' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        steps: [
          {
            heading: 'Apply in the e-service',
            text: 'Log in with BankID and fill in the application. Attach drawings and a site plan.',
            content: (
              <Link href="/bygglov/ansok" variant="standalone">
                Apply for a building permit
              </Link>
            ),
          },
          { heading: 'We check that the application is complete', text: 'If anything is missing we contact you within three weeks and tell you what to add.' },
          { heading: 'We handle the application', text: 'It usually takes four to six weeks from when the application is complete.' },
          { heading: 'You get a decision', text: 'The decision comes by post and in My pages. You may start building four weeks after it has been announced.' },
        ],
      },
      ar: {
        steps: [
          {
            heading: 'قدّم الطلب عبر الخدمة الإلكترونية',
            text: 'سجّل الدخول باستخدام BankID واملأ الطلب. أرفق الرسومات ومخطط الموقع.',
            content: (
              <Link href="/bygglov/ansok" variant="standalone">
                قدّم طلب رخصة بناء
              </Link>
            ),
          },
          { heading: 'نتحقق من اكتمال الطلب', text: 'إذا كان هناك نقص نتواصل معك خلال ثلاثة أسابيع ونخبرك بما تحتاج إلى إضافته.' },
          { heading: 'نعالج الطلب', text: 'تستغرق المعالجة عادةً من أربعة إلى ستة أسابيع بعد اكتمال الطلب.' },
          { heading: 'تحصل على قرار', text: 'يصلك القرار بالبريد وفي صفحاتي. يمكنك البدء بالبناء بعد أربعة أسابيع من إعلانه.' },
        ],
      },
    } satisfies DemoArgs<typeof ProcessSteps>,
  },
} satisfies Meta<typeof ProcessSteps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four steps of a service under a "Så går det till" heading; the first has a link to the e-service. */
export const Standard: Story = {};

/** Headings only: when each heading says it all. */
export const HeadingsOnly: Story = {
  args: {
    steps: [
      { heading: 'Anmäl ditt barn till förskolekön' },
      { heading: 'Tacka ja till erbjuden plats inom 14 dagar' },
      { heading: 'Inskolning tillsammans med pedagogerna' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        steps: [
          { heading: 'Register your child in the preschool queue' },
          { heading: 'Accept the offered place within 14 days' },
          { heading: 'Settling in together with the teachers' },
        ],
      },
      ar: {
        steps: [
          { heading: 'سجّل طفلك في قائمة انتظار الروضة' },
          { heading: 'اقبل المكان المعروض خلال 14 يومًا' },
          { heading: 'فترة التعوّد مع المربين' },
        ],
      },
    } satisfies DemoArgs<typeof ProcessSteps>,
  },
};

/** Long headings, a long word and ten steps: the markers keep their place and nothing is cut off at 320 px. */
export const LongContent: Story = {
  args: {
    headingLevel: 2,
    steps: [
      { heading: 'Kontrollera att du uppfyller kraven för ekonomiskt bistånd från socialförvaltningen', text: 'Du behöver ha sökt alla andra ersättningar du kan ha rätt till, till exempel bostadsbidrag och arbetslöshetsersättning.' },
      { heading: 'Samla underlag', text: 'Kontoutdrag, hyresavi, lönespecifikationer och beslut om andra ersättningar för de senaste tre månaderna.' },
      { heading: 'Ansök', text: 'Ansökningsblanketten heter Ansökningsblankettförekonomisktbiståndochförsörjningsstöd i e-tjänsten.' },
      { heading: 'Boka besök' },
      { heading: 'Träffa din handläggare' },
      { heading: 'Komplettera om det behövs' },
      { heading: 'Få beslut' },
      { heading: 'Få utbetalning' },
      { heading: 'Ansök igen nästa månad' },
      { heading: 'Berätta om något ändras' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        steps: [
          { heading: 'Check that you meet the requirements for financial assistance from the social services', text: 'You need to have applied for all other benefits you may be entitled to, such as housing allowance and unemployment benefit.' },
          { heading: 'Gather documents', text: 'Bank statements, rent notice, payslips and decisions on other benefits for the last three months.' },
          { heading: 'Apply', text: 'The form is called Applicationformforfinancialassistanceandincomesupport in the e-service.' },
          { heading: 'Book a visit' },
          { heading: 'Meet your case worker' },
          { heading: 'Add information if needed' },
          { heading: 'Get a decision' },
          { heading: 'Get paid' },
          { heading: 'Apply again next month' },
          { heading: 'Tell us if anything changes' },
        ],
      },
      ar: {
        steps: [
          { heading: 'تحقق من استيفائك لشروط المساعدة المالية من الخدمات الاجتماعية', text: 'يجب أن تكون قد تقدمت بطلب جميع التعويضات الأخرى التي قد يحق لك الحصول عليها، مثل بدل السكن وتعويض البطالة.' },
          { heading: 'اجمع المستندات', text: 'كشوف الحساب وإشعار الإيجار وقسائم الراتب وقرارات التعويضات الأخرى لآخر ثلاثة أشهر.' },
          { heading: 'قدّم الطلب' },
          { heading: 'احجز موعدًا' },
          { heading: 'قابل موظف الحالة' },
          { heading: 'أكمل المعلومات إذا لزم الأمر' },
          { heading: 'احصل على قرار' },
          { heading: 'احصل على الدفعة' },
          { heading: 'قدّم الطلب مجددًا الشهر القادم' },
          { heading: 'أخبرنا إذا تغيّر شيء' },
        ],
      },
    } satisfies DemoArgs<typeof ProcessSteps>,
  },
};

/** Dark theme: white ring, number and text on the dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English: the hidden words before each number say "Step 1". */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: markers and line move to the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
