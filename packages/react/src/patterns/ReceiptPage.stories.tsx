import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { List, ListItem } from '../components/List/List.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Kvittens',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The receipt after the last step of an e-service: the h1 says the application was received,
 * the case number stands out, then "Det här händer nu" (h2, numbered steps) and where to ask
 * (h2). No BackLink: the application is sent. Landmarks: banner, navigation "Språk", main,
 * contentinfo.
 */
export const Kvittens: Story = {
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame service={t({ sv: 'Ansök om parkeringstillstånd', en: 'Apply for a parking permit', ar: 'تقديم طلب تصريح وقوف السيارات' })} language={language}>
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>{t({ sv: 'Vi har tagit emot din ansökan', en: 'We have received your application', ar: 'لقد استلمنا طلبك' })}</Heading>
          <Text variant="lead">
            {t({ sv: 'Ditt ärendenummer är', en: 'Your case number is', ar: 'رقم قضيتك هو' })} <strong>PT-2026-04821</strong>.{' '}
            {t({ sv: 'Ange det när du kontaktar oss om ansökan.', en: 'Give it when you contact us about the application.', ar: 'اذكره عندما تتواصل معنا بشأن الطلب.' })}
          </Text>
          <Text>{t({ sv: 'Vi har också skickat en bekräftelse till anna.lindqvist@exempel.se.', en: 'We have also sent a confirmation to anna.lindqvist@exempel.se.', ar: 'أرسلنا أيضًا تأكيدًا إلى anna.lindqvist@exempel.se.' })}</Text>
        </Stack>

        <Stack gap="3">
          <Heading level={2}>{t({ sv: 'Det här händer nu', en: 'What happens next', ar: 'ما الذي سيحدث الآن' })}</Heading>
          <List variant="ordered">
            <ListItem>{t({ sv: 'En handläggare går igenom din ansökan, normalt inom två veckor.', en: 'A case officer reviews your application, normally within two weeks.', ar: 'يراجع موظف مختص طلبك، عادةً خلال أسبوعين.' })}</ListItem>
            <ListItem>{t({ sv: 'Behöver vi fler uppgifter kontaktar vi dig via e-post.', en: 'If we need more details, we contact you by email.', ar: 'إذا احتجنا إلى معلومات إضافية فسنتواصل معك بالبريد الإلكتروني.' })}</ListItem>
            <ListItem>{t({ sv: 'Du får beslutet på e-post och på Mina sidor.', en: 'You get the decision by email and on My pages.', ar: 'ستتلقى القرار بالبريد الإلكتروني وفي صفحاتي.' })}</ListItem>
            <ListItem>{t({ sv: 'Beviljas ansökan gäller tillståndet från den dag du väljer i beslutet.', en: 'If the application is granted, the permit applies from the day you choose in the decision.', ar: 'إذا قُبل الطلب فإن التصريح يسري من اليوم الذي تختاره في القرار.' })}</ListItem>
          </List>
        </Stack>

        <Stack gap="3">
          <Heading level={2}>{t({ sv: 'Har du frågor?', en: 'Any questions?', ar: 'هل لديك أسئلة؟' })}</Heading>
          <Text>
            {t({ sv: 'Ring Kontaktcenter på 031-365 00 00, vardagar 8–17, eller följ ärendet på', en: 'Call the Contact centre on +46 31 365 00 00, weekdays 8–17, or follow the case on', ar: 'اتصل بمركز الاتصال على الرقم \u200e+46\u00a031\u00a0365\u00a000\u00a000، أيام العمل ٨–١٧، أو تابع القضية في' })}{' '}
            <Link href="#mina-sidor">{t({ sv: 'Mina sidor', en: 'My pages', ar: 'صفحاتي' })}</Link>.
          </Text>
        </Stack>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const KvittensHogerTillVanster: Story = { ...Kvittens, name: 'Kvittens, höger till vänster', globals: { dir: 'rtl', locale: 'en' } };
