import type { Meta, StoryObj } from '@storybook/react-vite';
import { Breadcrumbs } from '../components/Breadcrumbs/Breadcrumbs.js';
import { Button } from '../components/Button/Button.js';
import { Checkbox } from '../components/Checkbox/Checkbox.js';
import { CheckboxGroup } from '../components/CheckboxGroup/CheckboxGroup.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Pagination } from '../components/Pagination/Pagination.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Listsida',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const preschools = [
  { name: { sv: 'Förskolan Solrosen', en: 'Solrosen Preschool', ar: 'روضة سولروسن' }, href: '#solrosen', area: 'Angered', text: { sv: 'Fyra avdelningar, utegård mot skogen. Öppet 06.30–18.00.', en: 'Four groups, a playground facing the woods. Open 06:30–18:00.', ar: 'أربع مجموعات وساحة لعب مطلة على الغابة. مفتوحة ٦:٣٠–١٨:٠٠.' } },
  { name: { sv: 'Förskolan Gläntan', en: 'Gläntan Preschool', ar: 'روضة غلينتان' }, href: '#glantan', area: 'Angered', text: { sv: 'Tre avdelningar med inriktning mot natur och teknik.', en: 'Three groups focusing on nature and technology.', ar: 'ثلاث مجموعات تركّز على الطبيعة والتقنية.' } },
  { name: { sv: 'Förskolan Hamnen', en: 'Hamnen Preschool', ar: 'روضة هامنن' }, href: '#hamnen', area: 'Centrum', text: { sv: 'Två avdelningar nära Packhusplatsen. Kvälls- och nattomsorg.', en: 'Two groups near Packhusplatsen. Evening and night care.', ar: 'مجموعتان قرب باكهوسبلاتسن. رعاية مسائية وليلية.' } },
  { name: { sv: 'Förskolan Kastanjen', en: 'Kastanjen Preschool', ar: 'روضة كاستانين' }, href: '#kastanjen', area: 'Centrum', text: { sv: 'Fem avdelningar, tvåspråkig verksamhet på svenska och arabiska.', en: 'Five groups, bilingual in Swedish and Arabic.', ar: 'خمس مجموعات، بنشاط ثنائي اللغة بالسويدية والعربية.' } },
  { name: { sv: 'Förskolan Vattentornet', en: 'Vattentornet Preschool', ar: 'روضة فاتنتورنت' }, href: '#vattentornet', area: 'Hisingen', text: { sv: 'Nybyggd förskola med sex avdelningar och stor gård.', en: 'A new preschool with six groups and a large yard.', ar: 'روضة جديدة بست مجموعات وساحة كبيرة.' } },
];

/**
 * A list page: breadcrumbs, h1, a filter form (a group of checkboxes that the server reads on
 * submit, `method="get"`), the result count as h2, results as h3 links, and Pagination with
 * `hrefTemplate` (no function props, so it renders from a Server Component). Landmarks: banner,
 * search, navigation "Språk", "Huvudmeny", "Brödsmulor", "Sidnumrering", main, contentinfo.
 */
export const Listsida: Story = {
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame current="skola" language={language}>
      <Stack gap="8">
        <Breadcrumbs
          items={[
            { label: t({ sv: 'Start', en: 'Home', ar: 'الرئيسية' }), href: '#start' },
            { label: t({ sv: 'Förskola och skola', en: 'Preschool and school', ar: 'الروضة والمدرسة' }), href: '#skola' },
            { label: t({ sv: 'Hitta förskola', en: 'Find a preschool', ar: 'ابحث عن روضة' }) },
          ]}
        />
        <Stack gap="4">
          <Heading level={1}>{t({ sv: 'Hitta förskola', en: 'Find a preschool', ar: 'ابحث عن روضة' })}</Heading>
          <Text variant="lead" measure>
            {t({ sv: 'Det finns fler än 300 kommunala förskolor i Göteborg. Filtrera på stadsområde för att hitta en nära dig.', en: 'There are more than 300 municipal preschools in Gothenburg. Filter by city district to find one near you.', ar: 'في يوتيبوري أكثر من ٣٠٠ روضة بلدية. صفِّ حسب منطقة المدينة لتجد روضة قريبة منك.' })}
          </Text>
        </Stack>

        <form action="#forskolor" method="get">
          <Stack gap="4" align="start">
            <CheckboxGroup legend={t({ sv: 'Stadsområde', en: 'City district', ar: 'منطقة المدينة' })} description={t({ sv: 'Välj alla som passar.', en: 'Choose all that apply.', ar: 'اختر كل ما يناسبك.' })} name="omrade" defaultValue={['angered', 'centrum']}>
              <Checkbox value="angered" label="Angered" />
              <Checkbox value="centrum" label="Centrum" />
              <Checkbox value="hisingen" label="Hisingen" />
              <Checkbox value="majorna-linne" label="Majorna-Linné" />
            </CheckboxGroup>
            <Button type="submit" variant="secondary">
              {t({ sv: 'Visa förskolor', en: 'Show preschools', ar: 'اعرض الروضات' })}
            </Button>
          </Stack>
        </form>

        <Stack gap="6">
          <Heading level={2}>{t({ sv: '42 förskolor', en: '42 preschools', ar: '٤٢ روضة' })}</Heading>
          <Stack as="ul" gap="6" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {preschools.map((preschool) => (
              <li key={preschool.href}>
                <Stack gap="1">
                  <Heading level={3} size={4}>
                    <Link href={preschool.href}>{t(preschool.name)}</Link>
                  </Heading>
                  <Text variant="small">{preschool.area}</Text>
                  <Text>{t(preschool.text)}</Text>
                </Stack>
              </li>
            ))}
          </Stack>
          <Pagination count={9} page={1} hrefTemplate="?omrade=angered&omrade=centrum&sida={page}" />
        </Stack>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const ListsidaHogerTillVanster: Story = { ...Listsida, name: 'Listsida, höger till vänster', globals: { dir: 'rtl', locale: 'en' } };
