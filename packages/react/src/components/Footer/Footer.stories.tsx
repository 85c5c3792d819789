import { ChatIcon, ImageIcon, VideoIcon } from '@goteborgsstad/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from '../Link/Link.js';
import { Footer, type FooterLinkGroup, type FooterSocialLink } from './Footer.js';

const contact = (
  <>
    <p>Göteborgs Stad, 404 82 Göteborg</p>
    <p>
      Telefon: <Link href="tel:+46313650000">031-365 00 00</Link>
    </p>
    <p>
      E-post: <Link href="mailto:goteborgs.stad@goteborg.se">goteborgs.stad@goteborg.se</Link>
    </p>
  </>
);

const groups: FooterLinkGroup[] = [
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
];

const social: FooterSocialLink[] = [
  { label: 'Facebook', href: 'https://www.facebook.com/goteborgsstad', icon: ChatIcon },
  { label: 'Instagram', href: 'https://www.instagram.com/goteborgsstad', icon: ImageIcon },
  { label: 'YouTube', href: 'https://www.youtube.com/goteborgsstad', icon: VideoIcon },
];

const meta = {
  title: 'Komponenter/Footer',
  component: Footer,
  parameters: { layout: 'fullscreen' },
  args: {
    contact,
    groups,
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
};

/** A unit with an approved special profile: "Göteborgs konserthus är en del av Göteborgs Stad". */
export const GuaranteeUnit: Story = {
  args: {
    guarantee: { kind: 'unit', name: 'Göteborgs konserthus' },
    groups: [{ heading: 'Besök oss', links: [{ label: 'Hitta hit', href: '#hitta-hit' }, { label: 'Biljetter', href: '#biljetter' }] }],
    social: undefined,
  },
};

/** A wholly owned company: "En del av Göteborgs Stad". */
export const GuaranteeCompany: Story = {
  args: { guarantee: { kind: 'company' }, background: 'black', social: undefined },
};

/** Extra content after the groups. */
export const WithExtraContent: Story = {
  args: {
    children: (
      <p style={{ margin: 0 }}>
        Prenumerera på <Link href="#nyhetsbrev">stadens nyhetsbrev</Link> och få nyheter varje vecka.
      </p>
    ),
  },
};

/** Long link texts and addresses break rather than overflow at 320 px. */
export const LongContent: Story = {
  args: {
    contact: <p>Stadsbyggnadsförvaltningen, Köpmansgatan 20, 404 82 Göteborg, stadsbyggnadskontoret.registrator@sbk.goteborg.se</p>,
    groups: [{ heading: 'Tillstånd och anmälningspliktiga verksamheter inom miljö och hälsoskydd', links: [{ label: 'Ansökan om tillstånd för tillfällig användning av offentlig plats', href: '#lang' }] }],
  },
};

/** Keyboard focus: the white-and-black ring shows on Göteborgsblå. */
export const Focused: Story = {
  args: { contact: undefined, groups: undefined, social: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const statement = canvas.getByRole('link', { name: 'Tillgänglighetsredogörelse' });
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
  args: {
    contact: (
      <p>
        City of Gothenburg, SE-404 82 Gothenburg. Phone: <Link href="tel:+46313650000">+46 31 365 00 00</Link>
      </p>
    ),
    groups: [
      { heading: 'About the city', links: [{ label: 'How Gothenburg is governed', href: '#governance' }, { label: 'Work for us', href: '#jobs' }] },
    ],
    guarantee: { kind: 'company' },
  },
};

/** Right to left with Arabic content. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    contact: <p>مدينة غوتنبرغ، ‎404 82‎ غوتنبرغ</p>,
    groups: [{ heading: 'عن المدينة', links: [{ label: 'معلومات بلغات أخرى', href: '#ar' }, { label: 'وظائف شاغرة', href: '#jobs' }] }],
  },
};
