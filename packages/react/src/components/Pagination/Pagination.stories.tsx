import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { GbgProvider } from '../../provider/index.js';
import type { GbgStringOverrides } from '../../i18n/index.js';
import { dictionaries } from '../../i18n/index.js';
import { demoLanguage, pickDemoText, useDemoText } from '../../storybook/demo.js';
import { Pagination } from './Pagination.js';

const arabic: GbgStringOverrides = {
  pagination: {
    label: 'ترقيم الصفحات',
    previous: 'السابق',
    next: 'التالي',
    page: (page: number) => `الصفحة ${page}`,
    status: (page: number, count: number) => `الصفحة ${page} من ${count}`,
  },
};

// Play functions read the built-in strings of the story's locale, so they pass from the toolbar too.
const builtIn = (globals: { locale?: string }) => dictionaries[globals.locale === 'en' ? 'en' : 'sv'];

const textStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };

const meta = {
  title: 'Komponenter/Pagination',
  component: Pagination,
  args: { page: 5, count: 12, hrefTemplate: '?sida={page}#resultat' },
  argTypes: {
    page: { control: { type: 'number', min: 1 } },
    count: { control: { type: 'number', min: 1 } },
    siblingCount: { control: { type: 'number', min: 0, max: 3 } },
  },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Links for server-side paging: page 5 of 12, with an ellipsis on both sides. In a narrow
 * column (under 36rem) it becomes "Sida 5 av 12" above "‹ Föregående" and "Nästa ›".
 */
export const Default: Story = {};

/** The first page: no "Föregående" link (nowhere to go). */
export const FirstPage: Story = { args: { page: 1 } };

/** The last page: no "Nästa" link. */
export const LastPage: Story = { args: { page: 12 } };

/** Few pages: all numbers, no ellipsis. */
export const FewPages: Story = { args: { page: 2, count: 4 } };

/** Many pages: still seven numbers, so the row keeps its width. */
export const ManyPages: Story = { args: { page: 48, count: 210 } };

/** Two neighbours on each side of the current page. */
export const MoreSiblings: Story = { args: { page: 10, count: 30, siblingCount: 2 } };

/** URLs from a function (client components; from a Server Component use `hrefTemplate`). */
export const WithGetHref: Story = {
  args: { hrefTemplate: undefined, getHref: (page: number) => (page === 1 ? '/nyheter' : `/nyheter?sida=${page}`) },
};

/** The compact form, as on a phone or in a narrow column. */
export const Compact: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '20rem' }}>
      <Pagination {...args} />
    </div>
  ),
};

/**
 * Buttons for client-side paging (`onPageChange`): the content changes on the page, the new page
 * is announced and focus stays on the pressed button. At the ends, previous/next stay but are
 * `aria-disabled`.
 */
export const Buttons: Story = {
  render: () => {
    const [page, setPage] = useState(3);
    const t = useDemoText();
    const from = (page - 1) * 10 + 1;
    const to = page * 10;
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)' }}>
        <p style={textStyle} id="resultat">
          {t({
            sv: `Visar förskolor ${from}–${to} av 96.`,
            en: `Showing preschools ${from}–${to} of 96.`,
            ar: `عرض الروضات ${from}–${to} من 96.`,
          })}
        </p>
        <Pagination
          page={page}
          count={10}
          onPageChange={setPage}
          aria-label={t({ sv: 'Sidnumrering för förskolor', en: 'Pagination for preschools', ar: 'ترقيم صفحات الروضات' })}
        />
      </div>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const strings = builtIn(globals).pagination;
    const next = canvas.getByRole('button', { name: strings.next });
    await userEvent.click(next);
    await expect(canvas.getByRole('button', { name: strings.page(4) })).toHaveAttribute('aria-current', 'page');
    const shown = { sv: 'Visar förskolor 31–40 av 96.', en: 'Showing preschools 31–40 of 96.', ar: 'عرض الروضات 31–40 من 96.' };
    await expect(canvas.getByText(pickDemoText(shown, demoLanguage(globals)))).toBeVisible();
    await expect(next).toHaveFocus();
  },
};

/** Buttons at the first page: "Föregående" is aria-disabled. */
export const ButtonsAtStart: Story = {
  args: { page: undefined, hrefTemplate: undefined, defaultPage: 1, count: 6, onPageChange: fn() },
};

/** Keyboard focus: a ring around the page number. */
export const Focused: Story = {
  play: async ({ canvasElement, globals }) => {
    await userEvent.tab();
    const previous = within(canvasElement).getByRole('link', { name: builtIn(globals).pagination.previous });
    await expect(previous).toHaveFocus();
    const style = getComputedStyle(previous);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English locale: "Previous", "Next", "Page 5", and "Page 5 of 12" in the compact form. */
export const English: Story = { globals: { locale: 'en' }, args: { hrefTemplate: '?page={page}#results' } };

/**
 * Right to left, in Arabic through the app's string overrides (`GbgProvider strings`):
 * previous is on the right and the chevrons point the other way.
 */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  render: (args) => (
    <div lang="ar">
      <GbgProvider strings={arabic}>
        <Pagination {...args} />
      </GbgProvider>
    </div>
  ),
};
