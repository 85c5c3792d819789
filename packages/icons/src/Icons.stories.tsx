import { useId, useState } from 'react';
import type { CSSProperties } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
// Stories show the built package, exactly what consumers install (`pnpm build` first).
import * as icons from '../dist/esm/index.js';
import { ArrowLeftIcon, ArrowRightIcon, ChevronLeftIcon, ChevronRightIcon, HomeIcon } from '../dist/esm/index.js';
import type { GbgIconComponent } from '../dist/esm/index.js';
import manifest from '../dist/icons.json';
import '../dist/icons.css';
// Story-only demo text by locale (the one mechanism, shared with the react package's stories).
import { useDemoLanguage, useDemoText } from '../../react/src/storybook/demo.js';

const components = icons as unknown as Record<string, GbgIconComponent>;

const row: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 'var(--gbg-space-4, 1rem)',
};

/** Category names for the English and Arabic gallery (the manifest has Swedish ones). */
const categoryNames: Record<string, { en: string; ar: string }> = {
  navigation: { en: 'Navigation', ar: 'التنقل' },
  action: { en: 'Actions', ar: 'الإجراءات' },
  status: { en: 'Status and messages', ar: 'الحالة والرسائل' },
  communication: { en: 'Contact and communication', ar: 'التواصل والاتصال' },
  document: { en: 'Documents and media', ar: 'المستندات والوسائط' },
  user: { en: 'People and account', ar: 'الأشخاص والحساب' },
  transport: { en: 'Traffic and travel', ar: 'المرور والسفر' },
  society: { en: 'Society and services', ar: 'المجتمع والخدمات' },
  environment: { en: 'Environment and weather', ar: 'البيئة والطقس' },
};

/** Searchable overview of every icon, grouped by category, with Swedish names and keywords. */
function IconGallery() {
  const t = useDemoText();
  const language = useDemoLanguage();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const needle = query.trim().toLocaleLowerCase('sv');
  const matches = manifest.icons.filter(
    (icon) =>
      needle === '' ||
      [icon.name, icon.sv, icon.component, ...icon.keywords].some((text) => text.toLocaleLowerCase('sv').includes(needle)),
  );
  return (
    <div>
      <label htmlFor={inputId} style={{ display: 'block', marginBlockEnd: 'var(--gbg-space-2, 0.5rem)' }}>
        {t({ sv: 'Sök ikon (namn eller sökord)', en: 'Search icons (name or keyword)', ar: 'ابحث عن أيقونة (الاسم أو كلمة مفتاحية)' })}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{
          minBlockSize: 'var(--gbg-size-target-default)',
          inlineSize: 'min(100%, 24rem)',
          font: 'inherit',
          paddingInline: 'var(--gbg-space-3)',
          color: 'var(--gbg-color-text-default)',
          background: 'var(--gbg-color-surface-default)',
          // Chromium's default grey border is not a brand colour (the story audit caught it).
          border: 'var(--gbg-border-width-thin) solid var(--gbg-color-border-strong)',
          borderRadius: 'var(--gbg-radius-sm)',
        }}
      />
      <p role="status">
        {t({
          sv: `${matches.length} av ${manifest.icons.length} ikoner`,
          en: `${matches.length} of ${manifest.icons.length} icons`,
          ar: `${matches.length} من ${manifest.icons.length} أيقونة`,
        })}
      </p>
      {Object.entries(manifest.categories).map(([category, label]) => {
        const inCategory = matches.filter((icon) => icon.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`${inputId}-${category}`}>
            <h2 id={`${inputId}-${category}`}>
              {language === 'sv' ? label : (categoryNames[category]?.[language] ?? label)}
            </h2>
            <ul
              style={{
                listStyle: 'none',
                padding: 0,
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
                gap: 'var(--gbg-space-4, 1rem)',
              }}
            >
              {inCategory.map((icon) => {
                const Icon = components[icon.component];
                return (
                  <li key={icon.name} style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
                    {Icon ? <Icon /> : null}
                    {/* Names are Swedish in the manifest; English and Arabic show the English name. */}
                    <span>{language === 'sv' ? icon.sv : icon.name.replace(/-/g, ' ')}</span>
                    <code>{icon.component}</code>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

const meta = {
  title: 'Grunder/Ikoner',
  component: HomeIcon,
  args: { size: 'md', color: 'currentColor', strokeWidth: 2 },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
    color: { control: 'inline-radio', options: ['currentColor', 'black', 'white'] },
    strokeWidth: { control: { type: 'number', min: 1, max: 3, step: 0.5 } },
    title: { control: 'text' },
  },
} satisfies Meta<typeof HomeIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One icon with its controls. Decorative unless it has a title. */
export const Standard: Story = {};

/** Every icon, searchable by Swedish name or keyword. */
export const Galleri: Story = {
  render: function Gallery() {
    return <IconGallery />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Sök ikon (namn eller sökord)'), 'spårvagn');
    // The gallery's count, not the provider's shared live regions (data-gbg-announcer).
    const counts = canvas.getAllByRole('status').filter((el) => !el.hasAttribute('data-gbg-announcer'));
    await expect(counts).toHaveLength(1);
    await expect(counts[0]).toHaveTextContent(/^1 av \d+ ikoner$/);
    await expect(canvas.getByText('TramIcon')).toBeInTheDocument();
  },
};

/** The four token sizes: 16, 24 (default), 32 and 48 px. */
export const Storlekar: Story = {
  render: (args) => (
    <div style={row}>
      {(['sm', 'md', 'lg', 'xl'] as const).map((size) => (
        <span key={size} style={{ ...row, gap: '0.5rem' }}>
          <HomeIcon {...args} size={size} /> {size}
        </span>
      ))}
    </div>
  ),
};

/** Black icons on the light colours, white icons on the dark colours (brand rule). */
export const Farger: Story = {
  render: function Colours(args) {
    const t = useDemoText();
    return (
      <div style={row}>
        <span style={{ ...row, padding: '1rem', background: 'var(--gbg-color-brand-ljusbla)', color: 'var(--gbg-color-brand-svart)' }}>
          <HomeIcon {...args} color="black" /> {t({ sv: 'Svart på ljusblå', en: 'Black on light blue', ar: 'أسود على أزرق فاتح' })}
        </span>
        <span style={{ ...row, padding: '1rem', background: 'var(--gbg-color-brand-morkbla)', color: 'var(--gbg-color-brand-vit)' }}>
          <HomeIcon {...args} color="white" /> {t({ sv: 'Vit på mörkblå', en: 'White on dark blue', ar: 'أبيض على أزرق داكن' })}
        </span>
      </div>
    );
  },
};

/** A standalone icon that carries meaning gets a title: it becomes an image with that name. */
export const MedTitel: Story = {
  args: { title: 'Hem' },
  parameters: { demoArgs: { en: { title: 'Home' }, ar: { title: 'الرئيسية' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: /^(Hem|Home|الرئيسية)$/ })).toBeInTheDocument();
  },
};

/**
 * Arrows and chevrons that show reading direction flip in right-to-left (icons.css); a
 * left-to-right island inside stays as drawn.
 */
export const HogerTillVanster: Story = {
  render: function RightToLeft(args) {
    const t = useDemoText();
    return (
    <div dir="rtl" lang="ar" style={{ display: 'grid', gap: '1rem' }}>
      <p style={{ margin: 0 }}>الأسهم تنعكس من اليمين إلى اليسار</p>
      <div style={row} data-testid="rtl">
        <ChevronLeftIcon {...args} />
        <ChevronRightIcon {...args} />
        <ArrowLeftIcon {...args} />
        <ArrowRightIcon {...args} />
        <HomeIcon {...args} />
      </div>
      <div dir="ltr" lang={t({ sv: 'sv', en: 'en' })} style={row} data-testid="ltr">
        <ChevronRightIcon {...args} /> {t({ sv: 'vänster till höger', en: 'left to right' })}
      </div>
    </div>
    );
  },
  play: async ({ canvasElement }) => {
    const transformOf = (selector: string) => {
      const element = canvasElement.querySelector(selector);
      return element ? getComputedStyle(element).transform : 'missing';
    };
    await expect(transformOf('[data-testid="rtl"] [data-gbg-icon="chevron-right"]')).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await expect(transformOf('[data-testid="rtl"] [data-gbg-icon="home"]')).toBe('none');
    await expect(transformOf('[data-testid="ltr"] [data-gbg-icon="chevron-right"]')).toBe('none');
  },
};
