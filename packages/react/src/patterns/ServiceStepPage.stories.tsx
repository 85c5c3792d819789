import type { Meta, StoryObj } from '@storybook/react-vite';
import { BackLink } from '../components/BackLink/BackLink.js';
import { Button } from '../components/Button/Button.js';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.js';
import { Heading } from '../components/Heading/Heading.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { TextField } from '../components/TextField/TextField.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/E-tjänst, ett steg',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One step of an e-service, as the server renders it after a submit with errors: a quiet header
 * (service name, no site navigation or search), BackLink to the previous step, "Steg 2 av 4",
 * the step's h1, an ErrorSummary (h2) that takes focus, and the fields with their errors. The
 * form posts to the server; no function props. Landmarks: banner, navigation "Språk", main,
 * contentinfo.
 */
export const EtjanstSteg: Story = {
  name: 'E-tjänst, ett steg',
  render: () => (
    <TemplateFrame service="Ansök om parkeringstillstånd">
      <Stack gap="6" style={{ maxInlineSize: '36rem' }}>
        <BackLink href="#steg-1">Tillbaka till Välj tillstånd</BackLink>
        <Stack gap="2">
          <Text variant="small">Steg 2 av 4</Text>
          <Heading level={1}>Dina uppgifter</Heading>
        </Stack>
        <ErrorSummary
          errors={[
            { id: 'steg-epost', message: 'Ange en e-postadress med @, till exempel anna@exempel.se.' },
            { id: 'steg-regnr', message: 'Ange registreringsnumret med tre bokstäver och tre tecken, till exempel ABC 123.' },
          ]}
        />
        <form action="#steg-3" method="post" noValidate>
          <Stack gap="6" align="start">
            <TextField id="steg-fornamn" name="fornamn" label="Förnamn" autoComplete="given-name" width="lg" defaultValue="Anna" />
            <TextField id="steg-efternamn" name="efternamn" label="Efternamn" autoComplete="family-name" width="lg" defaultValue="Lindqvist" />
            <TextField
              id="steg-epost"
              name="epost"
              type="email"
              label="E-postadress"
              description="Vi skickar beslutet hit."
              autoComplete="email"
              width="lg"
              defaultValue="anna.lindqvist"
              error="Ange en e-postadress med @, till exempel anna@exempel.se."
            />
            <TextField
              id="steg-regnr"
              name="regnr"
              label="Bilens registreringsnummer"
              width="sm"
              defaultValue="AB 12"
              error="Ange registreringsnumret med tre bokstäver och tre tecken, till exempel ABC 123."
            />
            <Button type="submit">Fortsätt</Button>
          </Stack>
        </form>
      </Stack>
    </TemplateFrame>
  ),
};
