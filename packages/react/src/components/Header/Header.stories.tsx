import { LogInIcon, UserIcon } from '@goteborgsstad/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type DemoArgs } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { LanguageSwitcher, type LanguageSwitcherLanguage } from '../LanguageSwitcher/LanguageSwitcher.js';
import { SearchField } from '../SearchField/SearchField.js';
import { Header, type HeaderNavItem } from './Header.js';

const navigation: HeaderNavItem[] = [
  { label: 'Förskola och skola', href: '#forskola-och-skola', current: true },
  { label: 'Bygga, bo och miljö', href: '#bygga-bo-miljo' },
  { label: 'Trafik och resor', href: '#trafik' },
  { label: 'Kultur och fritid', href: '#kultur' },
  { label: 'Omsorg och stöd', href: '#omsorg' },
  { label: 'Jobb och företag', href: '#jobb' },
];

const navigationEn: HeaderNavItem[] = [
  { label: 'Preschool and school', href: '#forskola-och-skola', current: true },
  { label: 'Building, housing and environment', href: '#bygga-bo-miljo' },
  { label: 'Transport and travel', href: '#trafik' },
  { label: 'Culture and leisure', href: '#kultur' },
  { label: 'Care and support', href: '#omsorg' },
  { label: 'Jobs and business', href: '#jobb' },
];

const navigationAr: HeaderNavItem[] = [
  { label: 'الروضة والمدرسة', href: '#forskola-och-skola', current: true },
  { label: 'البناء والسكن والبيئة', href: '#bygga-bo-miljo' },
  { label: 'المواصلات والسفر', href: '#trafik' },
  { label: 'الثقافة والترفيه', href: '#kultur' },
  { label: 'الرعاية والدعم', href: '#omsorg' },
  { label: 'العمل والأعمال', href: '#jobb' },
];

const languages: LanguageSwitcherLanguage[] = [
  { lang: 'sv', href: '#sv' },
  { lang: 'en', href: '#en' },
  { lang: 'ar', href: '#ar' },
  { lang: 'fi', href: '#fi' },
  { lang: 'so', href: '#so' },
];

const meta = {
  title: 'Komponenter/Header',
  component: Header,
  parameters: { layout: 'fullscreen' },
  args: { homeHref: '#start' },
} satisfies Meta<typeof Header>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The city's site header: logo linking home, language choice, primary navigation with the
 * current section marked, and search. Below 768 px the navigation, search and languages sit
 * behind the "Meny" button (after hydration; without JavaScript they stay visible).
 */
export const Default: Story = {
  args: {
    navigation,
    search: <SearchField action="#sok" searchLabel="Sök på webbplatsen" />,
    languages: <LanguageSwitcher languages={languages} current="sv" />,
  },
  parameters: {
    demoArgs: {
      en: {
        navigation: navigationEn,
        search: <SearchField action="#sok" searchLabel="Search the website" />,
        languages: <LanguageSwitcher languages={languages} current="en" />,
      },
      ar: {
        navigation: navigationAr,
        navigationLabel: 'القائمة الرئيسية',
        search: <SearchField action="#sok" label="بحث" searchLabel="ابحث في الموقع" />,
        languages: <LanguageSwitcher languages={languages} current="ar" label="اللغة" />,
      },
    } satisfies DemoArgs<typeof Header>,
  },
};

/** An e-service: the service name next to the logo and sign-in always visible. */
export const EService: Story = {
  args: {
    serviceName: 'Ansök om förskoleplats',
    serviceHref: '#e-tjanst',
    actions: (
      <Button variant="secondary" size="sm" href="#logga-in" iconBefore={LogInIcon}>
        Logga in
      </Button>
    ),
  },
  parameters: {
    demoArgs: {
      en: {
        serviceName: 'Apply for a preschool place',
        actions: (
          <Button variant="secondary" size="sm" href="#logga-in" iconBefore={LogInIcon}>
            Log in
          </Button>
        ),
      },
      ar: {
        serviceName: 'التقديم على مكان في الروضة',
        actions: (
          <Button variant="secondary" size="sm" href="#logga-in" iconBefore={LogInIcon}>
            تسجيل الدخول
          </Button>
        ),
      },
    } satisfies DemoArgs<typeof Header>,
  },
};

/** A service with its own sections, "Mina sidor" for the signed-in resident and search. */
export const ServiceWithNavigation: Story = {
  args: {
    serviceName: 'Vuxenutbildning',
    serviceHref: '#vuxenutbildning',
    navigation: [
      { label: 'Kurser', href: '#kurser' },
      { label: 'Ansökan', href: '#ansokan', current: true },
      { label: 'Studievägledning', href: '#studievagledning' },
    ],
    search: <SearchField action="#sok" label="Sök bland kurser" searchLabel="Sök bland kurser" />,
    actions: (
      <Button variant="tertiary" size="sm" href="#mina-sidor" iconBefore={UserIcon}>
        Mina sidor
      </Button>
    ),
  },
  parameters: {
    demoArgs: {
      en: {
        serviceName: 'Adult education',
        navigation: [
          { label: 'Courses', href: '#kurser' },
          { label: 'Application', href: '#ansokan', current: true },
          { label: 'Study guidance', href: '#studievagledning' },
        ],
        search: <SearchField action="#sok" label="Search courses" searchLabel="Search courses" />,
        actions: (
          <Button variant="tertiary" size="sm" href="#mina-sidor" iconBefore={UserIcon}>
            My pages
          </Button>
        ),
      },
      ar: {
        serviceName: 'تعليم الكبار',
        navigationLabel: 'القائمة الرئيسية',
        navigation: [
          { label: 'الدورات', href: '#kurser' },
          { label: 'التقديم', href: '#ansokan', current: true },
          { label: 'الإرشاد الدراسي', href: '#studievagledning' },
        ],
        search: <SearchField action="#sok" label="ابحث في الدورات" searchLabel="ابحث في الدورات" />,
        actions: (
          <Button variant="tertiary" size="sm" href="#mina-sidor" iconBefore={UserIcon}>
            صفحاتي
          </Button>
        ),
      },
    } satisfies DemoArgs<typeof Header>,
  },
};

/** Only the logo linking home: the smallest header (a receipt page, an error page). */
export const LogoOnly: Story = {};

/** A unit with an approved special profile: its name and "… är en del av Göteborgs Stad". */
export const SubBrandUnit: Story = {
  args: {
    subBrand: { kind: 'unit', name: 'Göteborgs konserthus' },
    navigation: [
      { label: 'Konserter', href: '#konserter' },
      { label: 'Besök oss', href: '#besok' },
      { label: 'Om konserthuset', href: '#om' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        subBrand: { kind: 'unit', name: 'Gothenburg Concert Hall' },
        navigation: [
          { label: 'Concerts', href: '#konserter' },
          { label: 'Visit us', href: '#besok' },
          { label: 'About the concert hall', href: '#om' },
        ],
      },
      ar: {
        subBrand: { kind: 'unit', name: 'دار الحفلات الموسيقية في غوتنبرغ' },
        navigationLabel: 'القائمة الرئيسية',
        navigation: [
          { label: 'الحفلات', href: '#konserter' },
          { label: 'زورونا', href: '#besok' },
          { label: 'عن دار الحفلات', href: '#om' },
        ],
      },
    } satisfies DemoArgs<typeof Header>,
  },
};

/** A wholly owned company: its name and "En del av Göteborgs Stad". */
export const SubBrandCompany: Story = {
  args: {
    subBrand: { kind: 'company', name: 'Exempelbolaget AB' },
    navigation: [
      { label: 'Tjänster', href: '#tjanster' },
      { label: 'Kundservice', href: '#kundservice' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        subBrand: { kind: 'company', name: 'Example Company Ltd' },
        navigation: [
          { label: 'Services', href: '#tjanster' },
          { label: 'Customer service', href: '#kundservice' },
        ],
      },
      ar: {
        subBrand: { kind: 'company', name: 'شركة المثال' },
        navigationLabel: 'القائمة الرئيسية',
        navigation: [
          { label: 'الخدمات', href: '#tjanster' },
          { label: 'خدمة العملاء', href: '#kundservice' },
        ],
      },
    } satisfies DemoArgs<typeof Header>,
  },
};

/** Long names wrap instead of overflowing at 320 px. */
export const LongContent: Story = {
  args: {
    serviceName: 'Ansökan om tillstånd för tillfällig användning av offentlig plats och torghandel',
    navigation: [
      { label: 'Tillståndsansökningar och anmälningspliktiga verksamheter', href: '#a', current: true },
      { label: 'Avgifter', href: '#b' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        serviceName: 'Application for a permit for temporary use of public space and market trading',
        navigation: [
          { label: 'Permit applications and activities that must be reported', href: '#a', current: true },
          { label: 'Fees', href: '#b' },
        ],
      },
      ar: {
        serviceName: 'طلب تصريح للاستخدام المؤقت للأماكن العامة والتجارة في الساحات',
        navigationLabel: 'القائمة الرئيسية',
        navigation: [
          { label: 'طلبات التصاريح والأنشطة التي يجب الإبلاغ عنها', href: '#a', current: true },
          { label: 'الرسوم', href: '#b' },
        ],
      },
    } satisfies DemoArgs<typeof Header>,
  },
};

/** Keyboard: Tab from the logo to the navigation; the focus ring shows on each link. */
export const Focused: Story = {
  args: { navigation },
  parameters: { demoArgs: { en: { navigation: navigationEn }, ar: { navigation: navigationAr, navigationLabel: 'القائمة الرئيسية' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const home = canvas.getByRole('link', { name: 'Göteborgs Stad – startsida' });
    await expect(home).toHaveFocus();
    const style = getComputedStyle(home);
    await expect(style.outlineStyle).toBe('solid');
    await expect(parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** The menu button on a narrow screen: opens the panel, Escape closes it and focus returns. */
export const MenuKeyboard: Story = {
  args: { navigation, search: <SearchField action="#sok" /> },
  parameters: { demoArgs: { en: { navigation: navigationEn }, ar: { navigation: navigationAr, navigationLabel: 'القائمة الرئيسية' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.queryByRole('button', { name: 'Meny' });
    // The button shows only below 768 px; on a wide screen the navigation is simply there.
    if (!button || getComputedStyle(button).display === 'none') {
      await expect(canvas.getAllByRole('link', { current: 'page' })[0]).toBeVisible();
      return;
    }
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getAllByRole('link', { current: 'page' })[0]).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
  },
};

/**
 * The menu opened on a narrow screen (below 768 px): navigation, search and languages in the
 * panel under the bar. On a wide screen the navigation is always shown and nothing opens. The
 * screenshot matrix photographs this story after its play function (`parameters.visual.play`).
 */
export const MenuOpen: Story = {
  ...Default,
  parameters: { ...Default.parameters, visual: { play: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The button's name follows the locale ("Meny"/"Menu"); it is the header's one disclosure.
    const button = canvas.queryByRole('button', { expanded: false });
    if (!button || getComputedStyle(button).display === 'none') {
      await expect(canvas.getAllByRole('link', { current: 'page' })[0]).toBeVisible();
      return;
    }
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const current = canvas.getAllByRole('link', { current: 'page' })[0]!;
    await expect(current).toBeVisible();
    // The open panel stays within 320 px: no sideways scrolling.
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The dark theme: white text, the logo's white word mark. */
export const Dark: Story = { ...Default, globals: { theme: 'dark' } };

/** English: the English word mark, "Main menu" and "Menu"; demo content in English. */
export const English: Story = { ...Default, globals: { locale: 'en' } };

/** Right to left with Arabic content: the layout mirrors, the logotype never does. */
export const RightToLeft: Story = { ...Default, globals: { dir: 'rtl', locale: 'en' } };
