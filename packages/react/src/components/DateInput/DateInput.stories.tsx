import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DateInput, type DateInputValue } from './DateInput.js';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary.js';
import { Button } from '../Button/Button.js';
import { parseDateParts } from '../../date/parseDateParts.js';
import { useLocale } from '../../provider/hooks.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

const birth = {
  sv: { label: 'När är du född?', description: 'Till exempel 1987 11 23' },
  en: { label: 'What is your date of birth?', description: 'For example 1987 11 23' },
  ar: { label: 'ما هو تاريخ ميلادك؟', description: 'مثال: 1987 11 23' },
};

/** Types into one part by its visible label. */
async function typeInto(canvasElement: HTMLElement, label: RegExp, text: string) {
  const input = within(canvasElement).getByRole('textbox', { name: label });
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
  return input;
}

const meta = {
  title: 'Komponenter/DateInput',
  component: DateInput,
  args: { ...birth.sv, name: 'fodelsedatum', birthDate: true, onChange: fn(), onValidate: fn() },
  parameters: {
    demoArgs: { en: birth.en, ar: birth.ar } satisfies DemoArgs<typeof DateInput>,
  },
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A birth date: three inputs in the Swedish order år, månad, dag, filled in by the browser if asked. */
export const Standard: Story = {};

/** Filled in; the form also submits the whole date as `fodelsedatum=1987-11-23`. */
export const WithValue: Story = { args: { defaultValue: { year: '1987', month: '11', day: '23' } } };

/** Required: the legend says "(obligatoriskt)" and every part is required. */
export const Required: Story = { args: { required: true } };

/** A day that does not exist: only the day is marked wrong when focus leaves the date. */
export const DayDoesNotExist: Story = {
  args: { defaultValue: { year: '2027', month: '2', day: '' } },
  parameters: { visual: { play: true } },
  play: async ({ canvasElement, args }) => {
    const day = await typeInto(canvasElement, /^dag|^day|^اليوم/i, '29');
    await userEvent.tab();
    await expect(day).toHaveAttribute('aria-invalid', 'true');
    await expect(day).toHaveAccessibleDescription(/Datumet finns inte|does not exist/);
    await expect(within(canvasElement).getByRole('textbox', { name: /^år|^year/i })).not.toHaveAttribute('aria-invalid');
    await expect(args.onValidate).toHaveBeenLastCalledWith(expect.objectContaining({ ok: false, messageKey: 'nonexistent-day' }));
  },
};

/** A missing month: the message names the month, and only the month is marked. */
export const MissingMonth: Story = {
  args: { defaultValue: { year: '1987', month: '', day: '23' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('textbox', { name: /^dag|^day/i }));
    await userEvent.tab();
    const month = within(canvasElement).getByRole('textbox', { name: /^månad|^month/i });
    await expect(month).toHaveAttribute('aria-invalid', 'true');
    await expect(month).toHaveAccessibleDescription(/en månad|a month/);
  },
};

/** An error from the server about the year only (`invalidParts={['year']}`). */
export const ServerError: Story = {
  args: {
    defaultValue: { year: '2031', month: '4', day: '2' },
    error: 'Födelsedatumet måste ligga i det förflutna.',
    invalidParts: ['year'],
  },
  parameters: {
    demoArgs: {
      en: { ...birth.en, error: 'Your date of birth must be in the past.' },
      ar: { ...birth.ar, error: 'يجب أن يكون تاريخ الميلاد في الماضي.' },
    } satisfies DemoArgs<typeof DateInput>,
  },
};

/** A moving date between limits; a date outside them is explained with the limit. */
export const MinAndMax: Story = {
  args: {
    label: 'Vilket datum flyttar du in?',
    description: 'Ett datum under 2026. Till exempel 2026 8 15',
    birthDate: false,
    min: '2026-01-01',
    max: '2026-12-31',
    name: 'inflyttning',
    defaultValue: { year: '2025', month: '12', day: '24' },
  },
  parameters: {
    demoArgs: {
      en: { label: 'What date are you moving in?', description: 'A date in 2026. For example 2026 8 15' },
      ar: { label: 'في أي تاريخ ستنتقل؟', description: 'تاريخ في عام 2026. مثال: 2026 8 15' },
    } satisfies DemoArgs<typeof DateInput>,
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('textbox', { name: /^dag|^day/i }));
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('textbox', { name: /^år|^year/i })).toHaveAccessibleDescription(
      /2026-01-01/,
    );
  },
};

function FormWithSummary() {
  const t = useDemoText();
  const locale = useLocale();
  const [value, setValue] = useState<DateInputValue>({ year: '1987', month: '13', day: '23' });
  const [result, setResult] = useState(() => parseDateParts(value));
  const message = result.ok ? undefined : result.message[locale];
  return (
    <form
      noValidate
      style={{ display: 'grid', gap: 'var(--gbg-space-6)', maxInlineSize: '40rem' }}
      onSubmit={(event) => {
        event.preventDefault();
        setResult(parseDateParts(value));
      }}
    >
      {!result.ok && (
        // The link goes to the first wrong part: here the month (`fodelse-month`).
        <ErrorSummary errors={[{ id: `fodelse-${result.errors[0]!.part}`, message }]} />
      )}
      <DateInput
        id="fodelse"
        name="fodelse"
        birthDate
        label={t({ sv: birth.sv.label, en: birth.en.label, ar: birth.ar.label })}
        description={t({ sv: birth.sv.description, en: birth.en.description, ar: birth.ar.description })}
        value={value}
        onChange={setValue}
        validateOnBlur={false}
        error={message}
        invalidParts={result.errors?.map((e) => e.part)}
      />
      <div>
        <Button type="submit">{t({ sv: 'Fortsätt', en: 'Continue', ar: 'متابعة' })}</Button>
      </div>
    </form>
  );
}

/** Checked on submit with `parseDateParts`; the summary links to the first wrong part. */
export const WithErrorSummary: Story = {
  render: () => <FormWithSummary />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: /1 till 12|1 to 12/ }));
    const month = canvas.getByRole('textbox', { name: /^månad|^month/i });
    await expect(month).toHaveFocus();
    await expect(month).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: /^dag|^day/i })).not.toHaveAttribute('aria-invalid');
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: { year: '1987', month: '11', day: '23' } } };

export const ReadOnly: Story = { args: { readOnly: true, defaultValue: { year: '1987', month: '11', day: '23' } } };

/** Keyboard focus in the year (Tab moves on to month and day). */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('textbox', { name: /^år|^year/i })).toHaveFocus();
  },
};

/** English strings and demo content (locale from the provider). */
export const English: Story = { ...DayDoesNotExist, parameters: { visual: { play: false } }, globals: { locale: 'en' } };

/** Dark theme with an error shown. */
export const Dark: Story = { ...DayDoesNotExist, parameters: { visual: { play: false } }, globals: { theme: 'dark' } };

/** Right to left with Arabic content: the parts run from the right, still år, månad, dag. */
export const RightToLeft: Story = { ...DayDoesNotExist, parameters: { visual: { play: false } }, globals: { dir: 'rtl', locale: 'en' } };
