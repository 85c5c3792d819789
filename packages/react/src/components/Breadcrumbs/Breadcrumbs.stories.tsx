import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Breadcrumbs } from './Breadcrumbs.js';

const meta = {
  title: 'Komponenter/Breadcrumbs',
  component: Breadcrumbs,
  args: {
    items: [
      { label: 'Start', href: '#start' },
      { label: 'Förskola och skola', href: '#forskola-och-skola' },
      { label: 'Förskola', href: '#forskola' },
      { label: 'Ansök om plats i förskola' },
    ],
  },
  argTypes: {
    collapse: { control: 'inline-radio', options: ['auto', 'never'] },
  },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * From the start page to the current page, which is text with `aria-current="page"`. On a
 * narrow screen (under 480 px) only the parent page shows: "← Tillbaka till Förskola".
 */
export const Default: Story = {};

/** Two steps: never collapsed, the trail fits a phone. */
export const Short: Story = {
  args: { items: [{ label: 'Start', href: '#start' }, { label: 'Kontakta oss' }] },
};

/** A deep trail with long names wraps over lines on wide screens. */
export const LongTrail: Story = {
  args: {
    items: [
      { label: 'Start', href: '#start' },
      { label: 'Bygga, bo och miljö', href: '#bygga-bo-miljo' },
      { label: 'Bygglov, anmälan och tillstånd', href: '#bygglov' },
      { label: 'Bygglov för en- och tvåbostadshus', href: '#bygglov-villa' },
      { label: 'Tillbyggnad', href: '#tillbyggnad' },
      { label: 'Ansök om bygglov för tillbyggnad av enbostadshus med tillhörande garage och förråd' },
    ],
  },
};

/** `collapse="never"`: the whole trail on every screen. */
export const NeverCollapsed: Story = { args: { collapse: 'never' } };

/** Ends at the parent: the last step is a link and no step is marked current. */
export const EndsAtParent: Story = {
  args: {
    items: [
      { label: 'Start', href: '#start' },
      { label: 'Trafik och resor', href: '#trafik' },
      { label: 'Parkering', href: '#parkering' },
    ],
  },
};

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
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    items: [
      { label: 'Home', href: '#home' },
      { label: 'Preschool and school', href: '#school' },
      { label: 'Preschool', href: '#preschool' },
      { label: 'Apply for a preschool place' },
    ],
  },
};

/** Right to left: the separators and the back arrow point the other way. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    items: [
      { label: 'الرئيسية', href: '#start', lang: 'ar' },
      { label: 'التعليم', href: '#skola', lang: 'ar' },
      { label: 'الروضة', href: '#forskola', lang: 'ar' },
      { label: 'التقديم على مكان في الروضة', lang: 'ar' },
    ],
  },
};
