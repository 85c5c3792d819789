import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { CSSProperties, ReactNode } from 'react';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Stack } from './Stack.js';

// A visible item for the examples; colours from tokens, text stays black/white.
const boxStyle: CSSProperties = {
  padding: 'var(--gbg-space-3)',
  background: 'var(--gbg-color-surface-subtle)',
  border: 'var(--gbg-border-width-thin) solid var(--gbg-color-border-default)',
  color: 'var(--gbg-color-text-default)',
  fontFamily: 'var(--gbg-font-family-sans)',
};
const Box = ({ children }: { children: ReactNode }) => <div style={boxStyle}>{children}</div>;
const boxes = (words: string[]) => words.map((word) => <Box key={word}>{word}</Box>);

const meta = {
  title: 'Komponenter/Stack',
  component: Stack,
  args: { children: boxes(['Första', 'Andra', 'Tredje']) },
  argTypes: {
    gap: { control: 'select', options: ['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16'] },
    direction: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    align: { control: 'select', options: ['start', 'center', 'end', 'stretch', 'baseline'] },
    justify: { control: 'select', options: ['start', 'center', 'end', 'between'] },
    children: { control: false },
  },
  parameters: {
    demoArgs: {
      en: { children: boxes(['First', 'Second', 'Third']) },
      ar: { children: boxes(['الأول', 'الثاني', 'الثالث']) },
    } satisfies DemoArgs<typeof Stack>,
  },
} satisfies Meta<typeof Stack>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Vertical with the default gap (space.4 = 16px). */
export const Vertical: Story = {
  play: async ({ canvasElement }) => {
    const stack = canvasElement.querySelector<HTMLElement>('.gbg-stack')!;
    await expect(getComputedStyle(stack).flexDirection).toBe('column');
    await expect(getComputedStyle(stack).rowGap).toBe('16px');
  },
};

/** Horizontal: follows the text direction, so the order flips in right-to-left. */
export const Horizontal: Story = { args: { direction: 'horizontal', gap: '2' } };

/** Every step of the spacing scale. */
export const Gaps: Story = {
  render: () => (
    <Stack gap="6">
      {(['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16'] as const).map((gap) => (
        <section key={gap} aria-label={`gap ${gap}`}>
          <p style={{ margin: 0, fontFamily: 'var(--gbg-font-family-sans)' }}>gap=&quot;{gap}&quot;</p>
          <Stack direction="horizontal" gap={gap}>
            <Box>A</Box>
            <Box>B</Box>
            <Box>C</Box>
          </Stack>
        </section>
      ))}
    </Stack>
  ),
};

/** Cross-axis alignment in a horizontal stack. */
export const Align: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Stack gap="6">
        {(['start', 'center', 'end', 'stretch', 'baseline'] as const).map((align) => (
          <Stack key={align} direction="horizontal" align={align} gap="2" style={{ minBlockSize: '6rem' }}>
            <Box>align=&quot;{align}&quot;</Box>
            <Box>
              {t({ sv: 'Två', en: 'Two', ar: 'سطران' })}
              <br />
              {t({ sv: 'rader', en: 'lines', ar: 'من النص' })}
            </Box>
          </Stack>
        ))}
      </Stack>
    );
  },
};

/** Main-axis distribution. `between` puts the first and last item at the edges. */
export const Justify: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <Stack gap="4">
        {(['start', 'center', 'end', 'between'] as const).map((justify) => (
          <Stack key={justify} direction="horizontal" justify={justify} gap="2">
            <Box>justify=&quot;{justify}&quot;</Box>
            <Box>{t({ sv: 'Två', en: 'Two', ar: 'اثنان' })}</Box>
          </Stack>
        ))}
      </Stack>
    );
  },
};

/** Items wrap onto new lines instead of overflowing a narrow container. */
export const Wrap: Story = {
  render: () => {
    const t = useDemoText();
    const words = t({
      sv: ['Bygglov', 'Förskola', 'Parkering', 'Avfall', 'Kultur', 'Idrott', 'Bostad'],
      en: ['Building permits', 'Preschool', 'Parking', 'Waste', 'Culture', 'Sport', 'Housing'],
      ar: ['رخص البناء', 'الروضة', 'مواقف السيارات', 'النفايات', 'الثقافة', 'الرياضة', 'السكن'],
    });
    return (
      <div style={{ maxInlineSize: '20rem' }}>
        <Stack direction="horizontal" gap="2" wrap>
          {boxes(words)}
        </Stack>
      </div>
    );
  },
};

const listItems = (texts: string[]) =>
  texts.map((text) => (
    <li key={text} style={boxStyle}>
      {text}
    </li>
  ));

/** Rendered as a list: the semantics come from `as`, the spacing from Stack. */
export const AsList: Story = {
  args: { as: 'ul', gap: '2', children: listItems(['Ansök om bygglov', 'Boka tid', 'Följ ditt ärende']) },
  parameters: {
    demoArgs: {
      en: { children: listItems(['Apply for a building permit', 'Book an appointment', 'Follow your case']) },
      ar: { children: listItems(['قدّم طلبًا للحصول على رخصة بناء', 'احجز موعدًا', 'تابع قضيتك']) },
    },
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { direction: 'horizontal' } };

/** Right to left with Arabic content: a horizontal stack starts at the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' }, args: { direction: 'horizontal' } };
