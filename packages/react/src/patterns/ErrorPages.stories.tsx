import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { List, ListItem } from '../components/List/List.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Felsidor',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * 404: the page is not there. Say so plainly, offer search (in the header), the start page and
 * a way to report a broken link; no error code as the heading. Landmarks as the site frame.
 */
export const SidanFinnsInte: Story = {
  name: 'Sidan finns inte (404)',
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame language={language}>
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>{t({ sv: 'Sidan kunde inte hittas', en: 'Page not found', ar: 'لم يتم العثور على الصفحة' })}</Heading>
          <Text variant="lead">{t({ sv: 'Sidan du söker kan ha flyttats eller tagits bort, eller så är adressen felstavad.', en: 'The page you are looking for may have been moved or removed, or the address is misspelt.', ar: 'ربما نُقلت الصفحة التي تبحث عنها أو حُذفت، أو أن العنوان مكتوب بشكل خاطئ.' })}</Text>
        </Stack>
        <Stack gap="3">
          <Heading level={2}>{t({ sv: 'Det här kan du göra', en: 'What you can do', ar: 'ما يمكنك فعله' })}</Heading>
          <List>
            <ListItem>{t({ sv: 'Använd sökfältet högst upp på sidan.', en: 'Use the search field at the top of the page.', ar: 'استخدم حقل البحث في أعلى الصفحة.' })}</ListItem>
            <ListItem>
              {t({ sv: 'Gå till', en: 'Go to', ar: 'انتقل إلى' })} <Link href="#start">{t({ sv: 'startsidan', en: 'the home page', ar: 'الصفحة الرئيسية' })}</Link>.
            </ListItem>
            <ListItem>
              <Link href="#synpunkter">{t({ sv: 'Tipsa oss om länken som inte fungerar', en: 'Tell us about the broken link', ar: 'أخبرنا عن الرابط المعطل' })}</Link>.
            </ListItem>
          </List>
        </Stack>
        <Text variant="small">{t({ sv: 'Felkod 404', en: 'Error code 404', ar: 'رمز الخطأ 404' })}</Text>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** 500: our fault, not the reader's. Apologise, say that entered data may be lost, offer contact. */
export const NagotGickFel: Story = {
  name: 'Något gick fel (500)',
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame language={language}>
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>{t({ sv: 'Något gick fel', en: 'Something went wrong', ar: 'حدث خطأ ما' })}</Heading>
          <Text variant="lead">{t({ sv: 'Det är ett fel hos oss. Försök igen om en stund.', en: 'The fault is ours. Try again in a while.', ar: 'الخطأ من جهتنا. حاول مرة أخرى بعد قليل.' })}</Text>
          <Text>{t({ sv: 'Om du fyllde i ett formulär kan uppgifterna ha försvunnit. Vi ber om ursäkt.', en: 'If you were filling in a form, the details may have been lost. We apologise.', ar: 'إذا كنت تملأ نموذجًا فربما فُقدت البيانات. نعتذر عن ذلك.' })}</Text>
        </Stack>
        <Stack gap="3">
          <Heading level={2}>{t({ sv: 'Behöver du hjälp?', en: 'Do you need help?', ar: 'هل تحتاج إلى مساعدة؟' })}</Heading>
          <Text>
            {t({ sv: 'Ring Kontaktcenter på 031-365 00 00, vardagar 8–17, eller gå till', en: 'Call the Contact centre on +46 31 365 00 00, weekdays 8–17, or go to', ar: 'اتصل بمركز الاتصال على الرقم \u200e+46\u00a031\u00a0365\u00a000\u00a000، أيام العمل ٨–١٧، أو انتقل إلى' })} <Link href="#start">{t({ sv: 'startsidan', en: 'the home page', ar: 'الصفحة الرئيسية' })}</Link>.
          </Text>
        </Stack>
        <Text variant="small">{t({ sv: 'Felkod 500', en: 'Error code 500', ar: 'رمز الخطأ 500' })}</Text>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** Planned or unplanned downtime of one e-service: say when it is back and what to do meanwhile. */
export const TjanstenArInteTillganglig: Story = {
  name: 'Tjänsten är inte tillgänglig',
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame service={t({ sv: 'Ansök om parkeringstillstånd', en: 'Apply for a parking permit', ar: 'تقديم طلب تصريح وقوف السيارات' })} language={language}>
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>{t({ sv: 'Tjänsten är inte tillgänglig just nu', en: 'The service is not available right now', ar: 'الخدمة غير متاحة حاليًا' })}</Heading>
          <Text variant="lead">{t({ sv: 'Vi uppdaterar e-tjänsten. Den öppnar igen måndag 30 november klockan 07.00.', en: 'We are updating the e-service. It opens again on Monday 30 November at 07:00.', ar: 'نقوم بتحديث الخدمة الإلكترونية. ستعود للعمل يوم الاثنين ٣٠ نوفمبر الساعة ٧:٠٠.' })}</Text>
        </Stack>
        <Stack gap="3">
          <Heading level={2}>{t({ sv: 'Om du inte kan vänta', en: 'If you can\'t wait', ar: 'إذا لم تستطع الانتظار' })}</Heading>
          <Text>
            {t({ sv: 'Du kan skicka ansökan med post. Ladda ner', en: 'You can send the application by post. Download', ar: 'يمكنك إرسال الطلب بالبريد. نزّل' })}{' '}
            <Link href="#blankett">{t({ sv: 'blanketten för parkeringstillstånd', en: 'the parking permit form', ar: 'نموذج تصريح الوقوف' })}</Link>{' '}
            {t({ sv: 'och skicka den till Trafikkontoret, Box 2403, 403 16 Göteborg.', en: 'and send it to the Traffic Office, Box 2403, SE-403 16 Gothenburg.', ar: 'وأرسله إلى مكتب المرور، Box 2403، 403 16 يوتيبوري.' })}
          </Text>
        </Stack>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const SidanFinnsInteHogerTillVanster: Story = { ...SidanFinnsInte, name: 'Sidan finns inte (404), höger till vänster', globals: { dir: 'rtl', locale: 'en' } };

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const NagotGickFelHogerTillVanster: Story = { ...NagotGickFel, name: 'Något gick fel (500), höger till vänster', globals: { dir: 'rtl', locale: 'en' } };

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const TjanstenArInteTillgangligHogerTillVanster: Story = { ...TjanstenArInteTillganglig, name: 'Tjänsten är inte tillgänglig, höger till vänster', globals: { dir: 'rtl', locale: 'en' } };
