import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { CSSProperties, ReactNode } from 'react';
import { useDemoText, type DemoText } from '../../storybook/demo.js';
import { Heading } from '../Heading/Heading.js';
import { Link } from '../Link/Link.js';
import { Stack } from '../Stack/Stack.js';
import { Text } from '../Text/Text.js';
import { Grid, type GridLayout } from './Grid.js';
import { GridItem } from './GridItem.js';

const cellStyle: CSSProperties = {
  padding: 'var(--gbg-space-4)',
  background: 'var(--gbg-color-surface-subtle)',
  border: 'var(--gbg-border-width-thin) solid var(--gbg-color-border-default)',
  color: 'var(--gbg-color-text-default)',
  fontFamily: 'var(--gbg-font-family-sans)',
};

function Cell({ children }: { children: ReactNode }) {
  return <div style={cellStyle}>{children}</div>;
}

const cells = (t: DemoText, count: number) =>
  Array.from({ length: count }, (_, index) => (
    <Cell key={index}>{t({ sv: `Ruta ${index + 1}`, en: `Cell ${index + 1}`, ar: `خانة ${index + 1}` })}</Cell>
  ));

/** Column counts a grid should have at the current window width (mirrors the breakpoint tokens). */
function expectedColumns(perBreakpoint: { base: number; sm?: number; md?: number; lg?: number; xl?: number }): number {
  const width = window.innerWidth;
  const order: Array<[number, number | undefined]> = [
    [1280, perBreakpoint.xl],
    [1024, perBreakpoint.lg],
    [768, perBreakpoint.md],
    [480, perBreakpoint.sm],
  ];
  let columns = perBreakpoint.base;
  for (const [min, value] of [...order].reverse()) if (width >= min && value !== undefined) columns = value;
  return columns;
}

const trackCount = (element: Element) => getComputedStyle(element).gridTemplateColumns.split(' ').length;

const meta = {
  title: 'Komponenter/Grid',
  component: Grid,
  subcomponents: { GridItem },
  argTypes: {
    gap: { control: 'select', options: ['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16'] },
    children: { control: false },
  },
} satisfies Meta<typeof Grid>;

export default meta;
type Story = StoryObj<typeof meta>;

const layoutNames: Array<{ layout: GridLayout; from: 'md' | 'lg'; parts: Array<{ sv: string; en: string; ar: string }> }> = [
  { layout: 'main-sidebar', from: 'lg', parts: [{ sv: 'Huvudinnehåll', en: 'Main content', ar: 'المحتوى الرئيسي' }, { sv: 'Sidospalt', en: 'Sidebar', ar: 'الشريط الجانبي' }] },
  { layout: 'sidebar-main', from: 'lg', parts: [{ sv: 'Undermeny', en: 'Section menu', ar: 'قائمة القسم' }, { sv: 'Huvudinnehåll', en: 'Main content', ar: 'المحتوى الرئيسي' }] },
  { layout: 'two-thirds-one-third', from: 'md', parts: [{ sv: 'Två tredjedelar', en: 'Two thirds', ar: 'الثلثان' }, { sv: 'En tredjedel', en: 'One third', ar: 'الثلث' }] },
  { layout: 'one-third-two-thirds', from: 'md', parts: [{ sv: 'En tredjedel', en: 'One third', ar: 'الثلث' }, { sv: 'Två tredjedelar', en: 'Two thirds', ar: 'الثلثان' }] },
  { layout: 'halves', from: 'md', parts: [{ sv: 'Första halvan', en: 'First half', ar: 'النصف الأول' }, { sv: 'Andra halvan', en: 'Second half', ar: 'النصف الثاني' }] },
  {
    layout: 'thirds',
    from: 'md',
    parts: [
      { sv: 'Första tredjedelen', en: 'First third', ar: 'الثلث الأول' },
      { sv: 'Andra tredjedelen', en: 'Second third', ar: 'الثلث الثاني' },
      { sv: 'Tredje tredjedelen', en: 'Third third', ar: 'الثلث الثالث' },
    ],
  },
];

/**
 * Every named layout at once: one column on phones (320 px), side by side from `md` (768 px) or,
 * for the sidebar layouts, from `lg` (1024 px). Source order is reading order in every layout.
 */
export const Layouts: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Stack gap="8">
        {layoutNames.map(({ layout, parts }) => (
          <Stack gap="2" key={layout}>
            <Text variant="small">
              {/* Code reads left to right in a right-to-left page too. */}
              <code dir="ltr">layout=&quot;{layout}&quot;</code>
            </Text>
            <Grid layout={layout} gap="4" data-layout-demo={layout}>
              {parts.map((part) => (
                <Cell key={part.sv}>{t(part)}</Cell>
              ))}
            </Grid>
          </Stack>
        ))}
      </Stack>
    );
  },
  play: async ({ canvasElement }) => {
    // The real CSS in the browser: one column below the layout's breakpoint, its columns above.
    for (const { layout, from, parts } of layoutNames) {
      const element = canvasElement.querySelector(`[data-layout-demo="${layout}"]`)!;
      const columns = from === 'md' ? expectedColumns({ base: 1, md: parts.length }) : expectedColumns({ base: 1, lg: parts.length });
      await expect(trackCount(element), layout).toBe(columns);
    }
  },
};

/** One column on phones, two from `md` (768px), three from `lg` (1024px). Resize to see it. */
export const Responsive: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <Grid data-testid="grid" {...args}>
        {cells(t, 6)}
      </Grid>
    );
  },
  args: { columns: { base: 1, md: 2, lg: 3 } },
  play: async ({ canvasElement }) => {
    // Checks the real CSS in the browser: the column count matches the viewport's breakpoint.
    const grid = within(canvasElement).getByTestId('grid');
    await expect(trackCount(grid)).toBe(expectedColumns({ base: 1, md: 2, lg: 3 }));
    await expect(getComputedStyle(grid).rowGap).toBe('24px');
  },
};

/**
 * Spans with `GridItem`: a heading across the whole row (`span="full"`), a wide item over two of
 * four columns from `lg`. On a phone every item is one column: a span is never wider than the grid.
 */
export const Spans: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Grid columns={{ base: 1, md: 2, lg: 4 }} gap="4" data-testid="grid">
        <GridItem span="full">
          <Heading level={2} size={4}>
            {t({ sv: 'Aktuellt i din stadsdel', en: 'News in your district', ar: 'أخبار منطقتك' })}
          </Heading>
        </GridItem>
        <GridItem span={{ md: 2 }} data-testid="wide">
          <Cell>
            {t({
              sv: 'Ny lekplats i Slottsskogen öppnar i maj. Två tredjedelar av platsen blir tillgänglig för rullstol.',
              en: 'A new playground in Slottsskogen opens in May. Two thirds of it will be wheelchair accessible.',
              ar: 'يُفتتح ملعب جديد في سلوتسكوغن في مايو، وسيكون ثلثاه مهيّأين للكراسي المتحركة.',
            })}
          </Cell>
        </GridItem>
        <Cell>{t({ sv: 'Vägarbete på Linnégatan', en: 'Roadworks on Linnégatan', ar: 'أعمال طرق في شارع لينيه' })}</Cell>
        <Cell>{t({ sv: 'Öppet hus på biblioteket', en: 'Open day at the library', ar: 'يوم مفتوح في المكتبة' })}</Cell>
        <GridItem span={3} data-testid="clamped">
          <Cell>
            {t({
              sv: 'span={3}: tre kolumner där det finns tre, annars så många som finns.',
              en: 'span={3}: three columns where there are three, otherwise as many as there are.',
              ar: 'span={3}: ثلاثة أعمدة حيث توجد ثلاثة، وإلا فبقدر ما يوجد.',
            })}
          </Cell>
        </GridItem>
      </Grid>
    );
  },
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByTestId('grid');
    const columns = expectedColumns({ base: 1, md: 2, lg: 4 });
    // Never an extra column: the track count is the grid's own at every width.
    await expect(trackCount(grid)).toBe(columns);
    const wide = within(canvasElement).getByTestId('wide');
    await expect(getComputedStyle(wide).gridColumnStart).toBe(`span ${Math.min(columns, window.innerWidth >= 768 ? 2 : 1)}`);
    const clamped = within(canvasElement).getByTestId('clamped');
    await expect(getComputedStyle(clamped).gridColumnStart).toBe(`span ${Math.min(columns, 3)}`);
  },
};

/**
 * A page section with main content and a sidebar, no CSS of its own: `layout="main-sidebar"`
 * with an `aside` that comes after the main content when read.
 */
export const MainAndSidebar: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Grid layout="main-sidebar" gap="8">
        <Stack gap="4">
          <Heading level={2}>{t({ sv: 'Parkeringstillstånd för boende', en: 'Residents’ parking permits', ar: 'تصاريح وقوف السيارات للسكان' })}</Heading>
          <Text>
            {t({
              sv: 'Bor du i ett område med boendeparkering kan du ansöka om tillstånd att parkera nära ditt hem till en lägre avgift.',
              en: 'If you live in an area with residents’ parking, you can apply for a permit to park near your home at a lower fee.',
              ar: 'إذا كنت تسكن في منطقة بها مواقف للسكان، يمكنك التقدم بطلب تصريح للوقوف قرب منزلك برسوم أقل.',
            })}
          </Text>
        </Stack>
        <GridItem as="aside" aria-label={t({ sv: 'Kontakt', en: 'Contact', ar: 'اتصل بنا' })}>
          <Stack gap="2">
            <Heading level={2} size={5}>
              {t({ sv: 'Kontakt', en: 'Contact', ar: 'اتصل بنا' })}
            </Heading>
            <Text>{t({ sv: 'Kontaktcenter, telefon 031-365 00 00', en: 'Contact centre, phone +46 31 365 00 00', ar: 'مركز الاتصال، هاتف 00 00 365 31 46+' })}</Text>
            <Link href="#synpunkter">{t({ sv: 'Lämna synpunkter', en: 'Give feedback', ar: 'أرسل ملاحظاتك' })}</Link>
          </Stack>
        </GridItem>
      </Grid>
    );
  },
};

/** `layout="two-thirds-one-third"`: 2 : 1 from `md`, one column below. */
export const TwoThirdsOneThird: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Grid layout="two-thirds-one-third">
        <Cell>{t({ sv: 'Ansökan om förskoleplats', en: 'Preschool place application', ar: 'طلب مكان في الروضة' })}</Cell>
        <Cell>{t({ sv: 'Så behandlar vi dina uppgifter', en: 'How we handle your data', ar: 'كيف نعالج بياناتك' })}</Cell>
      </Grid>
    );
  },
};

/** `layout="halves"` and `layout="thirds"`: equal columns from `md` without counting them. */
export const HalvesAndThirds: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Stack gap="6">
        <Grid layout="halves">{cells(t, 2)}</Grid>
        <Grid layout="thirds">{cells(t, 3)}</Grid>
      </Stack>
    );
  },
};

/** A fixed number of columns on every screen size. Use only for small items. */
export const FixedColumns: Story = {
  render: (args) => {
    const t = useDemoText();
    return <Grid {...args}>{cells(t, 8)}</Grid>;
  },
  args: { columns: 4, gap: '2' },
};

/** Two columns from `sm` (480px), four from `xl` (1280px). */
export const SmallToExtraLarge: Story = {
  render: (args) => {
    const t = useDemoText();
    return <Grid {...args}>{cells(t, 8)}</Grid>;
  },
  args: { columns: { base: 1, sm: 2, xl: 4 } },
};

/** Tighter and wider gaps from the spacing scale. */
export const Gaps: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-8)' }}>
        <Grid {...args} gap="2" aria-label="gap 2" as="section">
          {cells(t, 3)}
        </Grid>
        <Grid {...args} gap="10" aria-label="gap 10" as="section">
          {cells(t, 3)}
        </Grid>
      </div>
    );
  },
  args: { columns: 3 },
};

/** A list of links as cards: `as="ul"` keeps the list semantics. */
export const AsList: Story = {
  render: () => {
    const t = useDemoText();
    const items = [
      { id: 'forskola', text: t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' }) },
      { id: 'grundskola', text: t({ sv: 'Grundskola', en: 'Compulsory school', ar: 'المدرسة الأساسية' }) },
      { id: 'gymnasieskola', text: t({ sv: 'Gymnasieskola', en: 'Upper secondary school', ar: 'المدرسة الثانوية' }) },
    ];
    return (
      <Grid as="ul" columns={{ base: 1, md: 3 }}>
        {items.map(({ id, text }) => (
          <GridItem as="li" key={id} style={cellStyle}>
            <Link href={`#${id}`}>{text}</Link>
          </GridItem>
        ))}
      </Grid>
    );
  },
};

/** Dark theme. */
export const Dark: Story = { ...Layouts, play: undefined, globals: { theme: 'dark' } };

/** English locale: the demo content in English. */
export const English: Story = { ...Spans, globals: { locale: 'en' } };

/** Right to left with Arabic content: the first column is on the right, spans mirror too. */
export const RightToLeft: Story = { ...MainAndSidebar, globals: { dir: 'rtl', locale: 'en' } };
