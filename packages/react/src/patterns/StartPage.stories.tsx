import type { Meta, StoryObj } from '@storybook/react-vite';
import { Grid } from '../components/Grid/Grid.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Startsida',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const services = [
  { label: 'Ansök om förskola', href: '#forskola', text: 'Ansök senast fyra månader innan du behöver platsen.' },
  { label: 'Parkeringstillstånd', href: '#parkering', text: 'Boendeparkering, rörelsehinder och arbetsplatser.' },
  { label: 'Felanmälan', href: '#felanmalan', text: 'Anmäl trasig belysning, klotter och hål i vägen.' },
  { label: 'Bygglov', href: '#bygglov', text: 'Ta reda på om du behöver lov och ansök digitalt.' },
  { label: 'Ekonomiskt bistånd', href: '#bistand', text: 'Stöd när du inte kan försörja dig själv.' },
  { label: 'Lediga jobb', href: '#jobb', text: 'Sök jobb hos Göteborgs Stad.' },
];

const news = [
  { title: 'Nya cykelbanor längs Götaälvbron', date: '2026-11-24', href: '#cykelbanor' },
  { title: 'Så tycker göteborgarna om sin stad', date: '2026-11-20', href: '#enkat' },
  { title: 'Vinterväghållning: så prioriterar vi', date: '2026-11-18', href: '#vinter' },
];

/**
 * The city's start page: the site frame, one h1 with a lead, the most used e-services as a
 * list of links in a responsive grid (h2 + h3 per service), and news (h2 + h3). Landmarks:
 * banner, search, navigation "Språk", navigation "Huvudmeny", main, contentinfo.
 */
export const Startsida: Story = {
  render: () => (
    <TemplateFrame>
      <Stack gap="10">
        <Stack gap="4">
          <Heading level={1}>Göteborgs Stad</Heading>
          <Text variant="lead" measure>
            Välkommen! Här hittar du information och e-tjänster för dig som bor, arbetar eller driver företag i Göteborg.
          </Text>
        </Stack>

        <Stack as="section" gap="6">
          <Heading level={2}>
            Populära e-tjänster
          </Heading>
          <Grid as="ul" columns={{ base: 1, md: 2, lg: 3 }} gap="6" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {services.map((service) => (
              <li key={service.href}>
                <Stack gap="2">
                  <Heading level={3} size={4}>
                    <Link href={service.href}>{service.label}</Link>
                  </Heading>
                  <Text>{service.text}</Text>
                </Stack>
              </li>
            ))}
          </Grid>
        </Stack>

        <Stack as="section" gap="6">
          <Heading level={2}>
            Nyheter
          </Heading>
          <Stack as="ul" gap="4" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {news.map((item) => (
              <li key={item.href}>
                <Heading level={3} size={4}>
                  <Link href={item.href}>{item.title}</Link>
                </Heading>
                <Text variant="small">
                  Publicerad <time dateTime={item.date}>{item.date}</time>
                </Text>
              </li>
            ))}
          </Stack>
          <Text>
            <Link href="#alla-nyheter">Alla nyheter</Link>
          </Text>
        </Stack>
      </Stack>
    </TemplateFrame>
  ),
};
