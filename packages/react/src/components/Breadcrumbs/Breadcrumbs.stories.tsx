import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { DemoArgs } from '../../storybook/demo.js';
import { Breadcrumbs, type BreadcrumbItem } from './Breadcrumbs.js';

type Trail = { sv: BreadcrumbItem[]; en: BreadcrumbItem[]; ar: BreadcrumbItem[] };
// Arabic content on a page in another language is marked `lang="ar"` (screen reader voice).
const arabic = (items: BreadcrumbItem[]) => items.map((item) => ({ ...item, lang: 'ar' }));
const demo = (trail: Trail) => ({ en: { items: trail.en }, ar: { items: trail.ar } }) satisfies DemoArgs<typeof Breadcrumbs>;

const preschool: Trail = {
  sv: [
    { label: 'Start', href: '#start' },
    { label: 'Förskola och skola', href: '#forskola-och-skola' },
    { label: 'Förskola', href: '#forskola' },
    { label: 'Ansök om plats i förskola' },
  ],
  en: [
    { label: 'Home', href: '#start' },
    { label: 'Preschool and school', href: '#forskola-och-skola' },
    { label: 'Preschool', href: '#forskola' },
    { label: 'Apply for a preschool place' },
  ],
  ar: arabic([
    { label: 'الرئيسية', href: '#start' },
    { label: 'الروضة والمدرسة', href: '#forskola-och-skola' },
    { label: 'الروضة', href: '#forskola' },
    { label: 'التقديم على مكان في الروضة' },
  ]),
};

const meta = {
  title: 'Komponenter/Breadcrumbs',
  component: Breadcrumbs,
  args: { items: preschool.sv },
  argTypes: {
    collapse: { control: 'inline-radio', options: ['auto', 'never'] },
  },
  parameters: { demoArgs: demo(preschool) },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * From the start page to the current page, which is text with `aria-current="page"`. On a
 * narrow screen (under 480 px) only the parent page shows: "← Tillbaka till Förskola".
 */
export const Default: Story = {};

const contact: Trail = {
  sv: [{ label: 'Start', href: '#start' }, { label: 'Kontakta oss' }],
  en: [{ label: 'Home', href: '#start' }, { label: 'Contact us' }],
  ar: arabic([{ label: 'الرئيسية', href: '#start' }, { label: 'اتصل بنا' }]),
};

/** Two steps: never collapsed, the trail fits a phone. */
export const Short: Story = { args: { items: contact.sv }, parameters: { demoArgs: demo(contact) } };

const extension: Trail = {
  sv: [
    { label: 'Start', href: '#start' },
    { label: 'Bygga, bo och miljö', href: '#bygga-bo-miljo' },
    { label: 'Bygglov, anmälan och tillstånd', href: '#bygglov' },
    { label: 'Bygglov för en- och tvåbostadshus', href: '#bygglov-villa' },
    { label: 'Tillbyggnad', href: '#tillbyggnad' },
    { label: 'Ansök om bygglov för tillbyggnad av enbostadshus med tillhörande garage och förråd' },
  ],
  en: [
    { label: 'Home', href: '#start' },
    { label: 'Building, housing and environment', href: '#bygga-bo-miljo' },
    { label: 'Building permits, notifications and licences', href: '#bygglov' },
    { label: 'Building permits for one- and two-family houses', href: '#bygglov-villa' },
    { label: 'Extensions', href: '#tillbyggnad' },
    { label: 'Apply for a building permit to extend a single-family house with its garage and storage shed' },
  ],
  ar: arabic([
    { label: 'الرئيسية', href: '#start' },
    { label: 'البناء والسكن والبيئة', href: '#bygga-bo-miljo' },
    { label: 'رخص البناء والإشعارات والتصاريح', href: '#bygglov' },
    { label: 'رخص البناء لمنازل الأسرة الواحدة والأسرتين', href: '#bygglov-villa' },
    { label: 'التوسعة', href: '#tillbyggnad' },
    { label: 'التقدم بطلب رخصة بناء لتوسعة منزل لأسرة واحدة مع المرآب والمخزن التابعين له' },
  ]),
};

/** A deep trail with long names wraps over lines on wide screens. */
export const LongTrail: Story = { args: { items: extension.sv }, parameters: { demoArgs: demo(extension) } };

/** `collapse="never"`: the whole trail on every screen. */
export const NeverCollapsed: Story = { args: { collapse: 'never' } };

const parking: Trail = {
  sv: [
    { label: 'Start', href: '#start' },
    { label: 'Trafik och resor', href: '#trafik' },
    { label: 'Parkering', href: '#parkering' },
  ],
  en: [
    { label: 'Home', href: '#start' },
    { label: 'Traffic and travel', href: '#trafik' },
    { label: 'Parking', href: '#parkering' },
  ],
  ar: arabic([
    { label: 'الرئيسية', href: '#start' },
    { label: 'المرور والتنقل', href: '#trafik' },
    { label: 'مواقف السيارات', href: '#parkering' },
  ]),
};

/** Ends at the parent: the last step is a link and no step is marked current. */
export const EndsAtParent: Story = { args: { items: parking.sv }, parameters: { demoArgs: demo(parking) } };

/** Keyboard focus: a ring around the link and a thicker underline. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getAllByRole('link')[0]!;
    await expect(link).toHaveFocus();
    // The focus ring is drawn: a solid outline of non-zero width.
    const style = getComputedStyle(link);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** White on the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English locale: the landmark is named "Breadcrumbs", the collapsed form says "Back to". */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: the separators and the back arrow point the other way. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
