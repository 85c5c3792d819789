import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Kvittens',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The receipt after the last step of an e-service: the h1 says the application was received,
 * the case number stands out, then "Det här händer nu" (h2, numbered steps) and where to ask
 * (h2). No BackLink: the application is sent. Landmarks: banner, navigation "Språk", main,
 * contentinfo.
 */
export const Kvittens: Story = {
  render: () => (
    <TemplateFrame service="Ansök om parkeringstillstånd">
      <Stack gap="8" style={{ maxInlineSize: '40rem' }}>
        <Stack gap="4">
          <Heading level={1}>Vi har tagit emot din ansökan</Heading>
          <Text variant="lead">
            Ditt ärendenummer är <strong>PT-2026-04821</strong>. Ange det när du kontaktar oss om ansökan.
          </Text>
          <Text>Vi har också skickat en bekräftelse till anna.lindqvist@exempel.se.</Text>
        </Stack>

        <Stack gap="3">
          <Heading level={2}>Det här händer nu</Heading>
          <Stack as="ol" gap="2" style={{ margin: 0, paddingInlineStart: 'var(--gbg-space-6)' }}>
            <li>En handläggare går igenom din ansökan, normalt inom två veckor.</li>
            <li>Behöver vi fler uppgifter kontaktar vi dig via e-post.</li>
            <li>Du får beslutet på e-post och på Mina sidor.</li>
            <li>Beviljas ansökan gäller tillståndet från den dag du väljer i beslutet.</li>
          </Stack>
        </Stack>

        <Stack gap="3">
          <Heading level={2}>Har du frågor?</Heading>
          <Text>
            Ring Kontaktcenter på 031-365 00 00, vardagar 8–17, eller följ ärendet på{' '}
            <Link href="#mina-sidor">Mina sidor</Link>.
          </Text>
        </Stack>
      </Stack>
    </TemplateFrame>
  ),
};
