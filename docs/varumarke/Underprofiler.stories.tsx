import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { Button, Heading, Logo, SenderText, Stack, Text } from '@goteborgsstad/react';
// Built by the token build from tokens/themes/*.tokens.json (gbg-tokens theme create).
import '@goteborgsstad/tokens/themes/exempelbolaget.css';
import '@goteborgsstad/tokens/themes/exempelhuset.css';

/**
 * Sub-brand themes: a wholly owned company and a unit with an approved special profile, each
 * with its own accent colours inside the city's rules (text black or white, contrast proven at
 * build, the guarantee text shown). The docs page is Underprofiler.mdx.
 */
const meta = {
  title: 'Varumärke/Underprofiler',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const card: CSSProperties = {
  padding: 'var(--gbg-space-6)',
  border: 'var(--gbg-border-width-thin) solid var(--gbg-color-border-default)',
  borderRadius: 'var(--gbg-radius-md)',
  background: 'var(--gbg-color-surface-default)',
  color: 'var(--gbg-color-text-default)',
  maxInlineSize: '40rem',
};
const band: CSSProperties = {
  padding: 'var(--gbg-space-4)',
  borderRadius: 'var(--gbg-radius-md)',
  background: 'var(--gbg-color-surface-brand)',
  color: 'var(--gbg-color-text-inverse)',
};

/** The sub-brand's own logo goes here (its own file); the sample shows a plain word mark. */
function OwnLogo({ children }: { children: ReactNode }) {
  return (
    <div
      aria-label={`Logotyp: ${String(children)}`}
      role="img"
      style={{ fontWeight: 700, fontSize: 'var(--gbg-font-size-xl)', lineHeight: 1.1, borderInlineStart: '6px solid var(--gbg-color-surface-brand)', paddingInlineStart: 'var(--gbg-space-3)' }}
    >
      {children}
    </div>
  );
}

/** Exempelbolaget AB, a wholly owned city company: own logo and the short guarantee text. */
export const Bolag: Story = {
  name: 'Helägt bolag: Exempelbolaget AB',
  render: () => (
    <div data-gbg-brand="exempelbolaget" style={card}>
      <Stack gap="4">
        <Stack gap="1">
          <OwnLogo>Exempelbolaget AB</OwnLogo>
          <SenderText />
        </Stack>
        <Heading level={2}>Boka tid för besiktning</Heading>
        <Text>Välj en tid som passar dig. Du får en bekräftelse via e-post.</Text>
        <Stack direction="row" gap="3">
          <Button variant="primary">Boka tid</Button>
          <Button variant="secondary">Se lediga tider</Button>
        </Stack>
        <div style={band}>
          <p style={{ margin: 0 }}>Öppet vardagar 8–16. Ring 031-00 00 00.</p>
        </div>
      </Stack>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^(En del av Göteborgs Stad|A municipal company, City of Gothenburg)$/)).toBeVisible();
    // The theme's CSS is applied: the primary action takes the company's accent (light or dark
    // theme), not Göteborgsblå.
    const primary = canvas.getByRole('button', { name: 'Boka tid' });
    await expect(['rgb(138, 21, 56)', 'rgb(249, 211, 222)']).toContain(getComputedStyle(primary).backgroundColor);
  },
};

/** Exempelhuset, a unit with an approved special profile: own logo, the city's logotype and "… är en del av Göteborgs Stad". */
export const Verksamhet: Story = {
  name: 'Särprofilerad verksamhet: Exempelhuset',
  render: () => (
    <div data-gbg-brand="exempelhuset" style={card}>
      <Stack gap="4">
        <OwnLogo>Exempelhuset</OwnLogo>
        <Heading level={2}>Veckans program</Heading>
        <Text>Konserter, föreläsningar och verkstäder för alla åldrar. Fri entré.</Text>
        <Stack direction="row" gap="3">
          <Button variant="primary">Se programmet</Button>
          <Button variant="secondary">Hitta hit</Button>
        </Stack>
        <div style={{ borderBlockStart: 'var(--gbg-border-width-thin) solid var(--gbg-color-border-default)', paddingBlockStart: 'var(--gbg-space-4)' }}>
          <Stack gap="2">
            <Logo />
            <SenderText unit="Exempelhuset" />
          </Stack>
        </div>
      </Stack>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Exempelhuset (är en del av Göteborgs Stad|is part of the City of Gothenburg)/)).toBeVisible();
  },
};
