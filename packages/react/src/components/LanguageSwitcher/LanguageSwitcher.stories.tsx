import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LanguageSwitcher, type LanguageSwitcherLanguage } from './LanguageSwitcher.js';

const languages: LanguageSwitcherLanguage[] = [
  { lang: 'sv', href: '#sv/forskola' },
  { lang: 'en', href: '#en/preschool' },
  { lang: 'ar', href: '#ar/preschool' },
  { lang: 'fi', href: '#fi/esikoulu' },
  { lang: 'so', href: '#so/dugsiga-xanaanada' },
];

const meta = {
  title: 'Komponenter/LanguageSwitcher',
  component: LanguageSwitcher,
  args: { languages, current: 'sv' },
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The same page in five languages; Svenska is the page being shown (aria-current). */
export const Default: Story = {};

/** The page shown in English: English is marked, the others keep their own names. */
export const EnglishCurrent: Story = { args: { current: 'en' } };

/** Two languages: Swedish and English only. */
export const TwoLanguages: Story = {
  args: { languages: languages.slice(0, 2) },
};

/**
 * The national minority languages and more: each named in itself, right-to-left ones with
 * `dir="rtl"`. A list this long wraps onto several lines.
 */
export const ManyLanguages: Story = {
  args: {
    languages: [
      ...languages,
      { lang: 'fa', href: '#fa' },
      { lang: 'ti', href: '#ti' },
      { lang: 'fit', href: '#fit' },
      { lang: 'se', href: '#se' },
      { lang: 'rom', href: '#rom' },
      { lang: 'yi', href: '#yi' },
      { lang: 'bs', href: '#bs' },
      { lang: 'pl', href: '#pl' },
      { lang: 'uk', href: '#uk' },
    ],
  },
};

/** A language without a built-in name gets its own with `label`. */
export const CustomLabel: Story = {
  args: {
    languages: [...languages.slice(0, 2), { lang: 'sv-x-lattlast', href: '#lattlast', label: 'Lättläst svenska' }],
  },
};

/** Keyboard: Tab moves from language to language; the focus ring shows where. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    const english = canvas.getByRole('link', { name: 'English' });
    await expect(english).toHaveFocus();
    const style = getComputedStyle(english);
    await expect(style.outlineStyle).toBe('solid');
    await expect(parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** White on the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** On an English page the landmark is named "Language". */
export const English: Story = { globals: { locale: 'en' }, args: { current: 'en' } };

/** Right to left, on the Arabic version of the page. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' }, args: { current: 'ar', label: 'اللغة' } };
