import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { DemoArgs } from '../../storybook/demo.js';
import { useDemoText } from '../../storybook/demo.js';
import { StepIndicator, type StepIndicatorStep } from './StepIndicator.js';

const headingStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-heading-1)', margin: 0 };

const names = {
  sv: ['Om dig', 'Fastigheten', 'Bilagor', 'Kontrollera dina svar'],
  en: ['About you', 'The property', 'Attachments', 'Check your answers'],
  ar: ['معلومات عنك', 'العقار', 'المرفقات', 'راجع إجاباتك'],
};

const linked = (labels: string[]): StepIndicatorStep[] =>
  labels.map((label, index) => ({ label, href: `#steg-${index + 1}` }));

const meta = {
  title: 'Komponenter/StepIndicator',
  component: StepIndicator,
  args: { steps: names.sv, current: 2 },
  parameters: {
    demoArgs: { en: { steps: names.en }, ar: { steps: names.ar } } satisfies DemoArgs<typeof StepIndicator>,
  },
} satisfies Meta<typeof StepIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Above the heading of the second of four pages: "Steg 2 av 4: Fastigheten" and the bar. */
export const Default: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)' }}>
        <StepIndicator {...args} />
        <h1 style={headingStyle}>{t({ sv: 'Fastigheten', en: 'The property', ar: 'العقار' })}</h1>
      </div>
    );
  },
};

/** The first page: one segment filled. */
export const FirstStep: Story = { args: { current: 1 } };

/** The last page before sending: every segment filled. */
export const LastStep: Story = { args: { current: 4 } };

/**
 * With "Visa alla steg" open: completed steps link back (and say "klart"), the current step is
 * marked `aria-current="step"`, later steps are text.
 */
export const WithAllSteps: Story = {
  args: { steps: linked(names.sv), current: 3, showSteps: true },
  parameters: {
    demoArgs: { en: { steps: linked(names.en) }, ar: { steps: linked(names.ar) } } satisfies DemoArgs<typeof StepIndicator>,
    visual: { play: true },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvasElement.querySelector('summary')!;
    await userEvent.click(summary);
    await expect(canvasElement.querySelector('details')).toHaveProperty('open', true);
    const links = canvas.getAllByRole('link');
    await expect(links).toHaveLength(2);
    await expect(canvasElement.querySelector('[aria-current="step"]')).not.toBeNull();
  },
};

/** Keyboard focus on "Visa alla steg": the ring. */
export const Focused: Story = {
  args: { showSteps: true },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const summary = canvasElement.querySelector('summary')!;
    await expect(summary).toHaveFocus();
    await expect(getComputedStyle(summary).outlineStyle).toBe('solid');
  },
};

/** Long step names wrap; the count stays first. */
export const LongNames: Story = {
  args: {
    steps: ['Om dig', 'Fastigheten och den planerade tillbyggnaden av enbostadshuset', 'Bilagor', 'Kontrollera dina svar'],
  },
  parameters: {
    demoArgs: {
      en: { steps: ['About you', 'The property and the planned extension of the single-family house', 'Attachments', 'Check your answers'] },
      ar: { steps: ['معلومات عنك', 'العقار والتوسعة المخطط لها للمنزل المخصص لأسرة واحدة', 'المرفقات', 'راجع إجاباتك'] },
    } satisfies DemoArgs<typeof StepIndicator>,
  },
};

/** Six steps, the most that still read well. */
export const SixSteps: Story = {
  args: { steps: ['Om dig', 'Barnet', 'Förskola', 'Startdatum', 'Inkomst', 'Kontrollera'], current: 5 },
  parameters: {
    demoArgs: {
      en: { steps: ['About you', 'The child', 'Preschool', 'Start date', 'Income', 'Check'] },
      ar: { steps: ['معلومات عنك', 'الطفل', 'الروضة', 'تاريخ البدء', 'الدخل', 'المراجعة'] },
    } satisfies DemoArgs<typeof StepIndicator>,
  },
};

/** Dark theme: white text, light blue segments. */
export const Dark: Story = { ...Default, globals: { theme: 'dark' } };

/** English locale: "Step 2 of 4", English step names. */
export const English: Story = { ...Default, globals: { locale: 'en' } };

/** Right to left with Arabic step names: the bar fills from the right. */
export const RightToLeft: Story = {
  ...Default,
  globals: { dir: 'rtl', locale: 'en' },
  decorators: [(Story) => <div lang="ar"><Story /></div>],
};
