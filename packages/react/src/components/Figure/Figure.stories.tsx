import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Figure } from './Figure.js';
import { park, tram } from './__fixtures__/illustration.js';

const meta = {
  title: 'Komponenter/Figure',
  component: Figure,
  args: {
    src: tram,
    width: 1600,
    height: 900,
    alt: 'Spårvagn vid en hållplats under kontaktledningen',
    caption: 'Från och med måndag går linje 6 var tionde minut även på kvällen.',
    credit: 'Illustration: Göteborgs Stad',
  },
  parameters: {
    demoArgs: {
      en: {
        alt: 'A tram at a stop under the overhead wire',
        caption: 'From Monday, line 6 runs every ten minutes in the evening too.',
        credit: 'Illustration: City of Gothenburg',
      },
      ar: {
        alt: 'ترام عند محطة تحت السلك الكهربائي',
        caption: 'ابتداءً من يوم الاثنين يسير الخط 6 كل عشر دقائق في المساء أيضًا.',
        credit: 'رسم توضيحي: مدينة يوتبوري',
      },
    } satisfies DemoArgs<typeof Figure>,
  },
} satisfies Meta<typeof Figure>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An image with its caption and credit. The text alternative says what the image shows. */
export const Standard: Story = {};

/** Cropped to a shape whatever the image's own proportions (`aspectRatio`). */
export const Cropped: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))' }}>
        <Figure
          src={tram}
          width={1600}
          height={900}
          aspectRatio="4/3"
          alt={t({ sv: 'Spårvagn vid en hållplats', en: 'A tram at a stop', ar: 'ترام عند محطة' })}
          caption="4/3"
        />
        <Figure
          src={park}
          width={1600}
          height={900}
          aspectRatio="1/1"
          alt={t({ sv: 'Träd och en parkbänk', en: 'Trees and a park bench', ar: 'أشجار ومقعد في حديقة' })}
          caption="1/1"
        />
      </div>
    );
  },
};

/** Decorative: the text beside it says it all, so the image is hidden from screen readers (`alt=""`). */
export const Decorative: Story = {
  args: { decorative: true, alt: undefined, caption: undefined, credit: undefined, src: park },
};

/** Without caption: only the image and its text alternative. */
export const WithoutCaption: Story = {
  args: { caption: undefined, credit: undefined },
};

/** A long caption wraps under the image; the credit follows it. */
export const LongCaption: Story = {
  args: {
    caption:
      'Kulturförvaltningens och stadsbyggnadskontorets gemensamma arbete med den nya parken vid älven pågår under hela sommaren, och gångvägarna kan vara avstängda under kortare perioder.',
  },
  parameters: {
    demoArgs: {
      en: {
        caption:
          'The culture administration and the city planning office are working together on the new riverside park all summer, and the footpaths may be closed for short periods.',
      },
      ar: {
        caption: 'يستمر العمل المشترك على الحديقة الجديدة عند النهر طوال الصيف، وقد تُغلق ممرات المشاة لفترات قصيرة.',
      },
    } satisfies DemoArgs<typeof Figure>,
  },
};

/** Dark theme: caption in white. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: the caption and credit start at the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
