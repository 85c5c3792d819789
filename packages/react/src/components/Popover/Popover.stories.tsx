import type { Meta, StoryObj } from '@storybook/react-vite';
import { HelpIcon } from '@goteborgsstad/icons';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { Link } from '../Link/Link.js';
import { Popover } from './Popover.js';

/** Room below the trigger, so the open popover lies inside the story (screenshots clip to it). */
const stage = { minBlockSize: '20rem', paddingBlock: 'var(--gbg-space-2)' } as const;

const meta = {
  title: 'Komponenter/Popover',
  component: Popover,
  args: {
    heading: 'Avgift för boendeparkering',
    trigger: <Button variant="secondary">Vad kostar det?</Button>,
  },
  decorators: [
    (Story) => (
      <div style={stage}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Popover>;

export default meta;
type Story = StoryObj<typeof meta>;

const openByTrigger = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const trigger = within(canvasElement).getAllByRole('button')[0]!;
  await userEvent.click(trigger);
  const popover = await within(canvasElement).findByRole('dialog');
  await waitFor(() => expect(popover.matches(':popover-open')).toBe(true));
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  return { trigger, popover };
};

/**
 * The trigger opens a short explanation below it, with a heading, a link and a close button.
 * Escape, a click outside or "Stäng" closes it; focus goes back to the trigger.
 */
export const Standard: Story = {
  render: function Render(args) {
    const t = useDemoText();
    return (
      <Popover
        {...args}
        heading={t({ sv: 'Avgift för boendeparkering', en: 'Resident parking fee', ar: 'رسوم وقوف السكان' })}
        trigger={<Button variant="secondary">{t({ sv: 'Vad kostar det?', en: 'What does it cost?', ar: 'كم التكلفة؟' })}</Button>}
      >
        <p>
          {t({
            sv: 'Ett tillstånd kostar 800 kronor i månaden i zon A och 500 kronor i zon B. Du betalar för en månad i taget.',
            en: 'A permit costs SEK 800 a month in zone A and SEK 500 in zone B. You pay for one month at a time.',
            ar: 'يكلف التصريح 800 كرونة شهريًا في المنطقة A و500 كرونة في المنطقة B. تدفع شهرًا بشهر.',
          })}
        </p>
        <Link href="#avgifter">{t({ sv: 'Alla avgifter för parkering', en: 'All parking fees', ar: 'جميع رسوم الوقوف' })}</Link>
      </Popover>
    );
  },
  parameters: { visual: { play: true } },
  play: async (context) => {
    const { trigger, popover } = await openByTrigger(context);
    // Focus moved into the popover, which is named by its heading.
    await waitFor(() => expect(popover).toHaveFocus());
    await expect(popover).toHaveAccessibleName(/boendeparkering|parking|وقوف/i);
    // Anchored just below the trigger (CSS anchor positioning).
    const t = trigger.getBoundingClientRect();
    const p = popover.getBoundingClientRect();
    await expect(p.top).toBeGreaterThanOrEqual(t.bottom);
    await expect(p.top - t.bottom).toBeLessThan(16);
  },
};

/** An icon-only help button as the trigger; its name ("Om zonerna") says what it opens. */
export const IconTrigger: Story = {
  render: function Render(args) {
    const t = useDemoText();
    return (
      // A div, not a p: the popover is a div and may not sit inside a paragraph.
      <div style={{ display: 'flex', alignItems: 'center', gap: 'var(--gbg-space-2)' }}>
        <span>{t({ sv: 'Välj zon för tillståndet', en: 'Choose a zone for the permit', ar: 'اختر منطقة للتصريح' })}</span>
        <Popover
          {...args}
          heading={t({ sv: 'Zonerna', en: 'The zones', ar: 'المناطق' })}
          trigger={<Button variant="tertiary" iconOnly icon={HelpIcon} aria-label={t({ sv: 'Om zonerna', en: 'About the zones', ar: 'حول المناطق' })} />}
        >
          <p>
            {t({
              sv: 'Zon A är centrum innanför Vallgraven. Zon B är resten av staden innanför Ringleden.',
              en: 'Zone A is the city centre inside the moat. Zone B is the rest of the city inside the ring road.',
              ar: 'المنطقة A هي وسط المدينة داخل الخندق. المنطقة B هي بقية المدينة داخل الطريق الدائري.',
            })}
          </p>
        </Popover>
      </div>
    );
  },
  play: async (context) => {
    const { popover } = await openByTrigger(context);
    // Escape closes it and focus goes back to the trigger are driven in Popover.browser.test.tsx.
    await expect(within(popover).getByRole('button', { name: /Stäng|Close/ })).toBeInTheDocument();
  },
};

/** Opens above the trigger (`placement="block-start"`); near the top of the screen it flips below. */
export const Above: Story = {
  decorators: [
    (Story) => (
      <div style={{ display: 'flex', alignItems: 'flex-end', minBlockSize: '18rem' }}>
        <Story />
      </div>
    ),
  ],
  render: function Render(args) {
    const t = useDemoText();
    return (
      <Popover
        {...args}
        placement="block-start"
        heading={t({ sv: 'Handläggningstid', en: 'Processing time', ar: 'مدة المعالجة' })}
        trigger={<Button variant="secondary">{t({ sv: 'Hur lång tid tar det?', en: 'How long does it take?', ar: 'كم يستغرق ذلك؟' })}</Button>}
      >
        <p>
          {t({
            sv: 'Vi fattar beslut inom tre veckor. I juli kan det ta upp till fem veckor.',
            en: 'We decide within three weeks. In July it can take up to five weeks.',
            ar: 'نتخذ القرار خلال ثلاثة أسابيع. في يوليو قد يستغرق ذلك حتى خمسة أسابيع.',
          })}
        </p>
      </Popover>
    );
  },
  play: async (context) => {
    const { trigger, popover } = await openByTrigger(context);
    await expect(popover.getBoundingClientRect().bottom).toBeLessThanOrEqual(trigger.getBoundingClientRect().top);
  },
};

/** Controlled: the app holds the state (`open`, `onOpenChange`) and shows it next to the trigger. */
export const Controlled: Story = {
  render: function Render(args) {
    const t = useDemoText();
    const [open, setOpen] = useState(false);
    return (
      <div style={{ display: 'grid', gap: 'var(--gbg-space-3)', justifyItems: 'start' }}>
        <Popover
          {...args}
          open={open}
          onOpenChange={setOpen}
          heading={t({ sv: 'Dokument du behöver', en: 'Documents you need', ar: 'المستندات المطلوبة' })}
          trigger={<Button variant="secondary">{t({ sv: 'Vad behöver jag?', en: 'What do I need?', ar: 'ماذا أحتاج؟' })}</Button>}
        >
          <p>
            {t({
              sv: 'Registreringsbevis för fordonet och ett hyreskontrakt eller köpekontrakt för bostaden.',
              en: 'The vehicle registration certificate and a lease or purchase contract for your home.',
              ar: 'شهادة تسجيل المركبة وعقد إيجار أو شراء للمسكن.',
            })}
          </p>
        </Popover>
        <p style={{ margin: 0 }} data-testid="state">
          {open ? t({ sv: 'Popovern är öppen.', en: 'The popover is open.', ar: 'النافذة مفتوحة.' }) : t({ sv: 'Popovern är stängd.', en: 'The popover is closed.', ar: 'النافذة مغلقة.' })}
        </p>
      </div>
    );
  },
  play: async (context) => {
    await openByTrigger(context);
    await expect(within(context.canvasElement).getByTestId('state')).toHaveTextContent(/öppen|open|مفتوحة/);
  },
};

/** Dark theme: raised surface, border and text from the dark tokens. */
export const Dark: Story = { ...Standard, parameters: {}, globals: { theme: 'dark' } };

/** English locale: "Close" from the dictionary and English demo content. */
export const English: Story = { ...Standard, parameters: {}, globals: { locale: 'en' } };

/** Right to left with Arabic content: the popover opens from the trigger's right edge towards the left. */
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
  play: async (context) => {
    const { trigger, popover } = await openByTrigger(context);
    // Mirrored: the popover's right edge lines up with the trigger's right edge.
    await expect(Math.abs(popover.getBoundingClientRect().right - trigger.getBoundingClientRect().right)).toBeLessThan(2);
  },
};
