import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Felsidor',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const list = { margin: 0, paddingInlineStart: 'var(--gbg-space-6)' } as const;

/**
 * 404: the page is not there. Say so plainly, offer search (in the header), the start page and
 * a way to report a broken link; no error code as the heading. Landmarks as the site frame.
 */
export const SidanFinnsInte: Story = {
  name: 'Sidan finns inte (404)',
  render: () => (
    <TemplateFrame>
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>Sidan kunde inte hittas</Heading>
          <Text variant="lead">Sidan du söker kan ha flyttats eller tagits bort, eller så är adressen felstavad.</Text>
        </Stack>
        <Stack gap="3">
          <Heading level={2}>Det här kan du göra</Heading>
          <Stack as="ul" gap="2" style={list}>
            <li>Använd sökfältet högst upp på sidan.</li>
            <li>
              Gå till <Link href="#start">startsidan</Link>.
            </li>
            <li>
              <Link href="#synpunkter">Tipsa oss om länken som inte fungerar</Link>.
            </li>
          </Stack>
        </Stack>
        <Text variant="small">Felkod 404</Text>
      </Stack>
    </TemplateFrame>
  ),
};

/** 500: our fault, not the reader's. Apologise, say that entered data may be lost, offer contact. */
export const NagotGickFel: Story = {
  name: 'Något gick fel (500)',
  render: () => (
    <TemplateFrame>
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>Något gick fel</Heading>
          <Text variant="lead">Det är ett fel hos oss. Försök igen om en stund.</Text>
          <Text>Om du fyllde i ett formulär kan uppgifterna ha försvunnit. Vi ber om ursäkt.</Text>
        </Stack>
        <Stack gap="3">
          <Heading level={2}>Behöver du hjälp?</Heading>
          <Text>
            Ring Kontaktcenter på 031-365 00 00, vardagar 8–17, eller gå till <Link href="#start">startsidan</Link>.
          </Text>
        </Stack>
        <Text variant="small">Felkod 500</Text>
      </Stack>
    </TemplateFrame>
  ),
};

/** Planned or unplanned downtime of one e-service: say when it is back and what to do meanwhile. */
export const TjanstenArInteTillganglig: Story = {
  name: 'Tjänsten är inte tillgänglig',
  render: () => (
    <TemplateFrame service="Ansök om parkeringstillstånd">
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>Tjänsten är inte tillgänglig just nu</Heading>
          <Text variant="lead">Vi uppdaterar e-tjänsten. Den öppnar igen måndag 30 november klockan 07.00.</Text>
        </Stack>
        <Stack gap="3">
          <Heading level={2}>Om du inte kan vänta</Heading>
          <Text>
            Du kan skicka ansökan med post. Ladda ner <Link href="#blankett">blanketten för parkeringstillstånd</Link> och
            skicka den till Trafikkontoret, Box 2403, 403 16 Göteborg.
          </Text>
        </Stack>
      </Stack>
    </TemplateFrame>
  ),
};
