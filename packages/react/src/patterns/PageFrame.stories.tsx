import { LogInIcon } from '@goteborgsstad/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../components/Button/Button.js';
import { Container } from '../components/Container/Container.js';
import { Footer } from '../components/Footer/Footer.js';
import { Header } from '../components/Header/Header.js';
import { Heading } from '../components/Heading/Heading.js';
import { LanguageSwitcher } from '../components/LanguageSwitcher/LanguageSwitcher.js';
import { Link } from '../components/Link/Link.js';
import { SearchField } from '../components/SearchField/SearchField.js';
import { SkipLink } from '../components/SkipLink/SkipLink.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';

const meta = {
  title: 'Mönster/Sidram',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The frame every page shares: skip link, Header (logo home, search, languages, primary
 * navigation, sign-in), `main` with the page's single level-1 heading, and Footer. Landmarks:
 * banner, search, navigation "Språk", navigation "Huvudmeny", main, contentinfo.
 */
export const Sidram: Story = {
  render: () => (
    <div style={{ display: 'flex', flexDirection: 'column', minBlockSize: '100vh' }}>
      <SkipLink targetId="huvudinnehall" />
      <Header
        homeHref="#start"
        serviceName="Förskola"
        serviceHref="#forskola"
        search={<SearchField action="#sok" searchLabel="Sök på webbplatsen" />}
        languages={
          <LanguageSwitcher
            current="sv"
            languages={[
              { lang: 'sv', href: '#sv' },
              { lang: 'en', href: '#en' },
              { lang: 'ar', href: '#ar' },
            ]}
          />
        }
        navigation={[
          { label: 'Hitta förskola', href: '#hitta' },
          { label: 'Ansök', href: '#ansok', current: true },
          { label: 'Avgifter', href: '#avgifter' },
        ]}
        actions={
          <Button variant="secondary" size="sm" href="#logga-in" iconBefore={LogInIcon}>
            Logga in
          </Button>
        }
      />
      <Container as="main" id="huvudinnehall" size="narrow" tabIndex={-1} style={{ flex: 1, paddingBlock: 'var(--gbg-space-8)' }}>
        <Stack gap="4">
          <Heading level={1}>Ansök om plats i förskola</Heading>
          <Text variant="lead">Ansök senast fyra månader innan du behöver platsen.</Text>
          <Text>
            Läs om <Link href="#avgifter">avgifter för förskola</Link> innan du ansöker.
          </Text>
        </Stack>
      </Container>
      <Footer
        contact={<p>Förskoleförvaltningen, 404 82 Göteborg</p>}
        groups={[{ heading: 'Förskola', links: [{ label: 'Hitta förskola', href: '#hitta' }, { label: 'Avgifter', href: '#avgifter' }] }]}
        accessibilityHref="#tillganglighet"
        aboutHref="#om-webbplatsen"
        cookiesHref="#kakor"
      />
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
