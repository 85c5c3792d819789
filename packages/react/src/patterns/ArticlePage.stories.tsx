import type { Meta, StoryObj } from '@storybook/react-vite';
import { Breadcrumbs } from '../components/Breadcrumbs/Breadcrumbs.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Stack } from '../components/Stack/Stack.js';
import { TableOfContents } from '../components/TableOfContents/TableOfContents.js';
import { Text } from '../components/Text/Text.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Artikelsida',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const sections = [
  { id: 'vem-kan-fa', label: 'Vem kan få parkeringstillstånd?' },
  { id: 'sa-ansoker-du', label: 'Så ansöker du' },
  { id: 'avgift', label: 'Avgift' },
  { id: 'handlaggningstid', label: 'Handläggningstid' },
];

/**
 * An article: breadcrumbs, the h1 and a lead, a table of contents for the page's h2 sections,
 * the body, and "Senast uppdaterad" at the end. Landmarks: banner, search, navigation "Språk",
 * navigation "Huvudmeny", main with navigation "Du är här" and navigation "Innehåll på sidan",
 * contentinfo.
 */
export const Artikelsida: Story = {
  render: () => (
    <TemplateFrame current="Trafik och parkering">
      <Stack gap="8">
        <Breadcrumbs
          items={[
            { label: 'Start', href: '#start' },
            { label: 'Trafik och parkering', href: '#trafik' },
            { label: 'Parkering', href: '#parkering' },
            { label: 'Parkeringstillstånd för boende' },
          ]}
        />
        <Stack as="article" gap="6" style={{ maxInlineSize: '44rem' }}>
          <Stack gap="4">
            <Heading level={1}>Parkeringstillstånd för boende</Heading>
            <Text variant="lead">
              Bor du i ett område med boendeparkering kan du ansöka om tillstånd att parkera nära ditt hem till en lägre
              avgift.
            </Text>
          </Stack>

          <TableOfContents items={sections} />

          <Stack gap="3">
            <Heading level={2} id="vem-kan-fa">
              Vem kan få parkeringstillstånd?
            </Heading>
            <Text>
              Du kan få tillstånd om du är folkbokförd i Göteborg, bor i ett område med boendeparkering och äger eller
              leasar bilen. Bilen får inte ha en totalvikt över 3,5 ton.
            </Text>
            <Heading level={3}>Om du har en förmånsbil</Heading>
            <Text>Har du förmånsbil behöver du ett intyg från din arbetsgivare.</Text>
          </Stack>

          <Stack gap="3">
            <Heading level={2} id="sa-ansoker-du">
              Så ansöker du
            </Heading>
            <Text>
              Ansök i e-tjänsten <Link href="#e-tjanst">Ansök om parkeringstillstånd</Link>. Du loggar in med e-legitimation
              och får beslutet inom två veckor.
            </Text>
          </Stack>

          <Stack gap="3">
            <Heading level={2} id="avgift">
              Avgift
            </Heading>
            <Text>Tillståndet kostar 900 kronor per månad i zon A och 450 kronor per månad i övriga zoner.</Text>
          </Stack>

          <Stack gap="3">
            <Heading level={2} id="handlaggningstid">
              Handläggningstid
            </Heading>
            <Text>Vi handlägger ansökningar i den ordning de kommer in, normalt inom två veckor.</Text>
          </Stack>

          <Text variant="small">
            Senast uppdaterad <time dateTime="2026-11-12">12 november 2026</time>
          </Text>
        </Stack>
      </Stack>
    </TemplateFrame>
  ),
};
