import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { demoLanguage, pickDemoText, useDemoText, type DemoArgs, type DemoTexts } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { Spinner } from './Spinner.js';

const meta = {
  title: 'Komponenter/Spinner',
  component: Spinner,
  args: {},
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

// Set per story, not on the meta: the stories of the built-in label must stay without one.
const yourCases = {
  args: { label: 'Laddar dina ärenden…' },
  parameters: {
    demoArgs: { en: { label: 'Loading your cases…' }, ar: { label: 'جارٍ تحميل طلباتك…' } } satisfies DemoArgs<typeof Spinner>,
  },
};

/** All three sizes with visible labels. In reduced motion the ring pulses instead of turning. */
export const Sizes: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }}>
        <Spinner size="sm" showLabel label={t({ sv: 'Söker adresser…', en: 'Searching addresses…', ar: 'جارٍ البحث عن العناوين…' })} />
        <Spinner size="md" showLabel label={t({ sv: 'Laddar dina ärenden…', en: 'Loading your cases…', ar: 'جارٍ تحميل طلباتك…' })} />
        <Spinner size="lg" showLabel label={t({ sv: 'Hämtar kartan…', en: 'Fetching the map…', ar: 'جارٍ تحميل الخريطة…' })} />
      </div>
    );
  },
};

/** Default: the label is visually hidden and read by screen readers. */
export const Standard: Story = {
  ...yourCases,
  play: async ({ canvasElement, globals }) => {
    const { en, ar } = yourCases.parameters.demoArgs;
    const label = pickDemoText({ sv: yourCases.args.label, en: en.label, ar: ar.label }, demoLanguage(globals));
    await expect(within(canvasElement).getByText(label)).toBeInTheDocument();
  },
};

/** Without a label: the built-in "Laddar…" from the dictionary. */
export const DefaultLabel: Story = { args: { showLabel: true } };

/** Visible label. */
export const WithVisibleLabel: Story = { ...yourCases, args: { ...yourCases.args, showLabel: true } };

/** A long label wraps beside the ring in a narrow column. */
export const LongLabel: Story = {
  args: { showLabel: true, label: 'Hämtar alla dina ärenden, beslut och meddelanden från de senaste fem åren…' },
  parameters: {
    demoArgs: {
      en: { label: 'Fetching all your cases, decisions and messages from the last five years…' },
      ar: { label: 'جارٍ جلب جميع طلباتك وقراراتك ورسائلك من السنوات الخمس الماضية…' },
    },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '16rem' }}><Story /></div>],
};

/** Loading starts after an action and is spoken (`announce`). */
export const AnnouncedAfterAction: Story = {
  render: () => {
    const [loading, setLoading] = useState(false);
    const t = useDemoText();
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }}>
        <Button variant="secondary" onClick={() => setLoading(true)}>
          {t({ sv: 'Visa fler ärenden', en: 'Show more cases', ar: 'عرض المزيد من الطلبات' })}
        </Button>
        {loading && (
          <Spinner
            announce
            showLabel
            label={t({ sv: 'Laddar fler ärenden…', en: 'Loading more cases…', ar: 'جارٍ تحميل المزيد من الطلبات…' })}
          />
        )}
      </div>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = (texts: DemoTexts) => pickDemoText(texts, demoLanguage(globals));
    await userEvent.click(within(canvasElement).getByRole('button', { name: t({ sv: 'Visa fler ärenden', en: 'Show more cases', ar: 'عرض المزيد من الطلبات' }) }));
    const label = t({ sv: 'Laddar fler ärenden…', en: 'Loading more cases…', ar: 'جارٍ تحميل المزيد من الطلبات…' });
    await waitFor(() => expect(document.querySelector('[role="status"]')).toHaveTextContent(label));
  },
};

/** Dark theme: the ring and text turn white. */
export const Dark: Story = { ...Sizes, globals: { theme: 'dark' } };

/** English locale: the built-in "Loading…". */
export const English: Story = { globals: { locale: 'en' }, args: { showLabel: true } };

/** Right to left with Arabic content: the ring at the inline start (right). */
export const RightToLeft: Story = {
  ...yourCases,
  globals: { dir: 'rtl', locale: 'en' },
  args: { ...yourCases.args, showLabel: true },
  render: (args) => (
    <div lang="ar">
      <Spinner {...args} />
    </div>
  ),
};
