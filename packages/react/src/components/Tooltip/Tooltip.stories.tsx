import type { Meta, StoryObj } from '@storybook/react-vite';
import { DownloadIcon, PrintIcon, ShareIcon } from '@goteborgsstad/icons';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { Tooltip } from './Tooltip.js';

/** Room around the controls, so the tooltip lies inside the story (screenshots clip to it). */
const stage = { display: 'flex', justifyContent: 'center', paddingBlock: 'var(--gbg-space-12)', paddingInline: 'var(--gbg-space-2)' } as const;
const row = { display: 'flex', flexWrap: 'wrap', gap: 'var(--gbg-space-2)' } as const;

const meta = {
  title: 'Komponenter/Tooltip',
  component: Tooltip,
  args: { content: 'Skriv ut sidan', children: <Button iconOnly icon={PrintIcon} aria-label="Skriv ut" /> },
  decorators: [
    (Story) => (
      <div style={stage}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Tooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Rests the pointer on the first control and waits for its tooltip. */
const hoverFirst = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const trigger = within(canvasElement).getAllByRole('button')[0]!;
  await userEvent.hover(trigger);
  const tooltip = await within(canvasElement).findByRole('tooltip', {}, { timeout: 2000 });
  await waitFor(() => expect(tooltip.matches(':popover-open')).toBe(true));
  return { trigger, tooltip };
};

/**
 * An icon-only button named "Skriv ut" (its own `aria-label`), with the tooltip "Skriv ut
 * sidan" as its description. Shown on hover after a short delay and at once on keyboard focus.
 */
export const Standard: Story = {
  render: function Render(args) {
    const t = useDemoText();
    return (
      <Tooltip {...args} content={t({ sv: 'Skriv ut sidan', en: 'Print this page', ar: 'اطبع هذه الصفحة' })}>
        <Button iconOnly variant="secondary" icon={PrintIcon} aria-label={t({ sv: 'Skriv ut', en: 'Print', ar: 'طباعة' })} />
      </Tooltip>
    );
  },
  parameters: { visual: { play: true } },
  play: async (context) => {
    const { trigger, tooltip } = await hoverFirst(context);
    await expect(trigger).toHaveAccessibleName(/Skriv ut|Print|طباعة/);
    await expect(trigger).toHaveAccessibleDescription(/Skriv ut sidan|Print this page|اطبع/);
    // Above the button, centred on it.
    const b = trigger.getBoundingClientRect();
    const r = tooltip.getBoundingClientRect();
    await expect(r.bottom).toBeLessThanOrEqual(b.top);
    await expect(Math.abs((r.left + r.right) / 2 - (b.left + b.right) / 2)).toBeLessThan(2);
  },
};

/** A toolbar of icon-only buttons, each named by its `aria-label` and described by its tooltip. */
export const Toolbar: Story = {
  render: function Render() {
    const t = useDemoText();
    return (
      <div role="toolbar" aria-label={t({ sv: 'Dokumentet', en: 'The document', ar: 'المستند' })} style={row}>
        <Tooltip content={t({ sv: 'Skriv ut beslutet', en: 'Print the decision', ar: 'اطبع القرار' })}>
          <Button iconOnly variant="secondary" icon={PrintIcon} aria-label={t({ sv: 'Skriv ut', en: 'Print', ar: 'طباعة' })} />
        </Tooltip>
        <Tooltip content={t({ sv: 'Ladda ner som PDF', en: 'Download as PDF', ar: 'تنزيل بصيغة PDF' })}>
          <Button iconOnly variant="secondary" icon={DownloadIcon} aria-label={t({ sv: 'Ladda ner', en: 'Download', ar: 'تنزيل' })} />
        </Tooltip>
        <Tooltip content={t({ sv: 'Dela en länk till beslutet', en: 'Share a link to the decision', ar: 'شارك رابط القرار' })}>
          <Button iconOnly variant="secondary" icon={ShareIcon} aria-label={t({ sv: 'Dela', en: 'Share', ar: 'مشاركة' })} />
        </Tooltip>
      </div>
    );
  },
  play: async (context) => {
    const buttons = within(context.canvasElement).getAllByRole('button');
    await expect(buttons).toHaveLength(3);
    for (const button of buttons) await expect(button).toHaveAccessibleDescription(/.+/);
  },
};

/** Below the control (`placement="block-end"`); with no room below it flips above. */
export const Below: Story = {
  render: function Render(args) {
    const t = useDemoText();
    return (
      <Tooltip {...args} placement="block-end" content={t({ sv: 'Ladda ner som PDF', en: 'Download as PDF', ar: 'تنزيل بصيغة PDF' })}>
        <Button iconOnly variant="secondary" icon={DownloadIcon} aria-label={t({ sv: 'Ladda ner', en: 'Download', ar: 'تنزيل' })} />
      </Tooltip>
    );
  },
  play: async (context) => {
    const { trigger, tooltip } = await hoverFirst(context);
    await expect(tooltip.getBoundingClientRect().top).toBeGreaterThanOrEqual(trigger.getBoundingClientRect().bottom);
  },
};

/** Dark theme: the inverse surface turns light and the text black. */
export const Dark: Story = { ...Standard, parameters: {}, globals: { theme: 'dark' } };

/** English locale: English demo content. */
export const English: Story = { ...Standard, parameters: {}, globals: { locale: 'en' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = {
  ...Standard,
  parameters: {},
  globals: { dir: 'rtl', locale: 'en' },
  decorators: [
    (Story) => (
      <div lang="ar">
        <Story />
      </div>
    ),
  ],
};

/**
 * Controlled (`open` with `onOpenChange`): the "Visa hjälp" toggle beside the control shows the
 * tooltip, as one step of a guided tour might. Pointer, focus and Escape still ask for a change
 * through `onOpenChange`, so the toggle follows them.
 */
export const Styrd: Story = {
  render: function Render(args) {
    const t = useDemoText();
    const [open, setOpen] = useState(false);
    return (
      <div style={row}>
        <Tooltip {...args} open={open} onOpenChange={setOpen} content={t({ sv: 'Skriv ut sidan', en: 'Print this page', ar: 'اطبع هذه الصفحة' })}>
          <Button iconOnly variant="secondary" icon={PrintIcon} aria-label={t({ sv: 'Skriv ut', en: 'Print', ar: 'طباعة' })} />
        </Tooltip>
        <Button variant="tertiary" aria-pressed={open} onClick={() => setOpen((shown) => !shown)}>
          {t({ sv: 'Visa hjälp', en: 'Show help', ar: 'اعرض المساعدة' })}
        </Button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: /Visa hjälp|Show help|اعرض/ });
    const tooltip = canvas.getByRole('tooltip', { hidden: true });
    const shown = () => tooltip.matches(':popover-open');
    await expect(shown()).toBe(false);
    await userEvent.click(toggle);
    await waitFor(() => expect(shown()).toBe(true));
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Escape asks to hide it; the app's state follows, and so does the toggle.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(shown()).toBe(false));
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    // Shown again for the docs page and the accessibility check.
    await userEvent.click(toggle);
    await waitFor(() => expect(shown()).toBe(true));
  },
};
