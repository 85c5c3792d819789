import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../components/Button/Button.js';
import { ButtonGroup } from '../components/ButtonGroup/ButtonGroup.js';
import { Container } from '../components/Container/Container.js';
import { Link } from '../components/Link/Link.js';
import { List, ListItem } from '../components/List/List.js';
import { Logo } from '../components/Logo/Logo.js';
import { SenderText } from '../components/SenderText/SenderText.js';
import { SkipLink } from '../components/SkipLink/SkipLink.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { Heading } from '../components/Heading/Heading.js';

const page: CSSProperties = { position: 'relative', backgroundColor: 'var(--gbg-color-surface-default)' };
const band: CSSProperties = { paddingBlock: 'var(--gbg-space-4)' };
const footer: CSSProperties = {
  ...band,
  backgroundColor: 'var(--gbg-color-surface-default)',
  marginBlockStart: 'var(--gbg-space-12)',
};

const meta = {
  title: 'Mönster/Sidhuvud och text',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A service page: skip link first, the logo linking home in the header, a level-1 heading with
 * the ingress, running text with inline and external links, numbered steps, the actions, and a
 * dark footer. Every text is black or white; links are recognised by their underline.
 */
export const Tjanstesida: Story = {
  render: () => (
    <div style={page}>
      <SkipLink targetId="huvudinnehall" />
      <Container as="header" style={band}>
        <Stack direction="horizontal" justify="between" align="center" gap="4" wrap>
          <Logo href="/" size="sm" />
          <nav aria-label="Huvudmeny">
            <List variant="none" spacing="compact" style={{ flexDirection: 'row', gap: 'var(--gbg-space-4)' }}>
              <ListItem><Link href="#forskola">Förskola och skola</Link></ListItem>
              <ListItem><Link href="#trafik">Trafik och resor</Link></ListItem>
            </List>
          </nav>
        </Stack>
      </Container>
      <Container as="main" id="huvudinnehall" size="narrow">
        <Stack gap="6">
          <Stack gap="3">
            <Heading level={1}>Ansök om plats i förskola</Heading>
            <Text variant="lead">
              Ditt barn kan börja i förskola från ett års ålder. Ansök senast fyra månader innan
              du behöver platsen.
            </Text>
          </Stack>
          <Text measure>
            Avgiften beror på hushållets inkomst. Läs om{' '}
            <Link href="#avgifter">avgifter och regler för förskola</Link>, eller räkna ut ditt
            barns avgift hos{' '}
            <Link href="https://www.skolverket.se/" external>Skolverket</Link>.
          </Text>
          <Stack gap="3">
            <Heading level={2}>Så ansöker du</Heading>
            <List variant="ordered" spacing="relaxed">
              <ListItem>Logga in i e-tjänsten med e-legitimation.</ListItem>
              <ListItem>Välj upp till fem förskolor i den ordning du vill ha dem.</ListItem>
              <ListItem>Skicka ansökan. Du får ett kvitto med e-post.</ListItem>
            </List>
          </Stack>
          <ButtonGroup>
            <Button href="#e-tjanst">Ansök om förskoleplats</Button>
            <Button variant="secondary" href="#kontakt">Kontakta oss</Button>
          </ButtonGroup>
          <Text variant="small">Senast uppdaterad 12 november 2026</Text>
        </Stack>
      </Container>
      <footer data-gbg-theme="dark" style={footer}>
        <Container>
          <Stack direction="horizontal" align="center" gap="4" wrap>
            <Logo background="dark" size="sm" />
            <SenderText unit="Förskoleförvaltningen" />
          </Stack>
        </Container>
      </footer>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

/**
 * A wholly owned company's page in English: English word mark, English guarantee text and
 * built-in strings from the provider (skip link, external link note).
 */
export const CompanyPageEnglish: Story = {
  globals: { locale: 'en' },
  render: () => (
    <div style={page}>
      <SkipLink />
      <Container as="header" style={band}>
        <Logo href="/" size="sm" />
      </Container>
      <Container as="main" id="main" size="narrow">
        <Stack gap="4">
          <Heading level={1}>Harbour tours</Heading>
          <Text variant="lead">See Gothenburg from the water, from April to October.</Text>
          <Text>
            Tickets are sold on board and at{' '}
            <Link href="https://www.goteborg.com/" external target="_blank">the tourist office</Link>.
          </Text>
        </Stack>
      </Container>
      <Container as="footer" style={{ ...band, marginBlockStart: 'var(--gbg-space-8)' }}>
        <SenderText />
      </Container>
    </div>
  ),
};
