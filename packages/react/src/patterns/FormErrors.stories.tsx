import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState, type FormEvent } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { parsePersonnummer } from '../personnummer/parsePersonnummer.js';
import { useLocale } from '../provider/hooks.js';
import { Button } from '../components/Button/Button.js';
import { Container } from '../components/Container/Container.js';
import { PersonnummerField } from '../components/PersonnummerField/PersonnummerField.js';
import { Stack } from '../components/Stack/Stack.js';
import { TextField } from '../components/TextField/TextField.js';
import { ErrorSummary, type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary.js';

const referenceDate = '2026-01-15';

const texts = {
  sv: { title: 'Anmäl intresse för simskola', name: 'Barnets namn', email: 'E-postadress', submit: 'Skicka anmälan', sent: 'Tack! Anmälan är skickad.', nameMissing: 'Ange barnets namn.', emailWrong: 'Ange en e-postadress med @, till exempel anna@exempel.se.', pnrLabel: 'Barnets personnummer' },
  en: { title: 'Register interest in swimming lessons', name: "Child's name", email: 'Email address', submit: 'Send', sent: 'Thank you! Your registration has been sent.', nameMissing: "Enter the child's name.", emailWrong: 'Enter an email address with @, like name@example.com.', pnrLabel: "Child's personal identity number" },
};

/**
 * A form that validates on submit: the ErrorSummary appears at the top and takes focus, each
 * field shows the same message, and each link moves focus to its field. The personnummer is
 * checked with the same `parsePersonnummer` a server would use.
 */
function RegistrationForm() {
  const locale = useLocale();
  const t = texts[locale];
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const summary = useRef<HTMLElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Record<string, string> = {};
    if (!String(data.get('namn') ?? '').trim()) next['fe-namn'] = t.nameMissing;
    const pnr = parsePersonnummer(String(data.get('personnummer') ?? ''), { referenceDate });
    if (!pnr.ok) next['fe-personnummer'] = pnr.message[locale];
    if (!String(data.get('epost') ?? '').includes('@')) next['fe-epost'] = t.emailWrong;
    setErrors(next);
    setSent(Object.keys(next).length === 0);
    // A second failed submit: the summary is already shown, so move focus to it again.
    if (Object.keys(next).length > 0) summary.current?.focus();
  };

  const list: ErrorSummaryItem[] = Object.entries(errors).map(([id, message]) => ({ id, message }));

  return (
    <Container as="main" size="narrow" style={{ paddingBlock: 'var(--gbg-space-8)' }}>
      <Stack gap="6">
        <h1 style={{ margin: 0, color: 'var(--gbg-color-text-default)', fontFamily: 'var(--gbg-font-family-sans)' }}>{t.title}</h1>
        <ErrorSummary ref={summary} errors={list} />
        {sent && (
          <p role="status" style={{ margin: 0, color: 'var(--gbg-color-text-default)', fontFamily: 'var(--gbg-font-family-sans)' }}>
            {t.sent}
          </p>
        )}
        <form noValidate onSubmit={handleSubmit}>
          <Stack gap="6" align="start">
            <TextField id="fe-namn" name="namn" label={t.name} autoComplete="off" required error={errors['fe-namn']} />
            <PersonnummerField
              id="fe-personnummer"
              name="personnummer"
              label={t.pnrLabel}
              referenceDate={referenceDate}
              required
              error={errors['fe-personnummer']}
            />
            <TextField id="fe-epost" name="epost" type="email" label={t.email} autoComplete="email" required error={errors['fe-epost']} />
            <Button type="submit">{t.submit}</Button>
          </Stack>
        </form>
      </Stack>
    </Container>
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

/** After a failed submit: summary focused, link moves focus to the personnummer field. */
export const EfterFelaktigtSkick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /personnummer/ }), '811218-9875');
    await userEvent.click(canvas.getByRole('button', { name: 'Skicka anmälan' }));
    const summary = canvas.getByRole('region', { name: 'Det finns fel i formuläret' });
    await expect(summary).toHaveFocus();
    await expect(within(summary).getAllByRole('link')).toHaveLength(3);
    await userEvent.click(within(summary).getByRole('link', { name: /kontrollsiffran/ }));
    await expect(canvas.getByRole('textbox', { name: /personnummer/ })).toHaveFocus();
  },
};

/** The same in English. */
export const English: Story = { ...EfterFelaktigtSkick, globals: { locale: 'en' }, play: undefined };

/** Dark theme, after a failed submit. */
export const Morkt: Story = { ...EfterFelaktigtSkick, globals: { theme: 'dark' } };

/** Right to left, after a failed submit. */
export const HogerTillVanster: Story = { ...EfterFelaktigtSkick, globals: { dir: 'rtl' } };
