import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Tag, TagList } from './Tag.js';

const meta = {
  title: 'Komponenter/Tag',
  component: Tag,
  args: { children: 'Förskola' },
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

function FilterChips() {
  const t = useDemoText();
  const [filters, setFilters] = useState(() => [
    t({ sv: 'Förskola', en: 'Preschool', ar: 'روضة أطفال' }),
    t({ sv: 'Hisingen', en: 'Hisingen', ar: 'هيسينغن' }),
    t({ sv: 'Öppet på kvällen', en: 'Open in the evening', ar: 'مفتوح في المساء' }),
  ]);
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-3)' }}>
      <TagList aria-label={t({ sv: 'Valda filter', en: 'Chosen filters', ar: 'عوامل التصفية المختارة' })}>
        {filters.map((filter) => (
          <Tag key={filter} onRemove={() => setFilters((current) => current.filter((item) => item !== filter))}>
            {filter}
          </Tag>
        ))}
      </TagList>
      <p style={{ margin: 0, font: 'inherit', color: 'var(--gbg-color-text-default)' }}>
        {t({ sv: `${filters.length} filter valda`, en: `${filters.length} filters chosen`, ar: `${filters.length} عوامل تصفية مختارة` })}
      </p>
    </div>
  );
}

/** Both kinds: static labels on a search result, and the chosen filters as removable chips. */
export const Overview: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-6)' }}>
        <TagList aria-label={t({ sv: 'Kategorier', en: 'Categories', ar: 'الفئات' })}>
          <Tag>{t({ sv: 'Förskola', en: 'Preschool', ar: 'روضة أطفال' })}</Tag>
          <Tag>{t({ sv: 'Gratis', en: 'Free', ar: 'مجاني' })}</Tag>
        </TagList>
        <FilterChips />
      </div>
    );
  },
};

/** Static labels on a search result: what kind of activity, where, what it costs. */
export const Labels: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <TagList aria-label={t({ sv: 'Kategorier', en: 'Categories', ar: 'الفئات' })}>
        <Tag>{t({ sv: 'Förskola', en: 'Preschool', ar: 'روضة أطفال' })}</Tag>
        <Tag>{t({ sv: 'Hisingen', en: 'Hisingen', ar: 'هيسينغن' })}</Tag>
        <Tag>{t({ sv: 'Gratis', en: 'Free', ar: 'مجاني' })}</Tag>
        <Tag>{t({ sv: 'Drop-in', en: 'Drop-in', ar: 'بدون موعد' })}</Tag>
      </TagList>
    );
  },
};

/** One static tag (args: try it in Controls). */
export const Static: Story = {
  parameters: { demoArgs: { en: { children: 'Preschool' }, ar: { children: 'روضة أطفال' } } },
};

/**
 * Removable filter chips. Each chip is one button named "Ta bort filter: Förskola"; after
 * removal focus moves to the next chip (else the previous one, else the list) and the removal
 * is spoken.
 */
export const RemovableFilters: Story = {
  render: () => <FilterChips />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole('button', { name: 'Ta bort filter: Förskola' });
    first.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Ta bort filter: Hisingen' })).toHaveFocus());
    await expect(canvas.queryByRole('button', { name: 'Ta bort filter: Förskola' })).toBeNull();
  },
};

/** Keyboard focus on a removable chip: the two-colour focus ring around the whole chip. */
export const Focused: Story = {
  render: () => <FilterChips />,
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getAllByRole('button')[0]!;
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(getComputedStyle(button).outlineStyle).toBe('solid');
  },
};

/** Long text wraps inside the chip instead of overflowing at 320 px. */
export const LongText: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <TagList aria-label={t({ sv: 'Valda filter', en: 'Chosen filters', ar: 'عوامل التصفية المختارة' })} style={{ maxInlineSize: '18rem' }}>
        <Tag onRemove={() => {}}>
          {t({
            sv: 'Grundsärskola och anpassad grundskola med fritidshem',
            en: 'Special needs compulsory school with after-school centre',
            ar: 'مدرسة أساسية مكيفة مع مركز رعاية بعد المدرسة',
          })}
        </Tag>
        <Tag>{t({ sv: 'Västra Göteborg', en: 'Western Gothenburg', ar: 'غرب غوتنبرغ' })}</Tag>
      </TagList>
    );
  },
};

/** Dark theme: dark blue chips with white text and a light border. */
export const Dark: Story = {
  render: () => <FilterChips />,
  globals: { theme: 'dark' },
};

/** English locale: "Remove filter: Preschool", English demo content. */
export const English: Story = {
  render: () => <FilterChips />,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Remove filter: Preschool' })).toBeInTheDocument();
  },
};

/** Right to left with Arabic content: the remove icon at the inline end (left). */
export const RightToLeft: Story = {
  render: () => (
    <div lang="ar">
      <FilterChips />
    </div>
  ),
  globals: { dir: 'rtl', locale: 'en' },
};
