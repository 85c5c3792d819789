import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { Divider } from '../components/Divider/Divider.js';
import { Grid } from '../components/Grid/Grid.js';
import { SearchField } from '../components/SearchField/SearchField.js';
import { Stack } from '../components/Stack/Stack.js';
import { Container } from '../components/Container/Container.js';

// Plain elements styled from tokens, so the pattern depends only on the layout components.
const text: CSSProperties = { margin: 0, color: 'var(--gbg-color-text-default)', fontFamily: 'var(--gbg-font-family-sans)' };
const h1: CSSProperties = { ...text, fontSize: 'var(--gbg-font-size-4xl)', lineHeight: 'var(--gbg-font-line-height-tight)' };
const h2: CSSProperties = { ...text, fontSize: 'var(--gbg-font-size-xl)', lineHeight: 'var(--gbg-font-line-height-snug)' };
const link: CSSProperties = { color: 'var(--gbg-color-link-default)', textDecorationLine: 'underline' };
const card: CSSProperties = {
  padding: 'var(--gbg-space-4)',
  background: 'var(--gbg-color-surface-subtle)',
  // Invisible normally; in forced colours the background is dropped and this edge keeps the card.
  border: 'var(--gbg-border-width-thin) solid transparent',
  borderRadius: 'var(--gbg-radius-md)',
};

const services = [
  { title: 'Förskola', text: 'Ansök om plats, byt förskola eller säg upp platsen.' },
  { title: 'Bygglov', text: 'Se när du behöver bygglov och ansök digitalt.' },
  { title: 'Avfall och återvinning', text: 'Hämtningsdagar, återvinningscentraler och grovavfall.' },
  { title: 'Parkering', text: 'Boendeparkering, parkeringstillstånd och avgifter.' },
  { title: 'Kultur och fritid', text: 'Bibliotek, simhallar, museer och evenemang.' },
  { title: 'Äldreomsorg', text: 'Hemtjänst, boende och stöd till anhöriga.' },
];

const meta = {
  title: 'Mönster/Sidlayout',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A start page: header band with the site search, a main column with a lead, a divider and a
 * responsive grid of service links, and a footer. Container sets widths, Stack and Grid the
 * spacing, all from tokens.
 */
export const Startsida: Story = {
  render: () => (
    <Stack gap="0">
      <Container as="header" style={{ paddingBlock: 'var(--gbg-space-4)' }}>
        <Stack direction="horizontal" justify="between" align="center" gap="4" wrap>
          <p style={{ ...text, fontWeight: 'var(--gbg-font-weight-bold)', fontSize: 'var(--gbg-font-size-lg)' }}>
            Göteborgs Stad
          </p>
          <SearchField action="/sok" style={{ flex: '0 1 28rem' }} />
        </Stack>
      </Container>
      <Divider decorative spacing="0" />
      <Container as="main" style={{ paddingBlock: 'var(--gbg-space-10)' }}>
        <Stack gap="8">
          <Stack gap="4" style={{ maxInlineSize: 'var(--gbg-size-container-narrow)' }}>
            <h1 style={h1}>Service och tjänster</h1>
            <p style={{ ...text, fontSize: 'var(--gbg-font-size-lg)', lineHeight: 'var(--gbg-font-line-height-relaxed)' }}>
              Här hittar du kommunens service för dig som bor i, arbetar i eller besöker Göteborg.
            </p>
          </Stack>
          <Divider />
          <section aria-labelledby="tjanster">
            <Stack gap="6">
              <h2 id="tjanster" style={h2}>
                Vanliga tjänster
              </h2>
              <Grid as="ul" columns={{ base: 1, md: 2, lg: 3 }} gap="4">
                {services.map((service) => (
                  <li key={service.title} style={card}>
                    <Stack gap="2">
                      <a href={`#${service.title}`} style={{ ...link, ...text, fontWeight: 'var(--gbg-font-weight-semibold)' }}>
                        {service.title}
                      </a>
                      <p style={text}>{service.text}</p>
                    </Stack>
                  </li>
                ))}
              </Grid>
            </Stack>
          </section>
        </Stack>
      </Container>
      <Container as="footer" style={{ paddingBlock: 'var(--gbg-space-8)', background: 'var(--gbg-color-surface-subtle)', borderBlockStart: 'var(--gbg-border-width-thin) solid transparent' }}>
        <Stack direction="horizontal" gap="3" align="center" wrap>
          <p style={text}>Kontakt: 031-365 00 00</p>
          <Divider orientation="vertical" tone="default" spacing="0" decorative />
          <a href="#tillganglighet" style={{ ...link, ...text }}>
            Tillgänglighetsredogörelse
          </a>
        </Stack>
      </Container>
    </Stack>
  ),
};

/** The same page in right-to-left: gutters, stacks and the grid mirror. */
export const StartsidaHogerTillVanster: Story = { ...Startsida, globals: { dir: 'rtl' } };

/** The same page in the dark theme. */
export const StartsidaMorkt: Story = { ...Startsida, globals: { theme: 'dark' } };
