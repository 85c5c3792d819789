import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import type { DemoArgs } from '../../storybook/demo.js';
import { SideNavigation, type SideNavigationItem } from './SideNavigation.js';

type Language = 'sv' | 'en' | 'ar';

// The section "Förskola och skola" in three languages; the same pages, so a story can mark
// the same current page in each.
const names: Record<string, Record<Language, string>> = {
  forskola: { sv: 'Förskola', en: 'Preschool', ar: 'الروضة' },
  hitta: { sv: 'Hitta förskola', en: 'Find a preschool', ar: 'البحث عن روضة' },
  ansok: { sv: 'Ansök om plats i förskola', en: 'Apply for a preschool place', ar: 'التقديم على مكان في الروضة' },
  sagar: { sv: 'Så går ansökan till', en: 'How to apply', ar: 'كيف يتم التقديم' },
  erbjudande: { sv: 'Erbjudande om plats', en: 'Offer of a place', ar: 'عرض المكان' },
  turordning: { sv: 'Turordning och förtur', en: 'Order of priority', ar: 'ترتيب الأولوية' },
  avgifter: { sv: 'Avgifter för förskola', en: 'Preschool fees', ar: 'رسوم الروضة' },
  omsorg: { sv: 'Pedagogisk omsorg', en: 'Educational care', ar: 'الرعاية التربوية' },
  grundskola: { sv: 'Grundskola', en: 'Compulsory school', ar: 'المدرسة الأساسية' },
  valja: { sv: 'Välja skola', en: 'Choosing a school', ar: 'اختيار المدرسة' },
  skolskjuts: { sv: 'Skolskjuts', en: 'School transport', ar: 'النقل المدرسي' },
  lov: { sv: 'Lov och ledighet', en: 'Holidays and leave', ar: 'العطل والإجازات' },
  gymnasium: { sv: 'Gymnasieskola', en: 'Upper secondary school', ar: 'المدرسة الثانوية' },
  vuxen: { sv: 'Vuxenutbildning', en: 'Adult education', ar: 'تعليم الكبار' },
};

type Page = [key: string, href: string, children?: Page[]];
const pages: Page[] = [
  ['forskola', '#forskola', [
    ['hitta', '#forskola/hitta'],
    ['ansok', '#forskola/ansok', [
      ['sagar', '#forskola/ansok/sa-gar-det-till'],
      ['erbjudande', '#forskola/ansok/erbjudande'],
      ['turordning', '#forskola/ansok/turordning'],
    ]],
    ['avgifter', '#forskola/avgifter'],
  ]],
  ['omsorg', '#pedagogisk-omsorg'],
  ['grundskola', '#grundskola', [
    ['valja', '#grundskola/valja-skola'],
    ['skolskjuts', '#grundskola/skolskjuts'],
    ['lov', '#grundskola/lov'],
  ]],
  ['gymnasium', '#gymnasieskola'],
  ['vuxen', '#vuxenutbildning'],
];

/** The section's items in one language, with `current` on the page whose href is given. */
function section(language: Language, current?: string): SideNavigationItem[] {
  const build = (list: Page[]): SideNavigationItem[] =>
    list.map(([key, href, children]) => ({
      label: names[key]![language],
      href,
      ...(language === 'ar' ? { lang: 'ar' } : {}),
      ...(href === current ? { current: true } : {}),
      ...(children ? { children: build(children) } : {}),
    }));
  return build(pages);
}

/** `parameters.demoArgs` for a story marking `current`: the same pages in English and Arabic. */
function demoArgs(current?: string) {
  return { en: { items: section('en', current) }, ar: { items: section('ar', current) } } satisfies DemoArgs<typeof SideNavigation>;
}

const meta = {
  title: 'Komponenter/SideNavigation',
  component: SideNavigation,
  args: { items: section('sv', '#forskola/ansok') },
  parameters: { demoArgs: demoArgs('#forskola/ansok') },
  argTypes: {
    collapse: { control: 'inline-radio', options: ['auto', 'never'] },
  },
  decorators: [
    // A sidebar's width, as beside an article.
    (Story) => (
      <div style={{ maxInlineSize: '20rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SideNavigation>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The section's pages with the current page ("Ansök om plats i förskola") marked: bold, a bar
 * at the start edge and `aria-current="page"`. Its branch is expanded, and so are its own
 * subpages; "Grundskola" opens with the button beside it. Below 1024 px the list folds behind
 * the "Undermeny" button.
 */
export const Default: Story = {};

/** The current page three levels down: every level above it is expanded from the start. */
export const CurrentDeepInTree: Story = {
  args: { items: section('sv', '#forskola/ansok/erbjudande') },
  parameters: { demoArgs: demoArgs('#forskola/ansok/erbjudande') },
};

/** A top-level page is current: its subpages show, the other branches are closed. */
export const CurrentAtTopLevel: Story = {
  args: { items: section('sv', '#grundskola') },
  parameters: { demoArgs: demoArgs('#grundskola') },
};

/** No current page (e.g. on the section's start page): every branch is closed. */
export const NoCurrentPage: Story = {
  args: { items: section('sv') },
  parameters: { demoArgs: demoArgs() },
};

const longItems = (language: 'sv' | 'en'): SideNavigationItem[] => [
  {
    label: language === 'sv' ? 'Bygglov, marklov, rivningslov och anmälan för en- och tvåbostadshus' : 'Building, site and demolition permits and notifications for one- and two-family houses',
    href: '#bygglov',
    children: [
      {
        label: language === 'sv' ? 'Tillbyggnad av enbostadshus med tillhörande garage, carport och förråd' : 'Extension of a one-family house with its garage, carport and shed',
        href: '#bygglov/tillbyggnad',
        current: true,
      },
      { label: language === 'sv' ? 'Attefallsåtgärder' : 'Small additions without a permit', href: '#bygglov/attefall' },
    ],
  },
  { label: language === 'sv' ? 'Strandskyddsdispens' : 'Shoreline protection exemption', href: '#strandskydd' },
  { label: language === 'sv' ? 'Kontrollplan och slutbesked' : 'Inspection plan and final notice', href: '#kontrollplan' },
];

/** Long names wrap inside the sidebar; the buttons stay square beside the first line. */
export const LongLabels: Story = {
  args: { items: longItems('sv'), 'aria-label': 'Bygglov' },
  parameters: { demoArgs: { en: { items: longItems('en'), 'aria-label': 'Building permits' }, ar: { items: section('ar', '#forskola/hitta'), 'aria-label': 'التعليم' } } },
};

/**
 * Named after the section: the landmark (and the narrow-screen button) reads "Förskola och
 * skola" instead of "Undermeny".
 */
export const NamedAfterSection: Story = {
  args: { 'aria-label': 'Förskola och skola' },
  parameters: { demoArgs: { ...demoArgs('#forskola/ansok'), en: { items: section('en', '#forskola/ansok'), 'aria-label': 'Preschool and school' } } },
};

/** `collapse="never"`: the list shows on every screen, with no toggle on narrow screens. */
export const NeverCollapsed: Story = { args: { collapse: 'never' } };

/**
 * Controlled: the app keeps which branches are expanded (`expanded`, `onExpandedChange`),
 * e.g. to remember them between pages.
 */
export const Controlled: Story = {
  args: { items: section('sv', '#forskola/hitta') },
  parameters: { demoArgs: demoArgs('#forskola/hitta') },
  render: function Render(args) {
    const [expanded, setExpanded] = useState<string[]>(['#forskola', '#grundskola']);
    return <SideNavigation {...args} expanded={expanded} onExpandedChange={setExpanded} />;
  },
};

/** Keyboard focus: a ring around the link; Tab moves link by link, and to each button. */
export const Focused: Story = {
  args: { collapse: 'never' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getAllByRole('link')[0]!;
    await expect(link).toHaveFocus();
    const style = getComputedStyle(link);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** Enter on the button beside "Grundskola" shows its subpages; the button says it is expanded. */
export const ExpandWithKeyboard: Story = {
  args: { collapse: 'never' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The same page in every demo language (the toolbar may switch it).
    const button = canvas.getByRole('button', { name: new RegExp(Object.values(names.grundskola!).join('|')) });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = canvasElement.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    await expect(list).toBeVisible();
  },
};

/** White text on the dark theme; the current page's bar and background from the dark tokens. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English locale: the landmark is "Section menu", the buttons "Subpages of …", pages in English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { items: section('en', '#forskola/ansok/erbjudande') },
  parameters: { demoArgs: demoArgs('#forskola/ansok/erbjudande') },
};

/** Right to left: the bar and indentation move to the right edge, the buttons to the left. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { items: section('ar', '#forskola/ansok/erbjudande') },
  parameters: { demoArgs: demoArgs('#forskola/ansok/erbjudande') },
};
