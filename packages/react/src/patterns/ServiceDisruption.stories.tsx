import type { Meta, StoryObj } from '@storybook/react-vite';
import { ServiceStatus, serviceStatusStorageKey } from '../components/ServiceStatus/ServiceStatus.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

/** The pattern's stories always start with the banner shown. */
function forgetDismissals() {
  for (const key of Object.keys(window.localStorage)) {
    if (key.startsWith(serviceStatusStorageKey(''))) window.localStorage.removeItem(key);
  }
}

const meta = {
  title: 'Mönster/Visa driftstörning',
  parameters: { layout: 'fullscreen' },
  beforeEach: forgetDismissals,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A disruption on an e-service page: the banner is the first thing in `main`, so the skip link
 * lands on it too; its h2 comes before the page's h1. The service page below still works as far
 * as it can and says what to do instead.
 */
export const VisaDriftstorning: Story = {
  name: 'Visa driftstörning',
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
      <TemplateFrame service={t({ sv: 'Ansök om plats i förskola', en: 'Apply for a preschool place', ar: 'تقديم طلب مكان في روضة أطفال' })} language={language}>
        <Stack gap="8">
          <ServiceStatus
            messageId="e-tjanster-2026-12-06"
            heading={t({ sv: 'Driftstörning i e-tjänsterna', en: 'Disruption in the e-services', ar: 'عطل في الخدمات الإلكترونية' })}
          >
            <p>
              {t({
                sv: 'Det går inte att logga in med BankID just nu. Vi räknar med att det fungerar igen klockan 14.',
                en: 'You cannot log in with BankID right now. We expect it to work again at 2 pm.',
                ar: 'لا يمكن تسجيل الدخول باستخدام BankID الآن. نتوقع أن يعمل مجددًا في الساعة 14.',
              })}{' '}
              <Link href="#driftinformation">{t({ sv: 'Driftinformation', en: 'Service status', ar: 'معلومات التشغيل' })}</Link>
            </p>
          </ServiceStatus>
          <Stack gap="4" style={{ maxInlineSize: '40rem' }}>
            <Heading level={1}>{t({ sv: 'Ansök om plats i förskola', en: 'Apply for a preschool place', ar: 'تقديم طلب مكان في روضة أطفال' })}</Heading>
            <Text variant="lead">
              {t({
                sv: 'Ansök senast fyra månader innan du behöver platsen. Du behöver logga in för att ansöka.',
                en: 'Apply at least four months before you need the place. You need to log in to apply.',
                ar: 'قدّم الطلب قبل أربعة أشهر على الأقل من حاجتك إلى المكان. تحتاج إلى تسجيل الدخول لتقديم الطلب.',
              })}
            </Text>
            <Text>
              {t({
                sv: 'Kan du inte vänta? Ring Kontaktcenter på 031-365 00 00, så hjälper vi dig att ansöka.',
                en: 'Cannot wait? Call the contact centre on +46 31 365 00 00 and we will help you apply.',
                ar: 'لا يمكنك الانتظار؟ اتصل بمركز الاتصال على الرقم ‎+46 31 365 00 00 وسنساعدك في تقديم الطلب.',
              })}
            </Text>
          </Stack>
        </Stack>
      </TemplateFrame>
    );
  },
};

/** The same page right to left, with Arabic content and English built-in strings. */
export const VisaDriftstorningHogerTillVanster: Story = {
  ...VisaDriftstorning,
  name: 'Visa driftstörning, höger till vänster',
  globals: { dir: 'rtl', locale: 'en' },
};
