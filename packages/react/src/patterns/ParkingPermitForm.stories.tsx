import { useRef, useState, type FormEvent } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../components/Button/Button.js';
import { Checkbox } from '../components/Checkbox/Checkbox.js';
import { CheckboxGroup } from '../components/CheckboxGroup/CheckboxGroup.js';
import { Container } from '../components/Container/Container.js';
import { ErrorSummary, type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary.js';
import { Fieldset } from '../components/Fieldset/Fieldset.js';
import { Heading } from '../components/Heading/Heading.js';
import { Radio, RadioGroup } from '../components/RadioGroup/RadioGroup.js';
import { Select } from '../components/Select/Select.js';
import { Stack } from '../components/Stack/Stack.js';
import { Switch } from '../components/Switch/Switch.js';
import { Text } from '../components/Text/Text.js';
import { Textarea } from '../components/Textarea/Textarea.js';
import { TextField } from '../components/TextField/TextField.js';

const districts = [
  { value: 'angered', label: 'Angered' },
  { value: 'centrum', label: 'Centrum' },
  { value: 'hisingen', label: 'Hisingen' },
  { value: 'majorna-linne', label: 'Majorna-Linné' },
  { value: 'norra-hisingen', label: 'Norra Hisingen' },
  { value: 'orgryte-harlanda', label: 'Örgryte-Härlanda' },
  { value: 'vastra-goteborg', label: 'Västra Göteborg' },
];

type Errors = Partial<Record<string, string>>;

/** Server-style validation of the submitted form: returns a message per field id. */
function validate(data: FormData): Errors {
  const errors: Errors = {};
  const text = (name: string) => String(data.get(name) ?? '').trim();
  if (!text('tillstand')) errors['pp-tillstand'] = 'Välj vilken typ av tillstånd du söker.';
  if (!text('fornamn')) errors['pp-fornamn'] = 'Ange ditt förnamn.';
  if (!text('efternamn')) errors['pp-efternamn'] = 'Ange ditt efternamn.';
  if (!/^\S+@\S+\.\S+$/.test(text('epost'))) {
    errors['pp-epost'] = 'Ange en e-postadress med @, till exempel anna@exempel.se.';
  }
  if (!/^[A-ZÅÄÖ]{3}\s?\d{2}[A-Z\d]$/i.test(text('regnr'))) {
    errors['pp-regnr'] = 'Ange registreringsnumret med tre bokstäver och tre tecken, till exempel ABC 123.';
  }
  if (!text('omrade')) errors['pp-omrade'] = 'Välj det stadsområde där du bor.';
  if (data.getAll('beslut').length === 0) errors['pp-beslut'] = 'Välj minst ett sätt att få beslutet på.';
  if (text('ovrigt').length > 300) errors['pp-ovrigt'] = 'Skriv högst 300 tecken i Övrig information.';
  if (!data.get('intyg')) errors['pp-intyg'] = 'Kryssa i rutan för att intyga att uppgifterna är riktiga.';
  return errors;
}

/**
 * "Ansök om parkeringstillstånd": an e-service form built only from the design system's form
 * components. Validation runs on submit (no browser bubbles: `noValidate`); errors show in an
 * ErrorSummary that takes focus and next to each field. Group errors link to the group's first
 * control.
 */
function ParkingPermitForm() {
  const [errors, setErrors] = useState<Errors>({});
  const [sent, setSent] = useState(false);
  const [showHelp, setShowHelp] = useState(true);
  const summary = useRef<HTMLElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = validate(new FormData(event.currentTarget));
    setErrors(next);
    setSent(Object.keys(next).length === 0);
    if (Object.keys(next).length > 0) summary.current?.focus();
  };

  const list: ErrorSummaryItem[] = Object.entries(errors).map(([id, message]) => ({
    id,
    message: message ?? '',
  }));
  const help = (text: string) => (showHelp ? text : undefined);

  return (
    <Container as="main" size="narrow" style={{ paddingBlock: 'var(--gbg-space-8)' }}>
      <Stack gap="6">
        <Heading level={1}>Ansök om parkeringstillstånd</Heading>
        <Text variant="lead">
          Du som är folkbokförd i Göteborg kan ansöka om tillstånd att parkera nära din bostad. Det
          tar ungefär tio minuter. Fält som inte är obligatoriska är markerade med ”valfritt”.
        </Text>
        <Switch
          label="Visa hjälptexter"
          description="Gäller direkt för hela formuläret."
          checked={showHelp}
          onCheckedChange={setShowHelp}
        />
        <ErrorSummary ref={summary} errors={list} />
        {sent && (
          <Text role="status">Tack! Din ansökan är skickad. Du får ett beslut inom tre veckor.</Text>
        )}
        <form noValidate onSubmit={handleSubmit} aria-label="Ansökan om parkeringstillstånd">
          <Stack gap="8" align="stretch">
            <RadioGroup
              legend="Vilken typ av tillstånd söker du?"
              name="tillstand"
              size="md"
              error={errors['pp-tillstand']}
            >
              <Radio
                id="pp-tillstand"
                value="boende"
                label="Boendeparkering"
                description={help('För dig som är folkbokförd i området och har en bil registrerad på dig.')}
              />
              <Radio value="rorelsehinder" label="Parkeringstillstånd för rörelsehindrade" />
              <Radio value="foretag" label="Företagsparkering" />
            </RadioGroup>

            <Fieldset legend="Dina uppgifter">
              <TextField
                id="pp-fornamn"
                name="fornamn"
                label="Förnamn"
                autoComplete="given-name"
                width="lg"
                error={errors['pp-fornamn']}
              />
              <TextField
                id="pp-efternamn"
                name="efternamn"
                label="Efternamn"
                autoComplete="family-name"
                width="lg"
                error={errors['pp-efternamn']}
              />
              <TextField
                id="pp-epost"
                name="epost"
                type="email"
                label="E-postadress"
                description={help('Vi skickar en bekräftelse hit.')}
                autoComplete="email"
                width="lg"
                error={errors['pp-epost']}
              />
              <TextField
                id="pp-telefon"
                name="telefon"
                type="tel"
                label="Mobilnummer"
                optional
                autoComplete="tel"
                width="md"
              />
            </Fieldset>

            <Fieldset legend="Fordon och område">
              <TextField
                id="pp-regnr"
                name="regnr"
                label="Registreringsnummer"
                description={help('Till exempel ABC 123.')}
                autoComplete="off"
                width="sm"
                error={errors['pp-regnr']}
              />
              <Select
                id="pp-omrade"
                name="omrade"
                label="Stadsområde"
                placeholder="Välj stadsområde"
                defaultValue=""
                options={districts}
                width="md"
                error={errors['pp-omrade']}
              />
              <TextField
                id="pp-avgift"
                name="avgift"
                label="Månadsavgift"
                description={help('Avgiften för ditt område. Du betalar den när tillståndet har beviljats.')}
                readOnly
                defaultValue="450"
                suffix="kr"
                width="sm"
                autoComplete="off"
              />
            </Fieldset>

            <CheckboxGroup
              legend="Hur vill du få beslutet?"
              description={help('Välj alla som passar.')}
              name="beslut"
              defaultValue={['epost']}
              error={errors['pp-beslut']}
            >
              <Checkbox id="pp-beslut" value="epost" label="E-post" />
              <Checkbox value="sms" label="SMS" />
              <Checkbox value="brev" label="Brev" description={help('Tar 3–5 arbetsdagar.')} />
            </CheckboxGroup>

            <Textarea
              id="pp-ovrigt"
              name="ovrigt"
              label="Övrig information"
              optional
              description={help('Något mer vi behöver veta? Skriv inte känsliga uppgifter om hälsa här.')}
              maxCount={300}
              rows={4}
              error={errors['pp-ovrigt']}
            />

            <Checkbox
              id="pp-intyg"
              name="intyg"
              value="ja"
              label="Jag intygar att uppgifterna är riktiga"
              error={errors['pp-intyg']}
            />

            <div>
              <Button type="submit">Skicka ansökan</Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}

const meta = {
  title: 'Mönster/Formulär',
  component: ParkingPermitForm,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ParkingPermitForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The empty form. Press "Skicka ansökan" to see validation. */
export const AnsokOmParkeringstillstand: Story = {};

/** After sending an empty form: the summary takes focus; its links lead to each field or group. */
export const EfterFelaktigtSkick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'E-post' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Skicka ansökan' }));
    const summary = canvas.getByRole('region', { name: 'Det finns fel i formuläret' });
    await expect(summary).toHaveFocus();
    await expect(within(summary).getAllByRole('link')).toHaveLength(8);
    await expect(canvas.getByRole('radiogroup', { name: /Vilken typ av tillstånd/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(canvas.getByRole('textbox', { name: 'Förnamn' })).toHaveAccessibleDescription(
      'Fel: Ange ditt förnamn.',
    );
    await userEvent.click(within(summary).getByRole('link', { name: /registreringsnumret/ }));
    await expect(canvas.getByRole('textbox', { name: 'Registreringsnummer' })).toHaveFocus();
  },
};

/** Filled in correctly and sent. */
export const Skickad: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Boendeparkering' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Förnamn' }), 'Anna');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Efternamn' }), 'Andersson');
    await userEvent.type(canvas.getByRole('textbox', { name: 'E-postadress' }), 'anna@exempel.se');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Registreringsnummer' }), 'ABC 123');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Stadsområde' }), 'majorna-linne');
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Jag intygar att uppgifterna är riktiga' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Skicka ansökan' }));
    await expect(canvas.getByText(/Tack! Din ansökan är skickad./)).toHaveAttribute('role', 'status');
    await expect(canvas.queryByRole('region', { name: 'Det finns fel i formuläret' })).toBeNull();
  },
};

/** Built-in strings in English (obligatory/optional words, counter, error prefix). */
export const English: Story = { ...EfterFelaktigtSkick, globals: { locale: 'en' }, play: undefined };

/** Dark theme, after a failed submit. */
export const Morkt: Story = { ...EfterFelaktigtSkick, globals: { theme: 'dark' } };

/** Right to left, after a failed submit. */
export const HogerTillVanster: Story = { ...EfterFelaktigtSkick, globals: { dir: 'rtl' } };
