import { LogInIcon } from '@goteborgsstad/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../components/Button/Button.js';
import { Container } from '../components/Container/Container.js';
import { Footer } from '../components/Footer/Footer.js';
import { Header } from '../components/Header/Header.js';
import { Heading } from '../components/Heading/Heading.js';
import { LanguageSwitcher } from '../components/LanguageSwitcher/LanguageSwitcher.js';
import { Link } from '../components/Link/Link.js';
import { SearchField } from '../components/SearchField/SearchField.js';
import { SkipLink } from '../components/SkipLink/SkipLink.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoText } from '../storybook/demo.js';

const meta = {
  title: 'Mönster/Sidram',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The frame every page shares: skip link, Header (logo home, search, languages, primary
 * navigation, sign-in), `main` with the page's single level-1 heading, and Footer. Landmarks:
 * banner, search, navigation "Språk", navigation "Huvudmeny", main, contentinfo.
 */
export const Sidram: Story = {
  render: function Render() {
    const t = useDemoText();
    return (
    <div style={{ display: 'flex', flexDirection: 'column', minBlockSize: '100vh' }}>
      <SkipLink targetId="huvudinnehall" />
      <Header
        homeHref="#start"
        serviceName={t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' })}
        serviceHref="#forskola"
        search={<SearchField action="#sok" searchLabel={t({ sv: 'Sök på webbplatsen', en: 'Search the website', ar: 'ابحث في الموقع' })} />}
        languages={
          <LanguageSwitcher
            current={t({ sv: 'sv', en: 'en', ar: 'ar' })}
            languages={[
              { lang: 'sv', href: '#sv' },
              { lang: 'en', href: '#en' },
              { lang: 'ar', href: '#ar' },
            ]}
          />
        }
        navigation={[
          { label: t({ sv: 'Hitta förskola', en: 'Find a preschool', ar: 'ابحث عن روضة' }), href: '#hitta' },
          { label: t({ sv: 'Ansök', en: 'Apply', ar: 'قدّم طلبًا' }), href: '#ansok', current: true },
          { label: t({ sv: 'Avgifter', en: 'Fees', ar: 'الرسوم' }), href: '#avgifter' },
        ]}
        actions={
          <Button variant="secondary" size="sm" href="#logga-in" iconBefore={LogInIcon}>
            {t({ sv: 'Logga in', en: 'Log in', ar: 'تسجيل الدخول' })}
          </Button>
        }
      />
      {/* The same Container width as Header and Footer; the text keeps its measure inside it. */}
      <Container as="main" id="huvudinnehall" tabIndex={-1} style={{ flex: 1, paddingBlock: 'var(--gbg-space-8)' }}>
        <Stack gap="4" style={{ maxInlineSize: 'var(--gbg-size-container-narrow)' }}>
          <Heading level={1}>{t({ sv: 'Ansök om plats i förskola', en: 'Apply for a preschool place', ar: 'تقديم طلب للحصول على مكان في الروضة' })}</Heading>
          <Text variant="lead">{t({ sv: 'Ansök senast fyra månader innan du behöver platsen.', en: 'Apply at least four months before you need the place.', ar: 'قدّم طلبك قبل أربعة أشهر على الأقل من حاجتك إلى المكان.' })}</Text>
          <Text>
            {t({ sv: 'Läs om', en: 'Read about', ar: 'اقرأ عن' })} <Link href="#avgifter">{t({ sv: 'avgifter för förskola', en: 'preschool fees', ar: 'رسوم الروضة' })}</Link>{' '}
            {t({ sv: 'innan du ansöker.', en: 'before you apply.', ar: 'قبل أن تقدّم طلبك.' })}
          </Text>
        </Stack>
      </Container>
      <Footer
        contact={<p>{t({ sv: 'Förskoleförvaltningen, 404 82 Göteborg', en: 'Department of Preschool Education, SE-404 82 Gothenburg', ar: 'إدارة الروضات، 404\u00a082 يوتيبوري' })}</p>}
        groups={[
          {
            heading: t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' }),
            links: [
              { label: t({ sv: 'Hitta förskola', en: 'Find a preschool', ar: 'ابحث عن روضة' }), href: '#hitta' },
              { label: t({ sv: 'Avgifter', en: 'Fees', ar: 'الرسوم' }), href: '#avgifter' },
            ],
          },
        ]}
        accessibilityHref="#tillganglighet"
        aboutHref="#om-webbplatsen"
        cookiesHref="#kakor"
      />
    </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

/** English throughout (demo content and built-in strings). */
export const SidramEnglish: Story = { ...Sidram, globals: { locale: 'en' }, play: undefined };

/** Right to left with Arabic content (built-in strings in English). */
export const SidramHogerTillVanster: Story = { ...Sidram, globals: { dir: 'rtl', locale: 'en' }, play: undefined };
