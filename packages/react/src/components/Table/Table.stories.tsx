import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoLanguage, useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { formatTime, preschools, type Preschool } from './__fixtures__/preschools.js';
import { Table, TableBody, TableCell, TableFoot, TableHead, TableHeaderCell, TableRow, type TableProps } from './Table.js';

const meta = {
  title: 'Komponenter/Table',
  component: Table,
  args: {
    caption: 'Förskolor i Göteborg',
    density: 'default',
    striped: false,
    stickyHeader: false,
    captionHidden: false,
  },
  parameters: {
    demoArgs: {
      en: { caption: 'Preschools in Gothenburg' },
      ar: { caption: 'رياض الأطفال في يوتبوري' },
    } satisfies DemoArgs<typeof Table>,
  },
} satisfies Meta<typeof Table>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sortable table of preschools: the rows are data, `TableBody rows` puts them in the sort order. */
function PreschoolTable({ rows, ...props }: TableProps & { rows: readonly Preschool[] }) {
  const t = useDemoText();
  const language = useDemoLanguage();
  // Names and districts are Swedish proper names on every page: mark them as Swedish elsewhere.
  const lang = language === 'sv' ? undefined : 'sv';
  return (
    <Table {...props}>
      <TableHead>
        <TableRow>
          <TableHeaderCell sortKey="name">{t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' })}</TableHeaderCell>
          <TableHeaderCell sortKey="district">{t({ sv: 'Stadsområde', en: 'District', ar: 'المنطقة' })}</TableHeaderCell>
          <TableHeaderCell sortKey="opens">{t({ sv: 'Öppettider', en: 'Opening hours', ar: 'ساعات العمل' })}</TableHeaderCell>
          <TableHeaderCell sortKey="places" numeric>
            {t({ sv: 'Platser', en: 'Places', ar: 'الأماكن' })}
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody rows={rows}>
        {(row) => (
          <TableRow key={row.id}>
            <TableHeaderCell lang={lang}>{row.name}</TableHeaderCell>
            <TableCell lang={lang}>{row.district}</TableCell>
            <TableCell>
              {formatTime(row.opens, language)}–{formatTime(row.closes, language)}
            </TableCell>
            <TableCell numeric>{row.places}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}

/**
 * Sorted by places, most first (`defaultSort`): the sorted header has `aria-sort` and an arrow,
 * the other sortable headers show the two-way sort icon. Press a header to sort by it.
 */
export const Sorted: Story = {
  args: { defaultSort: { key: 'places', direction: 'descending' } },
  render: (args) => <PreschoolTable {...args} rows={preschools.slice(0, 8)} />,
};

/** A plain table without sorting: the fee ceiling per child, numbers aligned at their end. */
export const Simple: Story = {
  args: { caption: 'Högsta avgift för förskola per månad 2026' },
  parameters: {
    demoArgs: {
      en: { caption: 'Maximum preschool fee per month, 2026' },
      ar: { caption: 'الحد الأقصى لرسوم الروضة شهريًا، 2026' },
    } satisfies DemoArgs<typeof Table>,
  },
  render: (args) => {
    const t = useDemoText();
    const kr = (amount: string) => t({ sv: `${amount} kr`, en: `SEK ${amount.replace(' ', ',')}`, ar: `${amount.replace(' ', '')} كرونة` });
    const fees: Array<[string, string, string]> = [
      [t({ sv: 'Yngsta barnet', en: 'Youngest child', ar: 'الطفل الأصغر' }), '3 %', kr('1 688')],
      [t({ sv: 'Barn 2', en: 'Child 2', ar: 'الطفل 2' }), '2 %', kr('1 125')],
      [t({ sv: 'Barn 3', en: 'Child 3', ar: 'الطفل 3' }), '1 %', kr('563')],
      [t({ sv: 'Barn 4 och fler', en: 'Child 4 and more', ar: 'الطفل 4 وما بعده' }), '0 %', kr('0')],
    ];
    return (
      <Table {...args}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t({ sv: 'Barn i familjen', en: 'Child in the family', ar: 'الطفل في الأسرة' })}</TableHeaderCell>
            <TableHeaderCell numeric>{t({ sv: 'Andel av inkomsten', en: 'Share of income', ar: 'النسبة من الدخل' })}</TableHeaderCell>
            <TableHeaderCell numeric>{t({ sv: 'Högsta avgift', en: 'Maximum fee', ar: 'الحد الأقصى للرسوم' })}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fees.map(([child, share, fee]) => (
            <TableRow key={child}>
              <TableHeaderCell>{child}</TableHeaderCell>
              <TableCell numeric>{share}</TableCell>
              <TableCell numeric>{fee}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFoot>
          <TableRow>
            <TableHeaderCell>{t({ sv: 'Fyra barn, högst', en: 'Four children, at most', ar: 'أربعة أطفال، كحد أقصى' })}</TableHeaderCell>
            <TableCell numeric>6 %</TableCell>
            <TableCell numeric>{kr('3 376')}</TableCell>
          </TableRow>
        </TableFoot>
      </Table>
    );
  },
};

/** Compact: less space in each cell, for long tables people scan. */
export const Compact: Story = {
  args: { density: 'compact' },
  render: (args) => <PreschoolTable {...args} rows={preschools.slice(0, 8)} />,
};

/** Zebra rows: every other row on the grey surface instead of lines. */
export const Striped: Story = {
  args: { striped: true },
  render: (args) => <PreschoolTable {...args} rows={preschools.slice(0, 8)} />,
};

/**
 * Sticky header: a long table scrolls in its own box and the header row stays on top. The
 * screenshot is taken after the play function has scrolled the rows under the header.
 */
export const StickyHeader: Story = {
  args: { stickyHeader: true, density: 'compact', defaultSort: { key: 'name', direction: 'ascending' } },
  parameters: { visual: { play: true } },
  render: (args) => (
    <div style={{ blockSize: '24rem', display: 'flex', flexDirection: 'column' }}>
      <PreschoolTable {...args} regionProps={{ style: { maxBlockSize: '20rem' } }} rows={preschools} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region');
    region.scrollTop = 200;
    await waitFor(() => expect(region.scrollTop).toBeGreaterThan(0));
    // The header row is still at the top of the scroll box.
    const header = within(canvasElement).getAllByRole('columnheader')[0]!;
    const top = header.getBoundingClientRect().top - region.getBoundingClientRect().top;
    await expect(Math.abs(top)).toBeLessThan(2);
  },
};

/**
 * In a narrow column the table keeps its columns and scrolls sideways inside its region, which
 * takes keyboard focus (with a visible focus ring) so it can be scrolled with the arrow keys.
 */
export const Overflowing: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <PreschoolTable {...args} rows={preschools.slice(0, 4)} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region');
    await waitFor(() => expect(region).toHaveAttribute('tabindex', '0'));
    await userEvent.tab();
    await expect(region).toHaveFocus();
    const style = getComputedStyle(region);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
    // It really overflows (arrow-key scrolling is tested with real key presses in Table.browser.test.tsx).
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
  },
};

/** Pressing a header sorts by it (ascending), pressing it again flips the order. */
export const SortByPressing: Story = {
  render: (args) => <PreschoolTable {...args} rows={preschools.slice(0, 8)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [nameHeader] = canvas.getAllByRole('columnheader');
    await expect(nameHeader).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(nameHeader!).getByRole('button'));
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(within(nameHeader!).getByRole('button')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  },
};

/** A sortable header with keyboard focus: the focus ring is drawn around the whole header button. */
export const SortButtonFocused: Story = {
  render: (args) => <PreschoolTable {...args} rows={preschools.slice(0, 3)} />,
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const button = within(canvasElement).getAllByRole('button')[0]!;
    await expect(button).toHaveFocus();
    const style = getComputedStyle(button);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** No rows to show (a filter matched nothing): one row says so across all columns. */
export const Empty: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <Table {...args}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' })}</TableHeaderCell>
            <TableHeaderCell>{t({ sv: 'Stadsområde', en: 'District', ar: 'المنطقة' })}</TableHeaderCell>
            <TableHeaderCell numeric>{t({ sv: 'Platser', en: 'Places', ar: 'الأماكن' })}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell colSpan={3}>
              {t({
                sv: 'Inga förskolor matchar filtret. Välj fler stadsområden.',
                en: 'No preschools match the filter. Choose more districts.',
                ar: 'لا توجد رياض أطفال تطابق التصفية. اختر مناطق أكثر.',
              })}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    );
  },
};

/** Long words and sentences in cells: the text wraps between words; nothing is cut off or overlaps. */
export const LongText: Story = {
  args: { caption: 'Avgifter för kulturskolan läsåret 2026/2027' },
  parameters: {
    demoArgs: {
      en: { caption: 'Fees for the school of arts, school year 2026/2027' },
      ar: { caption: 'رسوم مدرسة الفنون للعام الدراسي 2026/2027' },
    } satisfies DemoArgs<typeof Table>,
  },
  render: (args) => {
    const t = useDemoText();
    return (
      <Table {...args}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t({ sv: 'Kurs', en: 'Course', ar: 'الدورة' })}</TableHeaderCell>
            <TableHeaderCell>{t({ sv: 'Villkor', en: 'Terms', ar: 'الشروط' })}</TableHeaderCell>
            <TableHeaderCell numeric>{t({ sv: 'Avgift per termin', en: 'Fee per term', ar: 'الرسوم لكل فصل' })}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableHeaderCell>{t({ sv: 'Instrumentalundervisning i grupp', en: 'Instrument lessons in a group', ar: 'دروس العزف في مجموعة' })}</TableHeaderCell>
            <TableCell>
              {t({
                sv: 'Syskonrabatt 50 procent från det andra barnet. Avgiften faktureras i början av terminen och betalas inom 30 dagar.',
                en: 'Sibling discount of 50 per cent from the second child. The fee is invoiced at the start of the term and paid within 30 days.',
                ar: 'خصم الإخوة 50 بالمئة ابتداءً من الطفل الثاني. تُرسل فاتورة الرسوم في بداية الفصل وتُدفع خلال 30 يومًا.',
              })}
            </TableCell>
            <TableCell numeric>{t({ sv: '700 kr', en: 'SEK 700', ar: '700 كرونة' })}</TableCell>
          </TableRow>
          <TableRow>
            <TableHeaderCell>{t({ sv: 'Dans', en: 'Dance', ar: 'الرقص' })}</TableHeaderCell>
            <TableCell>{t({ sv: 'Ingen syskonrabatt.', en: 'No sibling discount.', ar: 'لا يوجد خصم للإخوة.' })}</TableCell>
            <TableCell numeric>{t({ sv: '450 kr', en: 'SEK 450', ar: '450 كرونة' })}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    );
  },
};

/** The caption hidden visually when a heading right above says the same; the region keeps its name. */
export const CaptionHidden: Story = {
  args: { captionHidden: true },
  render: (args) => {
    const t = useDemoText();
    return (
      <section>
        <h2 style={{ marginBlock: 0 }}>{t({ sv: 'Förskolor i Göteborg', en: 'Preschools in Gothenburg', ar: 'رياض الأطفال في يوتبوري' })}</h2>
        <PreschoolTable {...args} rows={preschools.slice(0, 4)} />
      </section>
    );
  },
};

/** Dark theme, sorted. */
export const Dark: Story = { ...Sorted, globals: { theme: 'dark' } };

/** English: the built-in strings and the demo content in English (names stay Swedish). */
export const English: Story = { ...Sorted, globals: { locale: 'en' } };

/** Right to left with Arabic content: numbers align at the left (the inline end). */
export const RightToLeft: Story = { ...Sorted, globals: { dir: 'rtl', locale: 'en' } };
