import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { Figure } from '../Figure/Figure.js';
import { park, tram } from '../Figure/__fixtures__/illustration.js';
import { Link } from '../Link/Link.js';
import { Card } from './Card.js';

const meta = {
  title: 'Komponenter/Card',
  component: Card,
  args: {
    heading: 'Hämtning av grovavfall',
    headingLevel: 2,
    children: 'Ställ ut grovavfallet vid gatan före klockan 07 på hämtningsdagen. Hämtningen kostar 450 kronor per tillfälle.',
    footer: 'Uppdaterad 12 november 2026',
  },
  parameters: {
    demoArgs: {
      en: {
        heading: 'Collection of bulky waste',
        children: 'Put the bulky waste out by the street before 7 am on the collection day. Each collection costs 450 kronor.',
        footer: 'Updated 12 November 2026',
      },
      ar: {
        heading: 'جمع النفايات الكبيرة',
        children: 'ضع النفايات الكبيرة عند الشارع قبل الساعة 7 صباحًا في يوم الجمع. تكلفة كل مرة 450 كرونة.',
        footer: 'آخر تحديث 12 نوفمبر 2026',
      },
    } satisfies DemoArgs<typeof Card>,
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Heading, text and a footer line. No image: most cards need none. */
export const Standard: Story = {};

/** With an image on top. It is shown first but read after the heading; decorative here, as the heading says it all. */
export const WithImage: Story = {
  args: {
    media: <Figure src={park} width={1600} height={900} aspectRatio="16/9" decorative />,
    heading: 'Nya lekplatsen i Slottsskogen',
    children: 'Lekplatsen vid Azaleadalen har byggts om och är öppen igen, med gungor för alla åldrar.',
    footer: undefined,
  },
  parameters: {
    demoArgs: {
      en: { heading: 'The new playground in Slottsskogen', children: 'The playground by Azaleadalen has been rebuilt and is open again, with swings for all ages.' },
      ar: { heading: 'الملعب الجديد في سلوتسكوغن', children: 'أُعيد بناء الملعب بجوار أزاليادالن وفُتح من جديد، مع أراجيح لجميع الأعمار.' },
    } satisfies DemoArgs<typeof Card>,
  },
};

/** Actions in the footer: a card with more than one thing to do is a `Card`, not a `LinkCard`. */
export const WithActions: Story = {
  args: { footer: undefined },
  render: (args) => {
    const t = useDemoText();
    return (
      <Card
        {...args}
        footer={
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--gbg-space-3)', alignItems: 'center' }}>
            <Button variant="secondary">{t({ sv: 'Boka hämtning', en: 'Book a collection', ar: 'احجز موعد الجمع' })}</Button>
            <Link href="/avfall/grovavfall">{t({ sv: 'Vad räknas som grovavfall?', en: 'What counts as bulky waste?', ar: 'ما الذي يُعد نفايات كبيرة؟' })}</Link>
          </div>
        }
      />
    );
  },
};

/** The tinted surface, without a line. In forced colours its transparent border still draws the edge. */
export const Subtle: Story = { args: { surface: 'subtle' } };

/** Long heading and text: words wrap, nothing is cut off, the footer stays at the bottom. */
export const LongText: Story = {
  args: {
    heading: 'Tillfälliga ändringar i kollektivtrafiken under ombyggnaden av Hisingsbron och Järntorget',
    children:
      'Under ombyggnaden går spårvagnslinjerna 1, 6 och 11 en annan väg mellan Brunnsparken och Järntorget. Hållplatserna Stenpiren och Domkyrkan trafikeras inte. Ersättningsbussar går var femte minut under rusningstid och var tionde minut övrig tid. Följ skyltarna vid hållplatserna.',
    footer: 'Gäller från 1 december 2026 till och med 30 april 2027',
  },
  parameters: {
    demoArgs: {
      en: {
        heading: 'Temporary changes to public transport while the bridge and the square are rebuilt',
        children:
          'During the works, tram lines 1, 6 and 11 take another route through the city centre. The Stenpiren and Domkyrkan stops are not served. Replacement buses run every five minutes at rush hour and every ten minutes at other times. Follow the signs at the stops.',
        footer: 'Valid from 1 December 2026 to 30 April 2027',
      },
      ar: {
        heading: 'تغييرات مؤقتة في النقل العام أثناء إعادة بناء جسر هيسينغ ويارنتوريت',
        children:
          'أثناء الأعمال تسلك خطوط الترام 1 و6 و11 طريقًا آخر بين برونسباركن ويارنتوريت. لا تتوقف الترامات في محطتي ستينبيرن ودومكيركان. تسير حافلات بديلة كل خمس دقائق في أوقات الذروة وكل عشر دقائق في الأوقات الأخرى. اتبع اللافتات عند المحطات.',
        footer: 'ساري من 1 ديسمبر 2026 حتى 30 أبريل 2027',
      },
    } satisfies DemoArgs<typeof Card>,
  },
};

/** Cards in a grid, as a list under a section heading (so the cards' headings are h3). Footers line up. */
export const GridOfCards: Story = {
  render: () => {
    const t = useDemoText();
    const cards = [
      {
        image: tram,
        heading: t({ sv: 'Spårvagn till Angered', en: 'Tram to Angered', ar: 'الترام إلى أنجيريد' }),
        text: t({ sv: 'Linje 4 och 9 går tätare under vardagar.', en: 'Lines 4 and 9 run more often on weekdays.', ar: 'يسير الخطان 4 و9 بوتيرة أعلى في أيام الأسبوع.' }),
        footer: t({ sv: 'Trafik', en: 'Transport', ar: 'النقل' }),
      },
      {
        image: park,
        heading: t({ sv: 'Parker och grönområden', en: 'Parks and green spaces', ar: 'الحدائق والمساحات الخضراء' }),
        text: t({ sv: 'Hitta lekplatser, grillplatser och utegym nära dig. Alla parker är öppna dygnet runt.', en: 'Find playgrounds, barbecue areas and outdoor gyms near you. All parks are open around the clock.', ar: 'اعثر على الملاعب وأماكن الشواء والصالات الرياضية الخارجية بالقرب منك. جميع الحدائق مفتوحة على مدار الساعة.' }),
        footer: t({ sv: 'Natur och fritid', en: 'Nature and leisure', ar: 'الطبيعة والترفيه' }),
      },
      {
        image: undefined,
        heading: t({ sv: 'Bibliotek', en: 'Libraries', ar: 'المكتبات' }),
        text: t({ sv: 'Låna böcker, film och spel.', en: 'Borrow books, films and games.', ar: 'استعر الكتب والأفلام والألعاب.' }),
        footer: t({ sv: 'Kultur', en: 'Culture', ar: 'الثقافة' }),
      },
    ];
    return (
      <section aria-labelledby="card-grid-heading">
        <h2 id="card-grid-heading" style={{ marginBlockStart: 0 }}>
          {t({ sv: 'Aktuellt i staden', en: 'News from the city', ar: 'أخبار المدينة' })}
        </h2>
        <ul style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(16rem, 100%), 1fr))', gap: 'var(--gbg-space-4)', listStyle: 'none', margin: 0, padding: 0 }}>
          {cards.map((card) => (
            <li key={card.heading} style={{ display: 'grid' }}>
              <Card
                headingLevel={3}
                heading={card.heading}
                media={card.image ? <Figure src={card.image} width={1600} height={900} aspectRatio="16/9" decorative /> : undefined}
                footer={card.footer}
              >
                {card.text}
              </Card>
            </li>
          ))}
        </ul>
      </section>
    );
  },
};

/** Dark theme: the surface and line come from the dark tokens, the text is white. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
