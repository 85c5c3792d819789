import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SearchField } from './SearchField.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

const meta = {
  title: 'Komponenter/SearchField',
  component: SearchField,
  args: { action: '/sok' },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Site search as a plain GET form: `/sok?q=…`, works without JavaScript. Label visually hidden. */
export const Standard: Story = {};

/** Visible label, for a search among other fields or on a search results page. */
export const VisibleLabel: Story = {
  args: { hideLabel: false, label: 'Sök bland nyheter', description: 'Till exempel "bygglov" eller "förskola".' },
  parameters: {
    demoArgs: {
      en: { label: 'Search the news', description: 'For example "building permit" or "preschool".' },
      ar: { label: 'ابحث في الأخبار', description: 'مثلًا "رخصة البناء" أو "الروضة".' },
    } satisfies DemoArgs<typeof SearchField>,
  },
};

/** With a clear button while there is text. */
export const Clearable: Story = {
  args: { clearable: true, defaultValue: 'parkeringstillstånd' },
  parameters: {
    demoArgs: { en: { defaultValue: 'parking permit' }, ar: { defaultValue: 'تصريح وقوف' } } satisfies DemoArgs<
      typeof SearchField
    >,
  },
};

/** `onSearch` gets the trimmed query; the page is not reloaded. */
export const WithOnSearch: Story = {
  args: { onSearch: fn(), action: undefined },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox'), '  återvinning {Enter}');
    await expect(args.onSearch).toHaveBeenCalledWith('återvinning');
  },
};

/** Controlled value with a clear button that resets it. */
export const Controlled: Story = {
  render: function ControlledSearch(args) {
    const t = useDemoText();
    const [query, setQuery] = useState(t({ sv: 'simhall', en: 'swimming pool', ar: 'مسبح' }));
    return (
      <SearchField
        {...args}
        clearable
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onClear={() => setQuery('')}
        onSearch={() => {}}
      />
    );
  },
};

/** With an error message (for example from the server). */
export const WithError: Story = {
  args: { hideLabel: false, defaultValue: 'a', error: 'Skriv minst två tecken.' },
  parameters: {
    demoArgs: {
      en: { error: 'Type at least two characters.' },
      ar: { error: 'اكتب حرفين على الأقل.' },
    } satisfies DemoArgs<typeof SearchField>,
  },
};

/** Disabled while search is not available. */
export const Disabled: Story = { args: { disabled: true } };

/** Two searches on one page: each landmark gets its own name. */
export const TwoSearches: Story = {
  render: function TwoSearches(args) {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-6)' }}>
        <SearchField
          {...args}
          searchLabel={t({ sv: 'Sök på webbplatsen', en: 'Search the website', ar: 'ابحث في الموقع' })}
          id="sok-webb"
        />
        <SearchField
          {...args}
          searchLabel={t({ sv: 'Sök i e-tjänster', en: 'Search e-services', ar: 'ابحث في الخدمات الإلكترونية' })}
          label={t({ sv: 'Sök e-tjänst', en: 'Search for an e-service', ar: 'ابحث عن خدمة إلكترونية' })}
          id="sok-etjanst"
          action="/e-tjanster"
        />
      </div>
    );
  },
};

/** English built-in strings (locale from the provider). */
export const English: Story = { globals: { locale: 'en' }, args: { clearable: true, defaultValue: 'recycling' } };

/** Keyboard focus in the field. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('searchbox')).toHaveFocus();
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { clearable: true, defaultValue: 'bibliotek' },
  parameters: {
    demoArgs: { en: { defaultValue: 'library' }, ar: { defaultValue: 'مكتبة' } } satisfies DemoArgs<typeof SearchField>,
  },
};

/** Right to left: the button sits at the inline end (left). */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { clearable: true, defaultValue: 'مكتبة' },
};
