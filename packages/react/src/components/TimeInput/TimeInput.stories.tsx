import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { TimeInput } from './TimeInput.js';
import type { DemoArgs } from '../../storybook/demo.js';

const visit = {
  sv: { label: 'Vilken tid vill du komma?', description: '24-timmarsklocka, till exempel 14 30' },
  en: { label: 'What time would you like to come?', description: '24-hour clock, for example 14 30' },
  ar: { label: 'في أي وقت تريد الحضور؟', description: 'نظام 24 ساعة، مثال: 14 30' },
};

const hoursName = /^timmar|^hours/i;
const minutesName = /^minuter|^minutes/i;

const meta = {
  title: 'Komponenter/TimeInput',
  component: TimeInput,
  args: { ...visit.sv, name: 'besokstid', onChange: fn(), onValidate: fn() },
  parameters: { demoArgs: { en: visit.en, ar: visit.ar } satisfies DemoArgs<typeof TimeInput> },
} satisfies Meta<typeof TimeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hours and minutes on the 24-hour clock. */
export const Standard: Story = {};

/** Filled in; the form also submits `besokstid=14:30`. */
export const WithValue: Story = { args: { defaultValue: { hours: '14', minutes: '30' } } };

export const Required: Story = { args: { required: true } };

/** "24" hours: only the hours are marked wrong when focus leaves the time. */
export const HoursOutOfRange: Story = {
  parameters: { visual: { play: true } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: hoursName }), '24');
    await userEvent.type(canvas.getByRole('textbox', { name: minutesName }), '15');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: hoursName })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: hoursName })).toHaveAccessibleDescription(/0 till 23|0 to 23/);
    await expect(canvas.getByRole('textbox', { name: minutesName })).not.toHaveAttribute('aria-invalid');
    await expect(args.onValidate).toHaveBeenLastCalledWith(expect.objectContaining({ ok: false, messageKey: 'out-of-range-hours' }));
  },
};

/** A time pasted or typed whole into the hours ("8.30") fills both parts. */
export const PasteWholeTime: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: hoursName }));
    await userEvent.paste('8.30');
    await expect(canvas.getByRole('textbox', { name: hoursName })).toHaveValue('08');
    await expect(canvas.getByRole('textbox', { name: minutesName })).toHaveValue('30');
    await expect(args.onChange).toHaveBeenLastCalledWith({ hours: '08', minutes: '30' }, '08:30');
  },
};

/** An error from outside about the whole time (outside opening hours). */
export const ServerError: Story = {
  args: { defaultValue: { hours: '19', minutes: '00' }, error: 'Välj en tid mellan 08:00 och 16:00, då vi har öppet.' },
  parameters: {
    demoArgs: {
      en: { ...visit.en, error: 'Choose a time between 08:00 and 16:00, when we are open.' },
      ar: { ...visit.ar, error: 'اختر وقتًا بين 08:00 و16:00، وهي ساعات العمل.' },
    } satisfies DemoArgs<typeof TimeInput>,
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: { hours: '14', minutes: '30' } } };

/** Keyboard focus in the hours. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('textbox', { name: hoursName })).toHaveFocus();
  },
};

/** English strings and demo content. */
export const English: Story = { ...HoursOutOfRange, parameters: { visual: { play: false } }, globals: { locale: 'en' } };

/** Dark theme with an error shown. */
export const Dark: Story = { ...HoursOutOfRange, parameters: { visual: { play: false } }, globals: { theme: 'dark' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = { ...HoursOutOfRange, parameters: { visual: { play: false } }, globals: { dir: 'rtl', locale: 'en' } };
