import type { Meta, StoryObj } from '@storybook/react-vite';
import { Grid } from '../components/Grid/Grid.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Startsida',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const services = [
  { href: '#forskola', label: { sv: 'Ansök om förskola', en: 'Apply for preschool', ar: 'التقديم على الروضة' }, text: { sv: 'Ansök senast fyra månader innan du behöver platsen.', en: 'Apply at least four months before you need the place.', ar: 'قدّم طلبك قبل أربعة أشهر على الأقل من حاجتك إلى المكان.' } },
  { href: '#parkering', label: { sv: 'Parkeringstillstånd', en: 'Parking permits', ar: 'تصاريح الوقوف' }, text: { sv: 'Boendeparkering, rörelsehinder och arbetsplatser.', en: 'Resident parking, disabled parking and workplaces.', ar: 'مواقف السكان وذوي الإعاقة وأماكن العمل.' } },
  { href: '#felanmalan', label: { sv: 'Felanmälan', en: 'Report a fault', ar: 'الإبلاغ عن عطل' }, text: { sv: 'Anmäl trasig belysning, klotter och hål i vägen.', en: 'Report broken lights, graffiti and potholes.', ar: 'أبلغ عن إنارة معطلة أو كتابات على الجدران أو حفر في الطريق.' } },
  { href: '#bygglov', label: { sv: 'Bygglov', en: 'Building permits', ar: 'تراخيص البناء' }, text: { sv: 'Ta reda på om du behöver lov och ansök digitalt.', en: 'Find out whether you need a permit and apply online.', ar: 'اعرف إن كنت تحتاج إلى ترخيص وقدّم طلبك إلكترونيًا.' } },
  { href: '#bistand', label: { sv: 'Ekonomiskt bistånd', en: 'Financial assistance', ar: 'المساعدة المالية' }, text: { sv: 'Stöd när du inte kan försörja dig själv.', en: 'Support when you cannot support yourself.', ar: 'دعم عندما لا تستطيع إعالة نفسك.' } },
  { href: '#jobb', label: { sv: 'Lediga jobb', en: 'Job vacancies', ar: 'الوظائف الشاغرة' }, text: { sv: 'Sök jobb hos Göteborgs Stad.', en: 'Apply for jobs at the City of Gothenburg.', ar: 'قدّم على وظائف في مدينة يوتيبوري.' } },
];

const news = [
  { title: { sv: 'Nya cykelbanor längs Götaälvbron', en: 'New cycle lanes along the Göta älv bridge', ar: 'مسارات دراجات جديدة على جسر يوتا إلف' }, date: '2026-11-24', href: '#cykelbanor' },
  { title: { sv: 'Så tycker göteborgarna om sin stad', en: 'What Gothenburgers think of their city', ar: 'رأي سكان يوتيبوري في مدينتهم' }, date: '2026-11-20', href: '#enkat' },
  { title: { sv: 'Vinterväghållning: så prioriterar vi', en: 'Winter road maintenance: our priorities', ar: 'صيانة الطرق في الشتاء: أولوياتنا' }, date: '2026-11-18', href: '#vinter' },
];

/**
 * The city's start page: the site frame, one h1 with a lead, the most used e-services as a
 * list of links in a responsive grid (h2 + h3 per service), and news (h2 + h3). Landmarks:
 * banner, search, navigation "Språk", navigation "Huvudmeny", main, contentinfo.
 */
export const Startsida: Story = {
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame language={language}>
      <Stack gap="10">
        <Stack gap="4">
          <Heading level={1}>{t({ sv: 'Göteborgs Stad', en: 'City of Gothenburg', ar: 'مدينة يوتيبوري' })}</Heading>
          <Text variant="lead" measure>
            {t({ sv: 'Välkommen! Här hittar du information och e-tjänster för dig som bor, arbetar eller driver företag i Göteborg.', en: 'Welcome! Here you find information and e-services for everyone who lives, works or runs a business in Gothenburg.', ar: 'أهلًا بك! هنا تجد المعلومات والخدمات الإلكترونية لكل من يسكن في يوتيبوري أو يعمل فيها أو يدير شركة.' })}
          </Text>
        </Stack>

        <Stack as="section" gap="6">
          <Heading level={2}>
            {t({ sv: 'Populära e-tjänster', en: 'Popular e-services', ar: 'الخدمات الإلكترونية الأكثر استخدامًا' })}
          </Heading>
          <Grid as="ul" columns={{ base: 1, md: 2, lg: 3 }} gap="6" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {services.map((service) => (
              <li key={service.href}>
                <Stack gap="2">
                  <Heading level={3} size={4}>
                    <Link href={service.href}>{t(service.label)}</Link>
                  </Heading>
                  <Text>{t(service.text)}</Text>
                </Stack>
              </li>
            ))}
          </Grid>
        </Stack>

        <Stack as="section" gap="6">
          <Heading level={2}>
            {t({ sv: 'Nyheter', en: 'News', ar: 'الأخبار' })}
          </Heading>
          <Stack as="ul" gap="4" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {news.map((item) => (
              <li key={item.href}>
                <Heading level={3} size={4}>
                  <Link href={item.href}>{t(item.title)}</Link>
                </Heading>
                <Text variant="small">
                  {t({ sv: 'Publicerad', en: 'Published', ar: 'نُشر في' })} <time dateTime={item.date}>{item.date}</time>
                </Text>
              </li>
            ))}
          </Stack>
          <Text>
            <Link href="#alla-nyheter">{t({ sv: 'Alla nyheter', en: 'All news', ar: 'كل الأخبار' })}</Link>
          </Text>
        </Stack>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const StartsidaHogerTillVanster: Story = { ...Startsida, name: 'Startsida, höger till vänster', globals: { dir: 'rtl', locale: 'en' } };
