import type { Meta, StoryObj } from '@storybook/react-vite';
import { Breadcrumbs } from '../components/Breadcrumbs/Breadcrumbs.js';
import { Grid } from '../components/Grid/Grid.js';
import { SideNavigation } from '../components/SideNavigation/SideNavigation.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Stack } from '../components/Stack/Stack.js';
import { TableOfContents } from '../components/TableOfContents/TableOfContents.js';
import { Text } from '../components/Text/Text.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Artikelsida',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const sections = {
  who: { sv: 'Vem kan få parkeringstillstånd?', en: 'Who can get a parking permit?', ar: 'من يمكنه الحصول على تصريح وقوف؟' },
  apply: { sv: 'Så ansöker du', en: 'How to apply', ar: 'كيف تقدّم الطلب' },
  fee: { sv: 'Avgift', en: 'Fee', ar: 'الرسوم' },
  time: { sv: 'Handläggningstid', en: 'Processing time', ar: 'مدة المعالجة' },
};

/**
 * An article: breadcrumbs, the h1 and a lead, a table of contents for the page's h2 sections,
 * the body, and "Senast uppdaterad" at the end. Landmarks: banner, search, navigation "Språk",
 * navigation "Huvudmeny", main with navigation "Du är här" and navigation "Innehåll på sidan",
 * contentinfo.
 */
export const Artikelsida: Story = {
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame current="trafik" language={language}>
      <Stack gap="8">
        <Breadcrumbs
          items={[
            { label: t({ sv: 'Start', en: 'Home', ar: 'الرئيسية' }), href: '#start' },
            { label: t({ sv: 'Trafik och parkering', en: 'Traffic and parking', ar: 'المرور ووقوف السيارات' }), href: '#trafik' },
            { label: t({ sv: 'Parkering', en: 'Parking', ar: 'وقوف السيارات' }), href: '#parkering' },
            { label: t({ sv: 'Parkeringstillstånd för boende', en: 'Resident parking permits', ar: 'تصاريح وقوف السكان' }) },
          ]}
        />
        {/* The section's pages beside the article (above it below lg); the menu first, so the
            reading order matches what is seen. */}
        <Grid layout="sidebar-main">
          <SideNavigation
            aria-label={t({ sv: 'Parkering', en: 'Parking', ar: 'وقوف السيارات' })}
            items={[
              {
                label: t({ sv: 'Parkering', en: 'Parking', ar: 'وقوف السيارات' }),
                href: '#parkering',
                children: [
                  { label: t({ sv: 'Parkeringstillstånd för boende', en: 'Resident parking permits', ar: 'تصاريح وقوف السكان' }), href: '#boende', current: true },
                  { label: t({ sv: 'Parkering för rörelsehindrade', en: 'Disabled parking', ar: 'مواقف ذوي الإعاقة' }), href: '#rorelsehindrade' },
                  { label: t({ sv: 'Avgifter och zoner', en: 'Fees and zones', ar: 'الرسوم والمناطق' }), href: '#zoner' },
                  { label: t({ sv: 'Felparkering', en: 'Parking fines', ar: 'مخالفات الوقوف' }), href: '#felparkering' },
                ],
              },
            ]}
          />
        <Stack as="article" gap="6" style={{ maxInlineSize: '44rem' }}>
          <Stack gap="4">
            <Heading level={1}>{t({ sv: 'Parkeringstillstånd för boende', en: 'Resident parking permits', ar: 'تصاريح وقوف السكان' })}</Heading>
            <Text variant="lead">
              {t({ sv: 'Bor du i ett område med boendeparkering kan du ansöka om tillstånd att parkera nära ditt hem till en lägre avgift.', en: 'If you live in an area with resident parking, you can apply for a permit to park near your home at a lower fee.', ar: 'إذا كنت تسكن في منطقة فيها مواقف للسكان، يمكنك طلب تصريح لركن سيارتك قرب بيتك برسوم أقل.' })}
            </Text>
          </Stack>

          <TableOfContents
            items={[
              { id: 'vem-kan-fa', label: t(sections.who) },
              { id: 'sa-ansoker-du', label: t(sections.apply) },
              { id: 'avgift', label: t(sections.fee) },
              { id: 'handlaggningstid', label: t(sections.time) },
            ]}
          />

          <Stack gap="3">
            <Heading level={2} id="vem-kan-fa">
              {t(sections.who)}
            </Heading>
            <Text>
              {t({ sv: 'Du kan få tillstånd om du är folkbokförd i Göteborg, bor i ett område med boendeparkering och äger eller leasar bilen. Bilen får inte ha en totalvikt över 3,5 ton.', en: 'You can get a permit if you are registered in Gothenburg, live in an area with resident parking and own or lease the car. The car may not weigh more than 3.5 tonnes in total.', ar: 'يمكنك الحصول على التصريح إذا كنت مسجلًا في يوتيبوري وتسكن في منطقة فيها مواقف للسكان وتملك السيارة أو تستأجرها. يجب ألا يتجاوز وزن السيارة الإجمالي ٣٫٥ طن.' })}
            </Text>
            <Heading level={3}>{t({ sv: 'Om du har en förmånsbil', en: 'If you have a company car', ar: 'إذا كانت لديك سيارة من جهة عملك' })}</Heading>
            <Text>{t({ sv: 'Har du förmånsbil behöver du ett intyg från din arbetsgivare.', en: 'With a company car you need a certificate from your employer.', ar: 'إذا كانت لديك سيارة من جهة عملك فستحتاج إلى شهادة من صاحب العمل.' })}</Text>
          </Stack>

          <Stack gap="3">
            <Heading level={2} id="sa-ansoker-du">
              {t(sections.apply)}
            </Heading>
            <Text>
              {t({ sv: 'Ansök i e-tjänsten', en: 'Apply in the e-service', ar: 'قدّم طلبك في الخدمة الإلكترونية' })}{' '}
              <Link href="#e-tjanst">{t({ sv: 'Ansök om parkeringstillstånd', en: 'Apply for a parking permit', ar: 'تقديم طلب تصريح وقوف السيارات' })}</Link>.{' '}
              {t({ sv: 'Du loggar in med e-legitimation och får beslutet inom två veckor.', en: 'You log in with an e-ID and get the decision within two weeks.', ar: 'تسجّل الدخول بالهوية الإلكترونية وتحصل على القرار خلال أسبوعين.' })}
            </Text>
          </Stack>

          <Stack gap="3">
            <Heading level={2} id="avgift">
              {t(sections.fee)}
            </Heading>
            <Text>{t({ sv: 'Tillståndet kostar 900 kronor per månad i zon A och 450 kronor per månad i övriga zoner.', en: 'The permit costs SEK 900 a month in zone A and SEK 450 a month in the other zones.', ar: 'يكلّف التصريح ٩٠٠ كرونة شهريًا في المنطقة A و٤٥٠ كرونة شهريًا في المناطق الأخرى.' })}</Text>
          </Stack>

          <Stack gap="3">
            <Heading level={2} id="handlaggningstid">
              {t(sections.time)}
            </Heading>
            <Text>{t({ sv: 'Vi handlägger ansökningar i den ordning de kommer in, normalt inom två veckor.', en: 'We handle applications in the order they arrive, normally within two weeks.', ar: 'نعالج الطلبات بترتيب وصولها، عادةً خلال أسبوعين.' })}</Text>
          </Stack>

          <Text variant="small">
            {t({ sv: 'Senast uppdaterad', en: 'Last updated', ar: 'آخر تحديث' })}{' '}
            <time dateTime="2026-11-12">{t({ sv: '12 november 2026', en: '12 November 2026', ar: '١٢ نوفمبر ٢٠٢٦' })}</time>
          </Text>
        </Stack>
        </Grid>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const ArtikelsidaHogerTillVanster: Story = { ...Artikelsida, name: 'Artikelsida, höger till vänster', globals: { dir: 'rtl', locale: 'en' } };
