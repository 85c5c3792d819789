import { ChatIcon, ImageIcon, VideoIcon } from '@goteborgsstad/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { dictionaries } from '../../i18n/index.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Link } from '../Link/Link.js';
import { Footer, type FooterLinkGroup, type FooterSocialLink } from './Footer.js';

const contact = {
  sv: (
    <>
      <p>Göteborgs Stad, 404 82 Göteborg</p>
      <p>
        Telefon: <Link href="tel:+46313650000">031-365 00 00</Link>
      </p>
      <p>
        E-post: <Link href="mailto:goteborgs.stad@goteborg.se">goteborgs.stad@goteborg.se</Link>
      </p>
    </>
  ),
  en: (
    <>
      <p>City of Gothenburg, SE-404 82 Gothenburg, Sweden</p>
      <p>
        Phone: <Link href="tel:+46313650000">+46 31 365 00 00</Link>
      </p>
      <p>
        Email: <Link href="mailto:goteborgs.stad@goteborg.se">goteborgs.stad@goteborg.se</Link>
      </p>
    </>
  ),
  ar: (
    <>
      <p>مدينة يوتبوري، ‎404 82‎ يوتبوري، السويد</p>
      <p>
        الهاتف: <Link href="tel:+46313650000">‎+46 31 365 00 00‎</Link>
      </p>
      <p>
        البريد الإلكتروني: <Link href="mailto:goteborgs.stad@goteborg.se">goteborgs.stad@goteborg.se</Link>
      </p>
    </>
  ),
};

const groups: Record<'sv' | 'en' | 'ar', FooterLinkGroup[]> = {
  sv: [
    {
      heading: 'Om Göteborgs Stad',
      links: [
        { label: 'Så styrs Göteborgs Stad', href: '#styrning' },
        { label: 'Nyheter och press', href: '#press' },
        { label: 'Lediga jobb', href: '#jobb' },
      ],
    },
    {
      heading: 'Självservice',
      links: [
        { label: 'E-tjänster och blanketter', href: '#e-tjanster' },
        { label: 'Synpunkter och klagomål', href: '#synpunkter' },
        { label: 'Vårt Göteborg', href: 'https://vartgoteborg.se/', external: true },
      ],
    },
  ],
  en: [
    {
      heading: 'About the City of Gothenburg',
      links: [
        { label: 'How the city is governed', href: '#styrning' },
        { label: 'News and press', href: '#press' },
        { label: 'Vacancies', href: '#jobb' },
      ],
    },
    {
      heading: 'Self-service',
      links: [
        { label: 'E-services and forms', href: '#e-tjanster' },
        { label: 'Comments and complaints', href: '#synpunkter' },
        { label: 'City news (in Swedish)', href: 'https://vartgoteborg.se/', external: true },
      ],
    },
  ],
  ar: [
    {
      heading: 'عن مدينة يوتبوري',
      links: [
        { label: 'كيف تُدار المدينة', href: '#styrning' },
        { label: 'الأخبار والصحافة', href: '#press' },
        { label: 'الوظائف الشاغرة', href: '#jobb' },
      ],
    },
    {
      heading: 'الخدمة الذاتية',
      links: [
        { label: 'الخدمات الإلكترونية والاستمارات', href: '#e-tjanster' },
        { label: 'الملاحظات والشكاوى', href: '#synpunkter' },
        { label: 'أخبار المدينة (بالسويدية)', href: 'https://vartgoteborg.se/', external: true },
      ],
    },
  ],
};

const social: FooterSocialLink[] = [
  { label: 'Facebook', href: 'https://www.facebook.com/goteborgsstad', icon: ChatIcon },
  { label: 'Instagram', href: 'https://www.instagram.com/goteborgsstad', icon: ImageIcon },
  { label: 'YouTube', href: 'https://www.youtube.com/goteborgsstad', icon: VideoIcon },
];

const meta = {
  title: 'Komponenter/Footer',
  component: Footer,
  parameters: {
    layout: 'fullscreen',
    demoArgs: {
      en: { contact: contact.en, groups: groups.en },
      ar: { contact: contact.ar, groups: groups.ar },
    } satisfies DemoArgs<typeof Footer>,
  },
  args: {
    contact: contact.sv,
    groups: groups.sv,
    social,
    accessibilityHref: '#tillganglighet',
    aboutHref: '#om-webbplatsen',
    cookiesHref: '#kakor',
  },
} satisfies Meta<typeof Footer>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The city's footer on Göteborgsblå: contact, link groups, social links with their names, and
 * the accessibility statement, about and cookie links. White text throughout.
 */
export const Default: Story = {};

/** Black instead of Göteborgsblå. */
export const Black: Story = { args: { background: 'black' } };

/** Only what every page must have: the accessibility statement, about and cookies. */
export const Minimal: Story = {
  args: { contact: undefined, groups: undefined, social: undefined },
  // Leaves out the contact and groups the meta's English and Arabic demo args would fill in.
  render: ({ contact: _contact, groups: _groups, ...args }) => <Footer {...args} />,
};

/** A unit with an approved special profile: "Göteborgs konserthus är en del av Göteborgs Stad". */
export const GuaranteeUnit: Story = {
  args: {
    guarantee: { kind: 'unit', name: 'Göteborgs konserthus' },
    groups: [{ heading: 'Besök oss', links: [{ label: 'Hitta hit', href: '#hitta-hit' }, { label: 'Biljetter', href: '#biljetter' }] }],
    social: undefined,
  },
  parameters: {
    demoArgs: {
      en: {
        guarantee: { kind: 'unit', name: 'Gothenburg Concert Hall' },
        groups: [{ heading: 'Visit us', links: [{ label: 'Getting here', href: '#hitta-hit' }, { label: 'Tickets', href: '#biljetter' }] }],
      },
      ar: {
        guarantee: { kind: 'unit', name: 'قاعة الحفلات الموسيقية في يوتبوري' },
        groups: [{ heading: 'زورونا', links: [{ label: 'كيفية الوصول', href: '#hitta-hit' }, { label: 'التذاكر', href: '#biljetter' }] }],
      },
    },
  },
};

/** A wholly owned company: "En del av Göteborgs Stad". */
export const GuaranteeCompany: Story = {
  args: { guarantee: { kind: 'company' }, background: 'black', social: undefined },
};

/** Extra content after the groups. */
export const WithExtraContent: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <Footer {...args}>
        <p style={{ margin: 0 }}>
          {t({ sv: 'Prenumerera på ', en: 'Subscribe to ', ar: 'اشترك في ' })}
          <Link href="#nyhetsbrev">{t({ sv: 'stadens nyhetsbrev', en: 'the city’s newsletter', ar: 'النشرة الإخبارية للمدينة' })}</Link>
          {t({ sv: ' och få nyheter varje vecka.', en: ' and get news every week.', ar: ' واحصل على الأخبار كل أسبوع.' })}
        </p>
      </Footer>
    );
  },
};

/** Long link texts and addresses break rather than overflow at 320 px. */
export const LongContent: Story = {
  args: {
    contact: <p>Stadsbyggnadsförvaltningen, Köpmansgatan 20, 404 82 Göteborg, stadsbyggnadskontoret.registrator@sbk.goteborg.se</p>,
    groups: [{ heading: 'Tillstånd och anmälningspliktiga verksamheter inom miljö och hälsoskydd', links: [{ label: 'Ansökan om tillstånd för tillfällig användning av offentlig plats', href: '#lang' }] }],
  },
  parameters: {
    demoArgs: {
      en: {
        contact: <p>Urban Planning Administration, <span lang="sv">Köpmansgatan</span> 20, SE-404 82 Gothenburg, stadsbyggnadskontoret.registrator@sbk.goteborg.se</p>,
        groups: [{ heading: 'Permits and notifiable activities in environmental and public health protection', links: [{ label: 'Application for a permit for temporary use of a public place', href: '#lang' }] }],
      },
      ar: {
        contact: <p>إدارة التخطيط العمراني، <span lang="sv">Köpmansgatan</span> 20، ‎404 82‎ يوتبوري، stadsbyggnadskontoret.registrator@sbk.goteborg.se</p>,
        groups: [{ heading: 'التصاريح والأنشطة الخاضعة للإبلاغ في مجال حماية البيئة والصحة العامة', links: [{ label: 'طلب تصريح للاستخدام المؤقت لمكان عام', href: '#lang' }] }],
      },
    },
  },
};

/** Keyboard focus: the white-and-black ring shows on Göteborgsblå. */
export const Focused: Story = {
  args: { contact: undefined, groups: undefined, social: undefined },
  render: Minimal.render,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const statement = canvas.getByRole('link', { name: dictionaries[globals.locale === 'en' ? 'en' : 'sv'].footer.accessibility });
    await expect(statement).toHaveFocus();
    const style = getComputedStyle(statement);
    await expect(style.outlineStyle).toBe('solid');
    await expect(parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** In the dark theme the footer looks the same: it always renders its content dark. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English: built-in headings and links in English, demo content in English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { guarantee: { kind: 'company' } },
};

/** Right to left with Arabic content. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
};
