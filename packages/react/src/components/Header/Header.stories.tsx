import { LogInIcon, UserIcon } from '@goteborgsstad/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
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
};

/** Keyboard: Tab from the logo to the navigation; the focus ring shows on each link. */
export const Focused: Story = {
  args: { navigation },
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.queryByRole('button', { name: 'Meny' });
    // The button shows only below 768 px; on a wide screen the navigation is simply there.
    if (!button || getComputedStyle(button).display === 'none') {
      await expect(canvas.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
      return;
    }
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('link', { name: 'Förskola och skola' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
  },
};

/** The dark theme: white text, the logo's white word mark. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { ...Default.args },
};

/** English: the English word mark, "Main menu" and "Menu"; demo content in English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    serviceName: 'Apply for a preschool place',
    navigation: [
      { label: 'Preschool and school', href: '#school', current: true },
      { label: 'Housing and environment', href: '#housing' },
      { label: 'Transport', href: '#transport' },
    ],
    search: <SearchField action="#search" />,
    languages: <LanguageSwitcher languages={languages} current="en" />,
  },
};

/** Right to left with Arabic content: the layout mirrors, the logotype never does. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    serviceName: 'التقديم على مكان في الروضة',
    navigationLabel: 'القائمة الرئيسية',
    navigation: [
      { label: 'الروضة والمدرسة', href: '#school', current: true },
      { label: 'السكن والبيئة', href: '#housing' },
      { label: 'المواصلات', href: '#transport' },
    ],
    languages: <LanguageSwitcher languages={languages} current="ar" label="اللغة" />,
  },
};
