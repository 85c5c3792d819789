import type { Meta, StoryObj } from '@storybook/react-vite';
import { ContactCard } from '../components/ContactCard/ContactCard.js';
import { Container } from '../components/Container/Container.js';
import { FactBox } from '../components/FactBox/FactBox.js';
import { Grid } from '../components/Grid/Grid.js';
import { Heading } from '../components/Heading/Heading.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { useDemoText } from '../storybook/demo.js';

const meta = {
  title: 'Mönster/Faktaruta och kontakt på en artikelsida',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The article and, in the sidebar column, who to contact. Shared by the stories below as their
 * `render`, so "Show code" prints the JSX with its text.
 */
function ArticleWithFacts() {
  const t = useDemoText();
  return (
    <Container as="article" size="wide">
      <Grid layout="main-sidebar" gap="8">
        <Stack gap="4">
          <Heading level={1}>
            {t({ sv: 'Kungsparken rustas upp', en: 'The King’s Park is being restored', ar: 'ترميم حديقة الملك' })}
          </Heading>
          <Text variant="lead">
            {t({
              sv: 'Gångvägarna i Kungsparken byggs om, och nya bänkar och belysning kommer på plats. Parken är öppen under hela arbetet.',
              en: 'The paths in the King’s Park are rebuilt, and new benches and lighting are put in. The park stays open throughout the work.',
              ar: 'يُعاد بناء ممرات حديقة الملك، وتُركَّب مقاعد وإنارة جديدة. تبقى الحديقة مفتوحة طوال فترة العمل.',
            })}
          </Text>
          <Text>
            {t({
              sv: 'Arbetet görs i etapper, så att det alltid går att ta sig genom parken. Skyltar visar vilka vägar som är stängda just nu.',
              en: 'The work is done in stages, so that you can always get through the park. Signs show which paths are closed right now.',
              ar: 'يُنفَّذ العمل على مراحل حتى يمكن دائمًا عبور الحديقة. تُظهر اللافتات الممرات المغلقة حاليًا.',
            })}
          </Text>
          <FactBox headingLevel={2} heading={t({ sv: 'Fakta om upprustningen', en: 'Facts about the restoration', ar: 'حقائق عن الترميم' })}>
            <ul>
              <li>{t({ sv: 'Start: april 2027', en: 'Starts: April 2027', ar: 'البدء: أبريل 2027' })}</li>
              <li>{t({ sv: 'Klart: november 2027', en: 'Finished: November 2027', ar: 'الانتهاء: نوفمبر 2027' })}</li>
              <li>{t({ sv: 'Kostnad: 18 miljoner kronor', en: 'Cost: 18 million kronor', ar: 'التكلفة: 18 مليون كرونة' })}</li>
            </ul>
          </FactBox>
          <Text>
            {t({
              sv: 'Träden i parken skyddas under arbetet. Två sjuka almar ersätts med nya träd av samma sort.',
              en: 'The trees in the park are protected during the work. Two diseased elms are replaced with new trees of the same kind.',
              ar: 'تُحمى الأشجار في الحديقة أثناء العمل. تُستبدل شجرتا دردار مريضتان بأشجار جديدة من النوع نفسه.',
            })}
          </Text>
        </Stack>
        <FactBox aside headingLevel={2} heading={t({ sv: 'Frågor om arbetet', en: 'Questions about the work', ar: 'أسئلة حول العمل' })}>
          <ContactCard
            headingLevel={3}
            name={t({ sv: 'Park- och naturförvaltningen', en: 'Parks and Nature Administration', ar: 'إدارة الحدائق والطبيعة' })}
            affiliation={t({ sv: 'Projektledning Kungsparken', en: 'King’s Park project team', ar: 'فريق مشروع حديقة الملك' })}
            phone="031-365 00 00"
            email="park.natur@goteborg.se"
            visitingAddress={[
              'Gustaf Adolfs torg 4A',
              t({ sv: '411 10 Göteborg', en: '411 10 Gothenburg', ar: '411\u00a010 يوتيبوري' }),
            ]}
            openingHours={[{ days: ['monday', 'friday'], opens: '08:00', closes: '16:00' }]}
          />
        </FactBox>
      </Grid>
    </Container>
  );
}

/**
 * An article with a fact box in the text (a `section`, h2) and, in the sidebar column, an
 * `aside` fact box holding the contact card (h3 under its h2). On narrow screens the sidebar
 * follows the article.
 */
export const FaktarutaOchKontakt: Story = {
  name: 'Faktaruta och kontakt',
  render: ArticleWithFacts,
};

/** Dark theme. */
export const FaktarutaOchKontaktMorkt: Story = {
  name: 'Faktaruta och kontakt, mörkt',
  globals: { theme: 'dark' },
  render: ArticleWithFacts,
};

/** Right to left with Arabic content; built-in strings, day names and times in English. */
export const FaktarutaOchKontaktHogerTillVanster: Story = {
  name: 'Faktaruta och kontakt, höger till vänster',
  globals: { dir: 'rtl', locale: 'en' },
  render: ArticleWithFacts,
};
