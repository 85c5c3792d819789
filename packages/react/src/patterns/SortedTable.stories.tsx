import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Container } from '../components/Container/Container.js';
import { Heading } from '../components/Heading/Heading.js';
import { Pagination } from '../components/Pagination/Pagination.js';
import { Stack } from '../components/Stack/Stack.js';
import { formatTime, preschools } from '../components/Table/__fixtures__/preschools.js';
import { sortTableRows, type TableSort } from '../components/Table/sortTableRows.js';
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../components/Table/Table.js';
import { Text } from '../components/Text/Text.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';

const meta = {
  title: 'Mönster/Tabell med sortering och paginering',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Rows per page: few enough to scan, so the sort matters across pages. */
const PER_PAGE = 8;

/**
 * The city's preschools, sortable and split over pages on the client. The app owns both states:
 * it sorts ALL rows (`sortTableRows`), then shows one page of them; a new sort starts at page 1.
 */
function PreschoolsByPage() {
  const t = useDemoText();
  const language = useDemoLanguage();
  const lang = language === 'sv' ? undefined : 'sv';
  const [sort, setSort] = useState<TableSort>({ key: 'name', direction: 'ascending' });
  const [page, setPage] = useState(1);

  const sorted = sortTableRows(preschools, sort);
  const count = Math.ceil(sorted.length / PER_PAGE);
  const first = (page - 1) * PER_PAGE;
  const shown = sorted.slice(first, first + PER_PAGE);
  const range = `${first + 1}–${first + shown.length}`;

  return (
    <Container size="wide">
      <Stack gap="4">
        <Heading level={1}>{t({ sv: 'Förskolor i Göteborg', en: 'Preschools in Gothenburg', ar: 'رياض الأطفال في يوتبوري' })}</Heading>
        <Text>
          {t({
            sv: 'Jämför öppettider och antal platser. Tryck på en kolumnrubrik för att sortera.',
            en: 'Compare opening hours and places. Press a column header to sort.',
            ar: 'قارن ساعات العمل وعدد الأماكن. اضغط على عنوان عمود للترتيب.',
          })}
        </Text>
        <Table
          caption={t({ sv: 'Kommunala förskolor', en: 'Municipal preschools', ar: 'رياض الأطفال البلدية' })}
          sort={sort}
          onSortChange={(next) => {
            setSort(next);
            setPage(1);
          }}
        >
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
          <TableBody>
            {shown.map((row) => (
              <TableRow key={row.id}>
                <TableHeaderCell lang={lang}>{row.name}</TableHeaderCell>
                <TableCell lang={lang}>{row.district}</TableCell>
                <TableCell>
                  {formatTime(row.opens, language)}–{formatTime(row.closes, language)}
                </TableCell>
                <TableCell numeric>{row.places}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Text>
          {t({
            sv: `Visar förskolor ${range} av ${sorted.length}.`,
            en: `Showing preschools ${range} of ${sorted.length}.`,
            ar: `عرض رياض الأطفال ${range} من ${sorted.length}.`,
          })}
        </Text>
        <Pagination
          count={count}
          page={page}
          onPageChange={setPage}
          aria-label={t({ sv: 'Sidor med förskolor', en: 'Pages of preschools', ar: 'صفحات رياض الأطفال' })}
        />
      </Stack>
    </Container>
  );
}

/** Sorted by name at first; sort by any column, then page through the sorted list. */
export const TabellMedSorteringOchPaginering: Story = {
  name: 'Tabell med sortering och paginering',
  render: () => <PreschoolsByPage />,
};

/**
 * After sorting by places (most first) and going to page 2: the screenshot shows the sorted
 * header and the second page of the sorted list.
 */
export const SorteradSida2: Story = {
  name: 'Sorterad på platser, sida 2',
  render: () => <PreschoolsByPage />,
  parameters: { visual: { play: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const places = canvas.getAllByRole('columnheader')[3]!;
    const button = within(places).getByRole('button');
    await userEvent.click(button);
    await userEvent.click(button);
    await expect(places).toHaveAttribute('aria-sort', 'descending');
    // "Nästa" exists at every width (page numbers only where there is room).
    await userEvent.click(within(canvas.getByRole('navigation')).getByRole('button', { name: /^(Nästa|Next)$/ }));
    await expect(canvas.getByText(/9–16/)).toBeInTheDocument();
  },
};

/** English. */
export const English: Story = {
  name: 'Tabell med sortering och paginering (English)',
  render: () => <PreschoolsByPage />,
  globals: { locale: 'en' },
};

/** Right to left with Arabic content. */
export const HogerTillVanster: Story = {
  name: 'Tabell med sortering och paginering (höger till vänster)',
  render: () => <PreschoolsByPage />,
  globals: { dir: 'rtl', locale: 'en' },
};
