import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { ProgressBar } from './ProgressBar.js';

const meta = {
  title: 'Komponenter/ProgressBar',
  component: ProgressBar,
  args: { label: 'Laddar upp bilagor', value: 60 },
  parameters: { demoArgs: { en: { label: 'Uploading attachments' }, ar: { label: 'جارٍ تحميل المرفقات' } } },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: '36rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: 'var(--gbg-space-6)' } as const;

/** The states together: started, in the middle with a value in words, done, and indeterminate. */
export const States: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={column}>
        <ProgressBar label={t({ sv: 'Laddar upp bilagor', en: 'Uploading attachments', ar: 'جارٍ تحميل المرفقات' })} value={0} />
        <ProgressBar
          label={t({ sv: 'Laddar upp bilagor', en: 'Uploading attachments', ar: 'جارٍ تحميل المرفقات' })}
          value={3}
          max={5}
          valueText={t({ sv: '3 av 5 filer', en: '3 of 5 files', ar: '3 من 5 ملفات' })}
        />
        <ProgressBar label={t({ sv: 'Sparar utkastet', en: 'Saving the draft', ar: 'جارٍ حفظ المسودة' })} value={100} />
        <ProgressBar label={t({ sv: 'Kontrollerar dina uppgifter', en: 'Checking your details', ar: 'جارٍ التحقق من بياناتك' })} />
      </div>
    );
  },
};

/** Determinate, with the percentage from the dictionary ("60 %"). */
export const Determinate: Story = {
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', '60');
  },
};

/** The value in the units people count in: "3 av 5 filer". */
export const WithValueText: Story = {
  args: { value: 3, max: 5, valueText: '3 av 5 filer' },
  parameters: { demoArgs: { en: { label: 'Uploading attachments', valueText: '3 of 5 files' }, ar: { label: 'جارٍ تحميل المرفقات', valueText: '3 من 5 ملفات' } } },
};

/** Indeterminate: the amount is unknown. A segment moves; with reduced motion the track is striped and still. */
export const Indeterminate: Story = {
  args: { value: undefined, label: 'Kontrollerar dina uppgifter' },
  parameters: { demoArgs: { en: { label: 'Checking your details' }, ar: { label: 'جارٍ التحقق من بياناتك' } } },
};

/** The label hidden for the eye where the text around already says what is going on; still read by screen readers. */
export const HiddenLabel: Story = {
  args: { hideLabel: true, label: 'Laddar upp bilagor', value: 40 },
};

function Upload() {
  const t = useDemoText();
  const [done, setDone] = useState(1);
  const total = 4;
  return (
    <div style={column}>
      <ProgressBar
        label={t({ sv: 'Laddar upp bilagor', en: 'Uploading attachments', ar: 'جارٍ تحميل المرفقات' })}
        value={done}
        max={total}
        valueText={t({ sv: `${done} av ${total} filer`, en: `${done} of ${total} files`, ar: `${done} من ${total} ملفات` })}
      />
      <div>
        <Button variant="secondary" disabled={done === total} onClick={() => setDone((count) => Math.min(count + 1, total))}>
          {t({ sv: 'Ladda upp nästa fil', en: 'Upload the next file', ar: 'تحميل الملف التالي' })}
        </Button>
      </div>
    </div>
  );
}

/** The value changes as work is done; the bar's value and words follow. */
export const Changing: Story = {
  render: () => <Upload />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Ladda upp nästa fil' }));
    const bar = canvas.getByRole('progressbar', { name: 'Laddar upp bilagor' });
    await expect(bar).toHaveAttribute('aria-valuenow', '2');
    await expect(bar).toHaveAttribute('aria-valuetext', '2 av 4 filer');
  },
};

/** Dark theme: a black track with a white edge and a light blue fill. */
export const Dark: Story = { ...States, globals: { theme: 'dark' } };

/** English locale: English demo content and "60%" from the English dictionary. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: the bar fills from the right. */
export const RightToLeft: Story = {
  ...States,
  render: (args, context) => <div lang="ar">{States.render!(args, context)}</div>,
  globals: { dir: 'rtl', locale: 'en' },
};
