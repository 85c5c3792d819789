import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Figure } from '../Figure/Figure.js';
import { park, tram } from '../Figure/__fixtures__/illustration.js';
import { LinkCard } from './LinkCard.js';

const meta = {
  title: 'Komponenter/LinkCard',
  component: LinkCard,
  args: {
    href: '/forskola',
    heading: 'Förskola',
    headingLevel: 2,
    children: 'Ansök om plats, byt förskola eller säg upp platsen.',
  },
  parameters: {
    demoArgs: {
      en: { heading: 'Preschool', children: 'Apply for a place, change preschool or give up the place.' },
      ar: { heading: 'الروضة', children: 'قدّم طلبًا للحصول على مكان، أو غيّر الروضة، أو ألغِ المكان.' },
    } satisfies DemoArgs<typeof LinkCard>,
  },
} satisfies Meta<typeof LinkCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole card is one link: its name is the heading, the text describes what is behind it. */
export const Standard: Story = {};

/** With a decorative image on top and a quiet meta line. */
export const WithImage: Story = {
  args: {
    href: '/trafik/sparvagn',
    media: <Figure src={tram} width={1600} height={900} aspectRatio="16/9" decorative />,
    heading: 'Nya tider för spårvagnen',
    children: 'Från och med måndag går linje 6 var tionde minut även på kvällen.',
    meta: '12 november 2026',
  },
  parameters: {
    demoArgs: {
      en: { heading: 'New tram times', children: 'From Monday, line 6 runs every ten minutes in the evening too.', meta: '12 November 2026' },
      ar: { heading: 'مواعيد جديدة للترام', children: 'ابتداءً من يوم الاثنين يسير الخط 6 كل عشر دقائق في المساء أيضًا.', meta: '12 نوفمبر 2026' },
    } satisfies DemoArgs<typeof LinkCard>,
  },
};

/** Keyboard focus: the ring goes around the whole card. */
export const Focused: Story = {
  // Photographed after the play function, so the screenshots show the ring in every mode.
  parameters: { visual: { play: true } },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLAnchorElement>('.gbg-link-card-link')?.focus({ focusVisible: true } as FocusOptions);
  },
};

/** Leads to another website: the link says so to screen readers. */
export const External: Story = {
  args: {
    href: 'https://www.vasttrafik.se/',
    external: true,
    heading: 'Västtrafik',
    children: 'Reseplanerare, biljetter och trafikläget för bussar, spårvagnar och båtar.',
  },
  parameters: {
    demoArgs: {
      en: { heading: 'Regional public transport', children: 'Journey planner, tickets and service updates for buses, trams and boats.' },
      ar: { heading: 'فيستترافيك', children: 'مخطط الرحلات والتذاكر وحالة حركة الحافلات والترام والقوارب.' },
    } satisfies DemoArgs<typeof LinkCard>,
  },
};

/** Long heading and text wrap; the whole card stays the target. */
export const LongText: Story = {
  args: {
    href: '/bygga-bo/bygglov',
    heading: 'Bygglov, marklov, rivningslov och anmälan för attefallshus och komplementbyggnader',
    children:
      'Se när du behöver lov eller anmälan, vad ansökan ska innehålla, hur lång tid handläggningen tar och vad det kostar. Du kan ansöka digitalt med e-legitimation dygnet runt.',
    meta: 'Bygga och bo',
  },
  parameters: {
    demoArgs: {
      en: {
        heading: 'Building, site, demolition permits and notifications for small extra houses and outbuildings',
        children: 'See when you need a permit or a notification, what the application must contain, how long it takes and what it costs. You can apply online with an e-ID at any time.',
        meta: 'Building and housing',
      },
      ar: {
        heading: 'تراخيص البناء والأرض والهدم والإشعار للمنازل الصغيرة الإضافية والمباني الملحقة',
        children: 'اعرف متى تحتاج إلى ترخيص أو إشعار، وما يجب أن يتضمنه الطلب، وكم يستغرق من الوقت وكم يكلف. يمكنك التقديم إلكترونيًا بالهوية الإلكترونية في أي وقت.',
        meta: 'البناء والسكن',
      },
    } satisfies DemoArgs<typeof LinkCard>,
  },
};

/** A grid of link cards as a list under a section heading; the cards' headings are h3. */
export const GridOfCards: Story = {
  render: () => {
    const t = useDemoText();
    const services = [
      { href: '/forskola', image: park, heading: t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' }), text: t({ sv: 'Ansök om plats, byt förskola eller säg upp platsen.', en: 'Apply for a place, change preschool or give up the place.', ar: 'قدّم طلبًا للحصول على مكان، أو غيّر الروضة، أو ألغِ المكان.' }) },
      { href: '/bygglov', image: undefined, heading: t({ sv: 'Bygglov', en: 'Building permits', ar: 'تراخيص البناء' }), text: t({ sv: 'Se när du behöver bygglov och ansök digitalt.', en: 'See when you need a building permit and apply online.', ar: 'اعرف متى تحتاج إلى ترخيص بناء وقدّم طلبك إلكترونيًا.' }) },
      { href: '/avfall', image: tram, heading: t({ sv: 'Avfall och återvinning', en: 'Waste and recycling', ar: 'النفايات وإعادة التدوير' }), text: t({ sv: 'Hämtningsdagar, återvinningscentraler och grovavfall.', en: 'Collection days, recycling centres and bulky waste.', ar: 'أيام الجمع ومراكز إعادة التدوير والنفايات الكبيرة.' }) },
    ];
    return (
      <section aria-labelledby="link-card-grid-heading">
        <h2 id="link-card-grid-heading" style={{ marginBlockStart: 0 }}>
          {t({ sv: 'Populära tjänster', en: 'Popular services', ar: 'خدمات شائعة' })}
        </h2>
        <ul style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(16rem, 100%), 1fr))', gap: 'var(--gbg-space-4)', listStyle: 'none', margin: 0, padding: 0 }}>
          {services.map((service) => (
            <li key={service.href} style={{ display: 'grid' }}>
              <LinkCard
                href={service.href}
                headingLevel={3}
                heading={service.heading}
                media={service.image ? <Figure src={service.image} width={1600} height={900} aspectRatio="16/9" decorative /> : undefined}
                surface="subtle"
              >
                {service.text}
              </LinkCard>
            </li>
          ))}
        </ul>
      </section>
    );
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
