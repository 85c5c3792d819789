import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../components/Button/Button.js';
import { ButtonGroup } from '../components/ButtonGroup/ButtonGroup.js';
import { Container } from '../components/Container/Container.js';
import { Link } from '../components/Link/Link.js';
import { List, ListItem } from '../components/List/List.js';
import { Logo } from '../components/Logo/Logo.js';
import { SenderText } from '../components/SenderText/SenderText.js';
import { SkipLink } from '../components/SkipLink/SkipLink.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { Heading } from '../components/Heading/Heading.js';
import { useDemoText } from '../storybook/demo.js';

const page: CSSProperties = { position: 'relative', backgroundColor: 'var(--gbg-color-surface-default)' };
const band: CSSProperties = { paddingBlock: 'var(--gbg-space-4)' };
const footer: CSSProperties = {
  ...band,
  backgroundColor: 'var(--gbg-color-surface-default)',
  marginBlockStart: 'var(--gbg-space-12)',
};

const meta = {
  title: 'Mönster/Sidhuvud och text',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A service page: skip link first, the logo linking home in the header, a level-1 heading with
 * the ingress, running text with inline and external links, numbered steps, the actions, and a
 * dark footer. Every text is black or white; links are recognised by their underline.
 */
export const Tjanstesida: Story = {
  render: function Render() {
    const t = useDemoText();
    return (
      <div style={page}>
        <SkipLink targetId="huvudinnehall" />
        <Container as="header" style={band}>
          <Stack direction="horizontal" justify="between" align="center" gap="4" wrap>
            <Logo href="/" size="sm" />
            <nav aria-label={t({ sv: 'Huvudmeny', en: 'Main menu', ar: 'القائمة الرئيسية' })}>
              <List variant="none" spacing="compact" style={{ flexDirection: 'row', gap: 'var(--gbg-space-4)' }}>
                <ListItem><Link href="#forskola">{t({ sv: 'Förskola och skola', en: 'Preschool and school', ar: 'الروضة والمدرسة' })}</Link></ListItem>
                <ListItem><Link href="#trafik">{t({ sv: 'Trafik och resor', en: 'Traffic and travel', ar: 'المرور والسفر' })}</Link></ListItem>
              </List>
            </nav>
          </Stack>
        </Container>
        {/* The same Container width as header and footer; the text keeps its measure inside it. */}
        <Container as="main" id="huvudinnehall">
          <Stack gap="6" style={{ maxInlineSize: 'var(--gbg-size-container-narrow)' }}>
            <Stack gap="3">
              <Heading level={1}>{t({ sv: 'Ansök om plats i förskola', en: 'Apply for a preschool place', ar: 'تقديم طلب للحصول على مكان في الروضة' })}</Heading>
              <Text variant="lead">
                {t({
                  sv: 'Ditt barn kan börja i förskola från ett års ålder. Ansök senast fyra månader innan du behöver platsen.',
                  en: 'Your child can start preschool from the age of one. Apply at least four months before you need the place.',
                  ar: 'يمكن لطفلك أن يبدأ الروضة من عمر سنة. قدّم طلبك قبل أربعة أشهر على الأقل من حاجتك إلى المكان.',
                })}
              </Text>
            </Stack>
            <Text measure>
              {t({ sv: 'Avgiften beror på hushållets inkomst. Läs om', en: 'The fee depends on the household’s income. Read about', ar: 'تعتمد الرسوم على دخل الأسرة. اقرأ عن' })}{' '}
              <Link href="#avgifter">{t({ sv: 'avgifter och regler för förskola', en: 'preschool fees and rules', ar: 'رسوم الروضة وقواعدها' })}</Link>
              {t({ sv: ', eller räkna ut ditt barns avgift hos', en: ', or work out your child’s fee at', ar: '، أو احسب رسوم طفلك لدى' })}{' '}
              <Link href="https://www.skolverket.se/" external>Skolverket</Link>.
            </Text>
            <Stack gap="3">
              <Heading level={2}>{t({ sv: 'Så ansöker du', en: 'How to apply', ar: 'كيف تقدّم الطلب' })}</Heading>
              <List variant="ordered" spacing="relaxed">
                <ListItem>{t({ sv: 'Logga in i e-tjänsten med e-legitimation.', en: 'Log in to the e-service with an e-ID.', ar: 'سجّل الدخول إلى الخدمة الإلكترونية بالهوية الإلكترونية.' })}</ListItem>
                <ListItem>{t({ sv: 'Välj upp till fem förskolor i den ordning du vill ha dem.', en: 'Choose up to five preschools in the order you prefer them.', ar: 'اختر حتى خمس رياض أطفال بالترتيب الذي تفضّله.' })}</ListItem>
                <ListItem>{t({ sv: 'Skicka ansökan. Du får ett kvitto med e-post.', en: 'Send the application. You get a receipt by email.', ar: 'أرسل الطلب. ستتلقى إيصالًا بالبريد الإلكتروني.' })}</ListItem>
              </List>
            </Stack>
            <ButtonGroup>
              <Button href="#e-tjanst">{t({ sv: 'Ansök om förskoleplats', en: 'Apply for a preschool place', ar: 'قدّم طلب مكان في الروضة' })}</Button>
              <Button variant="secondary" href="#kontakt">{t({ sv: 'Kontakta oss', en: 'Contact us', ar: 'اتصل بنا' })}</Button>
            </ButtonGroup>
            <Text variant="small">{t({ sv: 'Senast uppdaterad 12 november 2026', en: 'Last updated 12 November 2026', ar: 'آخر تحديث ١٢ نوفمبر ٢٠٢٦' })}</Text>
          </Stack>
        </Container>
        <footer data-gbg-theme="dark" style={footer}>
          <Container>
            <Stack direction="horizontal" align="center" gap="4" wrap>
              <Logo background="dark" size="sm" />
              <SenderText unit={t({ sv: 'Förskoleförvaltningen', en: 'Department of Preschool Education', ar: 'إدارة الروضات' })} />
            </Stack>
          </Container>
        </footer>
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

/**
 * A wholly owned company's page in English: English word mark, English guarantee text and
 * built-in strings from the provider (skip link, external link note).
 */
export const CompanyPageEnglish: Story = {
  globals: { locale: 'en' },
  render: () => (
    <div style={page}>
      <SkipLink />
      <Container as="header" style={band}>
        <Logo href="/" size="sm" />
      </Container>
      <Container as="main" id="main">
        <Stack gap="4" style={{ maxInlineSize: 'var(--gbg-size-container-narrow)' }}>
          <Heading level={1}>Harbour tours</Heading>
          <Text variant="lead">See Gothenburg from the water, from April to October.</Text>
          <Text>
            Tickets are sold on board and at{' '}
            <Link href="https://www.goteborg.com/" external target="_blank">the tourist office</Link>.
          </Text>
        </Stack>
      </Container>
      <Container as="footer" style={{ ...band, marginBlockStart: 'var(--gbg-space-8)' }}>
        <SenderText />
      </Container>
    </div>
  ),
};

/** The service page with Arabic content, right to left (built-in strings in English). */
export const TjanstesidaHogerTillVanster: Story = { ...Tjanstesida, globals: { dir: 'rtl', locale: 'en' }, play: undefined };
