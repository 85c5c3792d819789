import type { Meta, StoryObj } from '@storybook/react-vite';
import type { DemoArgs } from '../../storybook/demo.js';
import { Demo } from '../../storybook/demo.js';
import { Receipt } from './Receipt.js';

const steps = {
  sv: [
    'En bygglovshandläggare går igenom ansökan inom en vecka och hör av sig om något saknas.',
    'Du får ett beslut inom tio veckor från att ansökan är komplett.',
    'Beslutet kommer på e-post och på Mina sidor.',
  ],
  en: [
    'A building permit officer reviews the application within a week and gets in touch if anything is missing.',
    'You get a decision within ten weeks of the application being complete.',
    'The decision comes by email and on My pages.',
  ],
  ar: [
    'يراجع موظف رخص البناء الطلب خلال أسبوع ويتواصل معك إذا كان هناك نقص.',
    'ستحصل على القرار خلال عشرة أسابيع من اكتمال الطلب.',
    'يصلك القرار بالبريد الإلكتروني وفي صفحاتي.',
  ],
};

const meta = {
  title: 'Komponenter/Receipt',
  component: Receipt,
  args: {
    heading: 'Vi har tagit emot din ansökan om bygglov',
    caseNumber: 'BYGG-2026-01234',
    nextSteps: steps.sv,
  },
  parameters: {
    demoArgs: {
      en: { heading: 'We have received your building permit application', nextSteps: steps.en },
      ar: { heading: 'لقد استلمنا طلب رخصة البناء الخاص بك', nextSteps: steps.ar },
    } satisfies DemoArgs<typeof Receipt>,
  },
} satisfies Meta<typeof Receipt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The receipt page's content: the panel with the case number, then "Det här händer nu". */
export const Default: Story = {
  render: (args) => (
    <Receipt {...args}>
      <p style={{ margin: 0 }}>
        <Demo
          sv="Vi har skickat en bekräftelse till anna.lindqvist@exempel.se."
          en="We have sent a confirmation to anna.lindqvist@exempel.se."
          ar="أرسلنا تأكيدًا إلى anna.lindqvist@exempel.se."
        />
      </p>
    </Receipt>
  ),
};

/** Only the panel: no case number yet and nothing to list. */
export const PanelOnly: Story = {
  args: { caseNumber: undefined, nextSteps: undefined, heading: 'Dina ändringar är sparade' },
  parameters: {
    demoArgs: {
      en: { heading: 'Your changes are saved' },
      ar: { heading: 'تم حفظ تغييراتك' },
    } satisfies DemoArgs<typeof Receipt>,
  },
};

/** Inside a page section: heading level 2, "Det här händer nu" level 3. */
export const HeadingLevelTwo: Story = { args: { headingLevel: 2 } };

/** A long heading and case number wrap at 320 px; the number itself never breaks. */
export const LongContent: Story = {
  args: {
    heading: 'Vi har tagit emot din ansökan om bygglov för tillbyggnad av enbostadshus',
    caseNumber: 'SBK-BYGG-2026-0001234-A',
  },
  parameters: {
    demoArgs: {
      en: { heading: 'We have received your application for a building permit to extend a single-family house' },
      ar: { heading: 'لقد استلمنا طلبك للحصول على رخصة بناء لتوسعة منزل لأسرة واحدة' },
    } satisfies DemoArgs<typeof Receipt>,
  },
};

/** Dark theme. */
export const Dark: Story = { ...Default, globals: { theme: 'dark' } };

/** English locale: "Your case number is", "What happens next". */
export const English: Story = { ...Default, globals: { locale: 'en' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = {
  ...Default,
  globals: { dir: 'rtl', locale: 'en' },
  decorators: [(Story) => <div lang="ar"><Story /></div>],
};
