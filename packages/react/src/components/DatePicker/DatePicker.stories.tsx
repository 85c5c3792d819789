import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { DemoArgs } from '../../storybook/demo.js';
import { DatePicker } from './DatePicker.js';

// A fixed "today" (Monday 9 March 2026, week 11) keeps the calendar the same on every run.
const today = '2026-03-09';

/** Saturdays and Sundays, given as YYYY-MM-DD. */
const isWeekend = (date: string) => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** The calendar dialog lives in the top layer, outside the story's canvas: query the document. */
const page = () => within(document.body);

async function openCalendar(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: /Välj datum|Ändra datum|Choose date|Change date/ }));
  const grid = await page().findByRole('grid');
  await waitFor(() => expect(grid.contains(document.activeElement)).toBe(true));
  return grid;
}

const meta = {
  title: 'Komponenter/DatePicker',
  component: DatePicker,
  args: { label: 'Inflyttningsdatum', name: 'inflyttning', today, onValueChange: fn(), onValidate: fn() },
  parameters: {
    demoArgs: {
      en: { label: 'Move-in date' },
      ar: { label: 'تاريخ الانتقال' },
    } satisfies DemoArgs<typeof DatePicker>,
  },
} satisfies Meta<typeof DatePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A chosen date in the field; the button's name says which date it is. */
export const Standard: Story = { args: { defaultValue: '2026-03-16' } };

/**
 * The calendar open: March 2026 with week numbers, today (9 March) ringed, the chosen day
 * (16 March) filled, keyboard focus one day on (17 March).
 */
export const CalendarOpen: Story = {
  args: { defaultValue: '2026-03-16' },
  parameters: { visual: { play: true } },
  play: async ({ canvasElement }) => {
    const grid = await openCalendar(canvasElement);
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    await expect(within(grid).getByRole('gridcell', { selected: true })).toHaveFocus();
  },
};

/** Empty field: the calendar opens on today. */
export const Empty: Story = {};

/**
 * Keyboard only: open, Page Down to April, Home to the week's Monday, Enter picks. The date is
 * written into the field and focus is back on the calendar button.
 */
export const PickWithKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    await openCalendar(canvasElement);
    await expect(document.activeElement).toHaveAccessibleName(/9 mars 2026/);
    await userEvent.keyboard('{PageDown}{End}{Home}{Enter}');
    const input = within(canvasElement).getByRole('textbox');
    await waitFor(() => expect(input).toHaveValue('2026-04-06'));
    await waitFor(() => expect(within(canvasElement).getByRole('button', { name: /Ändra datum/ })).toHaveFocus());
    await expect(page().queryByRole('grid')).toBeNull();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-04-06');
  },
};

/**
 * "Stäng" closes the calendar without changing the date and gives focus back to the button
 * (Escape does the same: real key presses are driven in DatePicker.browser.test.tsx).
 */
export const CloseWithoutPicking: Story = {
  args: { defaultValue: '2026-03-16' },
  play: async ({ canvasElement }) => {
    await openCalendar(canvasElement);
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.click(page().getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(page().queryByRole('grid')).toBeNull());
    await expect(within(canvasElement).getByRole('button', { name: /Ändra datum/ })).toHaveFocus();
    await expect(within(canvasElement).getByRole('textbox')).toHaveValue('2026-03-16');
  },
};

/** Only days from today to the end of April can be chosen; the month buttons stop there. */
export const MinAndMax: Story = {
  args: {
    min: today,
    max: '2026-04-30',
    description: 'Välj en dag från idag till och med 30 april 2026.',
  },
  parameters: {
    demoArgs: {
      en: { label: 'Move-in date', description: 'Choose a day from today up to 30 April 2026.' },
      ar: { label: 'تاريخ الانتقال', description: 'اختر يومًا من اليوم حتى 30 أبريل 2026.' },
    } satisfies DemoArgs<typeof DatePicker>,
  },
};

/** Weekends cannot be booked: struck through in the calendar, refused when typed. */
export const UnavailableDays: Story = {
  args: {
    label: 'Dag för besök',
    description: 'Vi tar emot besök måndag till fredag. ÅÅÅÅ-MM-DD.',
    isDateUnavailable: isWeekend,
  },
  parameters: {
    demoArgs: {
      en: { label: 'Day of visit', description: 'We take visits Monday to Friday. YYYY-MM-DD.' },
      ar: { label: 'يوم الزيارة', description: 'نستقبل الزيارات من الاثنين إلى الجمعة.' },
    } satisfies DemoArgs<typeof DatePicker>,
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.type(input, '2026-03-14');
    await userEvent.tab();
    await expect(input).toHaveAccessibleDescription(/lördag 14 mars 2026 går inte att välja/);
  },
};

/** Typed text is always accepted, then checked when the field is left. */
export const TypedNonexistentDate: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.type(input, '2026-02-30');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/Datumet finns inte/);
  },
};

/** Other ways of writing a date are understood and rewritten as ÅÅÅÅ-MM-DD. */
export const TypedWithoutDashes: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.type(input, '20260315');
    await userEvent.tab();
    await expect(input).toHaveValue('2026-03-15');
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};

/** An error from outside (here: a required field left empty on submit). */
export const WithError: Story = {
  args: { required: true, error: 'Ange inflyttningsdatum.' },
  parameters: {
    demoArgs: {
      en: { label: 'Move-in date', error: 'Enter the move-in date.' },
      ar: { label: 'تاريخ الانتقال', error: 'أدخل تاريخ الانتقال.' },
    } satisfies DemoArgs<typeof DatePicker>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '2026-03-16' } };

export const ReadOnly: Story = { args: { readOnly: true, defaultValue: '2026-03-16' } };

/** English strings, month and day names (locale from the provider). */
export const English: Story = {
  ...CalendarOpen,
  globals: { locale: 'en' },
  parameters: {},
  play: async ({ canvasElement }) => {
    const grid = await openCalendar(canvasElement);
    await expect(grid).toHaveAccessibleName('March 2026');
    await expect(within(grid).getByRole('columnheader', { name: 'Monday' })).toBeInTheDocument();
  },
};

/** Dark theme, calendar open. */
export const Dark: Story = { ...CalendarOpen, parameters: {}, globals: { theme: 'dark' } };

/** Right to left with an Arabic label: the button sits at the inline end, arrows follow the reading direction. */
export const RightToLeft: Story = {
  args: { defaultValue: '2026-03-16' },
  globals: { dir: 'rtl', locale: 'en' },
  play: async ({ canvasElement }) => {
    await openCalendar(canvasElement);
    // In right-to-left, ArrowLeft goes forward in time.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(document.activeElement).toHaveAccessibleName(/17 March 2026/);
  },
};
