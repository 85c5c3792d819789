import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { Container } from '../components/Container/Container.js';
import { Divider } from '../components/Divider/Divider.js';
import { Footer } from '../components/Footer/Footer.js';
import { Grid } from '../components/Grid/Grid.js';
import { Header } from '../components/Header/Header.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { SearchField } from '../components/SearchField/SearchField.js';
import { SkipLink } from '../components/SkipLink/SkipLink.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoText } from '../storybook/demo.js';

const card: CSSProperties = {
  padding: 'var(--gbg-space-4)',
  background: 'var(--gbg-color-surface-subtle)',
  // Invisible normally; in forced colours the background is dropped and this edge keeps the card.
  border: 'var(--gbg-border-width-thin) solid transparent',
  borderRadius: 'var(--gbg-radius-md)',
};

const services = [
  {
    id: 'forskola',
    title: { sv: 'Förskola', en: 'Preschool', ar: 'الروضة' },
    text: { sv: 'Ansök om plats, byt förskola eller säg upp platsen.', en: 'Apply for a place, change preschool or give up the place.', ar: 'قدّم طلبًا للحصول على مكان، أو غيّر الروضة، أو ألغِ المكان.' },
  },
  {
    id: 'bygglov',
    title: { sv: 'Bygglov', en: 'Building permits', ar: 'تراخيص البناء' },
    text: { sv: 'Se när du behöver bygglov och ansök digitalt.', en: 'See when you need a building permit and apply online.', ar: 'اعرف متى تحتاج إلى ترخيص بناء وقدّم طلبك إلكترونيًا.' },
  },
  {
    id: 'avfall',
    title: { sv: 'Avfall och återvinning', en: 'Waste and recycling', ar: 'النفايات وإعادة التدوير' },
    text: { sv: 'Hämtningsdagar, återvinningscentraler och grovavfall.', en: 'Collection days, recycling centres and bulky waste.', ar: 'أيام الجمع ومراكز إعادة التدوير والنفايات الكبيرة.' },
  },
  {
    id: 'parkering',
    title: { sv: 'Parkering', en: 'Parking', ar: 'وقوف السيارات' },
    text: { sv: 'Boendeparkering, parkeringstillstånd och avgifter.', en: 'Resident parking, parking permits and fees.', ar: 'مواقف السكان وتصاريح الوقوف والرسوم.' },
  },
  {
    id: 'kultur',
    title: { sv: 'Kultur och fritid', en: 'Culture and leisure', ar: 'الثقافة والترفيه' },
    text: { sv: 'Bibliotek, simhallar, museer och evenemang.', en: 'Libraries, swimming pools, museums and events.', ar: 'المكتبات والمسابح والمتاحف والفعاليات.' },
  },
  {
    id: 'aldreomsorg',
    title: { sv: 'Äldreomsorg', en: 'Elderly care', ar: 'رعاية المسنين' },
    text: { sv: 'Hemtjänst, boende och stöd till anhöriga.', en: 'Home care, housing and support for relatives.', ar: 'الرعاية المنزلية والسكن ودعم الأقارب.' },
  },
];

const texts = {
  title: { sv: 'Service och tjänster', en: 'Services', ar: 'الخدمات' },
  lead: {
    sv: 'Här hittar du kommunens service för dig som bor i, arbetar i eller besöker Göteborg.',
    en: 'Here you find the city’s services for everyone who lives in, works in or visits Gothenburg.',
    ar: 'هنا تجد خدمات البلدية لكل من يسكن في يوتيبوري أو يعمل فيها أو يزورها.',
  },
  common: { sv: 'Vanliga tjänster', en: 'Common services', ar: 'الخدمات الشائعة' },
  contact: { sv: 'Göteborgs Stad, 404 82 Göteborg. Telefon 031-365 00 00', en: 'City of Gothenburg, SE-404 82 Gothenburg. Phone +46 31 365 00 00', ar: 'مدينة يوتيبوري، 404\u00a082 يوتيبوري. الهاتف \u200e+46\u00a031\u00a0365\u00a000\u00a000' },
  search: { sv: 'Sök på webbplatsen', en: 'Search the website', ar: 'ابحث في الموقع' },
};

const meta = {
  title: 'Mönster/Sidlayout',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A start page: the Header with the Logo and the site search, a main column with a lead, a
 * divider and a responsive grid of service links, and the Footer. Header, `main` and Footer
 * share one content width (`size.container.default`); the lead keeps a reading measure inside
 * it. Stack and Grid set the spacing, all from tokens.
 */
export const Startsida: Story = {
  render: function Render() {
    const t = useDemoText();
    return (
      <div style={{ display: 'flex', flexDirection: 'column', minBlockSize: '100vh' }}>
        <SkipLink targetId="sidlayout-main" />
        <Header homeHref="#start" search={<SearchField action="#sok" searchLabel={t(texts.search)} />} />
        <Container as="main" id="sidlayout-main" tabIndex={-1} style={{ flex: 1, paddingBlock: 'var(--gbg-space-10)' }}>
          <Stack gap="8">
            <Stack gap="4">
              <Heading level={1}>{t(texts.title)}</Heading>
              <Text variant="lead" measure>
                {t(texts.lead)}
              </Text>
            </Stack>
            <Divider />
            <Stack as="section" gap="6" aria-labelledby="tjanster">
              <Heading level={2} id="tjanster">
                {t(texts.common)}
              </Heading>
              <Grid as="ul" columns={{ base: 1, md: 2, lg: 3 }} gap="4" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {services.map((service) => (
                  <li key={service.id} style={card}>
                    <Stack gap="2">
                      <Heading level={3} size={5}>
                        <Link href={`#${service.id}`}>{t(service.title)}</Link>
                      </Heading>
                      <Text>{t(service.text)}</Text>
                    </Stack>
                  </li>
                ))}
              </Grid>
            </Stack>
          </Stack>
        </Container>
        <Footer contact={<p>{t(texts.contact)}</p>} accessibilityHref="#tillganglighet" aboutHref="#om-webbplatsen" />
      </div>
    );
  },
};

/** English throughout: demo content and built-in strings. */
export const StartsidaEnglish: Story = { ...Startsida, globals: { locale: 'en' } };

/** Right to left with Arabic content (built-in strings in English): gutters, stacks and the grid mirror. */
export const StartsidaHogerTillVanster: Story = { ...Startsida, globals: { dir: 'rtl', locale: 'en' } };

/** The same page in the dark theme. */
export const StartsidaMorkt: Story = { ...Startsida, globals: { theme: 'dark' } };
