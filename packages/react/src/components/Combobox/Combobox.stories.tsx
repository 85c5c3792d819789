import { useRef, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Combobox, type ComboboxOption } from './Combobox.js';
import { matchLabels } from './match.js';

// Göteborg's stadsdelar, in Swedish alphabetical order (å, ä, ö last).
const names = [
  'Angered',
  'Backa',
  'Bergsjön',
  'Biskopsgården',
  'Eriksberg',
  'Gamlestaden',
  'Guldheden',
  'Gårdsten',
  'Haga',
  'Hammarkullen',
  'Hjällbo',
  'Johanneberg',
  'Kortedala',
  'Kungsladugård',
  'Kviberg',
  'Kålltorp',
  'Lindholmen',
  'Linnéstaden',
  'Lundby',
  'Majorna',
  'Masthugget',
  'Olskroken',
  'Torslanda',
  'Tuve',
  'Vasastaden',
  'Åkered',
  'Älvsborg',
  'Änggården',
  'Önnered',
  'Örgryte',
];
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** The stadsdelar as options. */
const districts: ComboboxOption[] = names.map((label) => ({ value: slug(label), label }));
// On English and Arabic pages the names stay Swedish and say so (WCAG 3.1.2 Language of Parts).
const districtsSv: ComboboxOption[] = districts.map((option) => ({ ...option, lang: 'sv' }));

const meta = {
  title: 'Komponenter/Combobox',
  component: Combobox,
  args: {
    label: 'Stadsdel',
    description: 'Skriv några bokstäver och välj i listan.',
    name: 'stadsdel',
    options: districts,
  },
  parameters: {
    demoArgs: {
      en: { label: 'District', description: 'Type a few letters and choose from the list.', options: districtsSv },
      ar: { label: 'الحي', description: 'اكتب بضعة أحرف واختر من القائمة.', options: districtsSv },
    } satisfies DemoArgs<typeof Combobox>,
  },
  // Room below the field, so the open list is inside the story (and its screenshots).
  decorators: [
    (Story) => (
      <div style={{ minBlockSize: '26rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Combobox>;

export default meta;
// Typed by the component, not the meta: with its union props (single | multiple) the meta-based
// type collapses to never.
type Story = StoryObj<typeof Combobox>;

/**
 * "går" typed: three stadsdelar match, the matched letters are bold and underlined, and Arrow
 * Down made the first one active. "ga" would not find "Gårdsten": å is a letter of its own.
 */
export const Standard: Story = {
  parameters: { visual: { play: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('går{ArrowDown}');
    const listbox = canvas.getByRole('listbox');
    await expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Biskopsgården',
      'Gårdsten',
      'Kungsladugård',
      'Änggården',
    ]);
    await expect(input).toHaveAttribute('aria-activedescendant', within(listbox).getAllByRole('option')[0]!.id);
  },
};

/** Closed, nothing chosen: how the field looks when the page loads. */
export const Closed: Story = {};

/** A value chosen earlier (`defaultValue`): the field shows its label. */
export const WithValue: Story = { args: { defaultValue: 'majorna' } };

export const Required: Story = { args: { required: true } };

export const WithError: Story = {
  args: { required: true, error: 'Välj den stadsdel där du bor.' },
  parameters: {
    demoArgs: {
      en: { error: 'Choose the district where you live.' },
      ar: { error: 'اختر الحي الذي تسكن فيه.' },
    } satisfies DemoArgs<typeof Combobox>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'haga' } };

export const ReadOnly: Story = { args: { readOnly: true, defaultValue: 'haga' } };

/**
 * Several values (`multiple`): each chosen stadsdel is a chip under the field that removes it;
 * one hidden input per value goes with the form.
 */
export const Multiple: Story = {
  args: {
    multiple: true,
    label: 'Stadsdelar du kan tänka dig',
    description: 'Välj en eller flera.',
    name: 'stadsdelar',
    defaultValue: ['haga', 'majorna'],
  },
  parameters: {
    demoArgs: {
      en: { label: 'Districts you would consider', description: 'Choose one or more.' },
      ar: { label: 'الأحياء التي تناسبك', description: 'اختر حيًا واحدًا أو أكثر.' },
    } satisfies DemoArgs<typeof Combobox>,
  },
};

/** Free text allowed (`allowCustomValue`): what is typed is kept when it is not in the list. */
export const AllowCustomValue: Story = {
  args: {
    allowCustomValue: true,
    label: 'Stadsdel eller ort',
    description: 'Finns den inte i listan? Skriv den.',
    name: 'ort',
  },
  parameters: {
    demoArgs: {
      en: { label: 'District or town', description: 'Not in the list? Type it.' },
      ar: { label: 'الحي أو البلدة', description: 'إذا لم تجده في القائمة فاكتبه.' },
    } satisfies DemoArgs<typeof Combobox>,
  },
};

/**
 * Options from a server: `onInputChange` asks for matches, `loading` shows and speaks
 * "Laddar alternativ…", `filter={false}` because the server has filtered. (Here a timer stands in
 * for the server.)
 */
export const Async: Story = {
  args: { label: 'Stadsdel', name: 'stadsdel-async' },
  render: function Async(args) {
    const t = useDemoText();
    const [options, setOptions] = useState<ComboboxOption[]>([]);
    const [loading, setLoading] = useState(false);
    const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
    const all = t({ sv: districts, en: districtsSv, ar: districtsSv });
    return (
      <Combobox
        {...args}
        options={options}
        filter={false}
        loading={loading}
        onInputChange={(text) => {
          clearTimeout(timer.current);
          setLoading(true);
          timer.current = setTimeout(() => {
            const ranges = matchLabels(
              all.map((option) => option.label),
              text,
            );
            setOptions(text.trim() ? all.filter((_, index) => ranges[index]) : all);
            setLoading(false);
          }, 600);
        }}
      />
    );
  },
};

/**
 * A long list: Arrow Up opens it on the last option, which is scrolled into view (checked in
 * Chromium).
 */
export const LongList: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox');
    input.focus();
    await userEvent.keyboard('{ArrowUp}');
    const listbox = canvas.getByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    const last = options[options.length - 1]!;
    await expect(input).toHaveFocus();
    await expect(input).toHaveAttribute('aria-activedescendant', last.id);
    await waitFor(() => {
      const box = listbox.getBoundingClientRect();
      const item = last.getBoundingClientRect();
      expect(listbox.scrollTop).toBeGreaterThan(0);
      expect(item.bottom).toBeLessThanOrEqual(box.bottom + 1);
      expect(item.top).toBeGreaterThanOrEqual(box.top - 1);
    });
    await userEvent.keyboard('{Home}');
    await waitFor(() => {
      // Back at the top: the first option is inside the list's visible box again.
      expect(options[0]!.getBoundingClientRect().top).toBeGreaterThanOrEqual(listbox.getBoundingClientRect().top - 1);
    });
    await expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** English locale: built-in strings and demo text in English; the place names stay Swedish (lang="sv"). */
export const English: Story = { ...Multiple, globals: { locale: 'en' } };

/** Right to left with Arabic content (Multiple). */
export const HogerTillVanster: Story = { ...Multiple, globals: { dir: 'rtl', locale: 'en' } };
