import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { parsePersonnummer } from '../personnummer/parsePersonnummer.js';
import { useLocale } from '../provider/hooks.js';
import { PersonnummerField } from '../components/PersonnummerField/PersonnummerField.js';
import { TextField } from '../components/TextField/TextField.js';
import { useDemoText } from '../storybook/demo.js';
import { ValidatedForm, type FormErrors as Errors } from './__fixtures__/ValidatedForm.js';

const referenceDate = '2026-01-15';

const texts = {
  title: { sv: 'Anmäl intresse för simskola', en: 'Register interest in swimming lessons', ar: 'سجّل اهتمامك بدروس السباحة' },
  name: { sv: 'Barnets namn', en: "Child's name", ar: 'اسم الطفل' },
  email: { sv: 'E-postadress', en: 'Email address', ar: 'البريد الإلكتروني' },
  pnr: { sv: 'Barnets personnummer', en: "Child's personal identity number", ar: 'الرقم الشخصي للطفل' },
  submit: { sv: 'Skicka anmälan', en: 'Send', ar: 'أرسل التسجيل' },
  sent: { sv: 'Tack! Anmälan är skickad.', en: 'Thank you! Your registration has been sent.', ar: 'شكرًا! تم إرسال التسجيل.' },
  nameMissing: { sv: 'Ange barnets namn.', en: "Enter the child's name.", ar: 'أدخل اسم الطفل.' },
  emailWrong: {
    sv: 'Ange en e-postadress med @, till exempel anna@exempel.se.',
    en: 'Enter an email address with @, like name@example.com.',
    ar: 'أدخل عنوان بريد إلكتروني يحتوي على @، مثل name@example.com.',
  },
};

/**
 * A form that validates on submit: the ErrorSummary appears at the top and takes focus, each
 * field shows the same message, and each link moves focus to its field. The personnummer is
 * checked with the same `parsePersonnummer` a server would use; its messages are built-in
 * strings, so they follow the locale (Swedish or English).
 */
function RegistrationForm() {
  const t = useDemoText();
  const locale = useLocale();
  const validate = (data: FormData): Errors => {
    const errors: Errors = {};
    if (!String(data.get('namn') ?? '').trim()) errors['fe-namn'] = t(texts.nameMissing);
    const pnr = parsePersonnummer(String(data.get('personnummer') ?? ''), { referenceDate });
    if (!pnr.ok) errors['fe-personnummer'] = pnr.message[locale];
    if (!String(data.get('epost') ?? '').includes('@')) errors['fe-epost'] = t(texts.emailWrong);
    return errors;
  };

  return (
    <ValidatedForm title={t(texts.title)} submitLabel={t(texts.submit)} sentMessage={t(texts.sent)} validate={validate}>
      {(errors) => (
        <>
          <TextField id="fe-namn" name="namn" label={t(texts.name)} autoComplete="off" required error={errors['fe-namn']} />
          <PersonnummerField
            id="fe-personnummer"
            name="personnummer"
            label={t(texts.pnr)}
            referenceDate={referenceDate}
            required
            error={errors['fe-personnummer']}
          />
          <TextField id="fe-epost" name="epost" type="email" label={t(texts.email)} autoComplete="email" required error={errors['fe-epost']} />
        </>
      )}
    </ValidatedForm>
  );
}

const meta = {
  title: 'Mönster/Felhantering i formulär',
  component: RegistrationForm,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof RegistrationForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty form; press "Skicka anmälan" to see the summary. */
export const Formular: Story = {};

/**
 * After a failed submit: summary focused, link moves focus to the personnummer field. The
 * steps find fields by id and the summary by its focus, so they run in every language.
 */
export const EfterFelaktigtSkick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pnr = canvasElement.querySelector<HTMLInputElement>('#fe-personnummer')!;
    await userEvent.type(pnr, '811218-9875');
    await userEvent.click(canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    const summary = canvas.getByRole('region');
    await expect(summary).toHaveFocus();
    await expect(within(summary).getAllByRole('link')).toHaveLength(3);
    await userEvent.click(summary.querySelector<HTMLAnchorElement>('a[href="#fe-personnummer"]')!);
    await expect(pnr).toHaveFocus();
  },
};

/** The same in English, demo content included. */
export const English: Story = { ...EfterFelaktigtSkick, globals: { locale: 'en' } };

/** Dark theme, after a failed submit. */
export const Morkt: Story = { ...EfterFelaktigtSkick, globals: { theme: 'dark' } };

/** Right to left with Arabic demo content (built-in strings in English), after a failed submit. */
export const HogerTillVanster: Story = { ...EfterFelaktigtSkick, globals: { dir: 'rtl', locale: 'en' } };
