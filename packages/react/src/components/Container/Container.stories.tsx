import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { CSSProperties } from 'react';
import type { DemoArgs } from '../../storybook/demo.js';
import { Container } from './Container.js';

// Outline of the content box so the width is visible in the examples.
const contentStyle: CSSProperties = {
  padding: 'var(--gbg-space-4)',
  background: 'var(--gbg-color-surface-subtle)',
  border: 'var(--gbg-border-width-thin) dashed var(--gbg-color-border-default)',
  color: 'var(--gbg-color-text-default)',
  fontFamily: 'var(--gbg-font-family-sans)',
  lineHeight: 'var(--gbg-font-line-height-relaxed)',
};

const text = {
  sv: 'Göteborgs Stad ansvarar för förskola, skola, äldreomsorg, kultur, idrott och mycket mer. Här hittar du information om kommunens service och hur du kontaktar oss.',
  en: 'The City of Gothenburg is responsible for preschool, school, elderly care, culture, sport and much more. Here you will find information about the city’s services and how to contact us.',
  ar: 'تتولى مدينة يوتبوري مسؤولية الروضة والمدرسة ورعاية المسنين والثقافة والرياضة وغير ذلك الكثير. ستجد هنا معلومات عن خدمات البلدية وكيفية التواصل معنا.',
};
const paragraph = (words: string) => <p style={{ ...contentStyle, margin: 0 }}>{words}</p>;

const meta = {
  title: 'Komponenter/Container',
  component: Container,
  args: { children: paragraph(text.sv) },
  argTypes: {
    size: { control: 'inline-radio', options: ['narrow', 'default', 'wide'] },
    gutter: { control: 'select', options: [undefined, '0', '2', '4', '6', '8', '12'] },
    children: { control: false },
  },
  parameters: {
    demoArgs: { en: { children: paragraph(text.en) }, ar: { children: paragraph(text.ar) } } satisfies DemoArgs<typeof Container>,
  },
} satisfies Meta<typeof Container>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Page content: 1200px wide at most, responsive gutter. */
export const Default: Story = {};

/** Reading column for text pages and forms (720px, about 70 characters per line). */
export const Narrow: Story = {
  args: { size: 'narrow' },
  play: async ({ canvasElement }) => {
    // The width and gutter come from tokens: 720px and space.4/6/8 by viewport.
    const container = canvasElement.querySelector('p')!.parentElement!;
    const style = getComputedStyle(container);
    const width = window.innerWidth;
    const gutter = width >= 1024 ? 32 : width >= 768 ? 24 : 16;
    await expect(style.paddingInlineStart).toBe(`${gutter}px`);
    await expect(style.paddingInlineEnd).toBe(`${gutter}px`);
    // The content column is 720px; the gutters are added outside it.
    await expect(parseFloat(style.maxWidth)).toBe(720 + 2 * gutter);
    // It fills its parent up to that width (also when the parent is a flex container).
    const parent = getComputedStyle(container.parentElement!);
    const available = container.parentElement!.clientWidth - parseFloat(parent.paddingLeft) - parseFloat(parent.paddingRight);
    await expect(container.getBoundingClientRect().width).toBeCloseTo(Math.min(available, 720 + 2 * gutter), 0);
  },
};

/** Wide layouts such as maps or tables (1440px). */
export const Wide: Story = { args: { size: 'wide' } };

/** Fixed gutter from the spacing scale instead of the responsive one. */
export const FixedGutter: Story = { args: { gutter: '2' } };

const mainContent = (heading: string, words: string) => (
  <div style={contentStyle}>
    <h1 style={{ marginBlockStart: 0 }}>{heading}</h1>
    <p style={{ marginBlockEnd: 0 }}>{words}</p>
  </div>
);

/** Rendered as the page's main landmark. */
export const AsMain: Story = {
  args: { as: 'main', size: 'narrow', children: mainContent('Bygglov', text.sv) },
  parameters: {
    demoArgs: {
      en: { children: mainContent('Building permits', text.en) },
      ar: { children: mainContent('رخص البناء', text.ar) },
    },
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { size: 'narrow' } };

/** Right to left with Arabic content: the gutter is logical (padding-inline) and mirrors. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' }, args: { size: 'narrow' } };
