import type { Meta, StoryObj } from '@storybook/react-vite';
import { List, ListItem } from './List.js';

const items = ['Personbevis för barnet', 'Inkomstuppgift för hushållet', 'Önskat startdatum'];

const meta = {
  title: 'Komponenter/List',
  component: List,
  args: {
    children: items.map((item) => <ListItem key={item}>{item}</ListItem>),
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['unordered', 'ordered', 'none'] },
    spacing: { control: 'inline-radio', options: ['compact', 'normal', 'relaxed'] },
    children: { control: false },
  },
} satisfies Meta<typeof List>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Bullets: the order does not matter. */
export const Unordered: Story = {};

/** Numbers: for steps where the order matters. */
export const Ordered: Story = {
  args: {
    variant: 'ordered',
    children: [
      <ListItem key="1">Logga in med e-legitimation.</ListItem>,
      <ListItem key="2">Fyll i ansökan.</ListItem>,
      <ListItem key="3">Skicka ansökan och spara kvittot.</ListItem>,
    ],
  },
};

/** No markers, for link lists; still a list for screen readers. */
export const NoBullets: Story = {
  args: {
    variant: 'none',
    children: ['Förskola', 'Grundskola', 'Gymnasium'].map((name) => (
      <ListItem key={name}>
        <a href={`#${name}`} style={{ color: 'inherit' }}>{name}</a>
      </ListItem>
    )),
  },
};

/** Spacing: compact, normal, relaxed. */
export const Spacing: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-6)', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))' }}>
      {(['compact', 'normal', 'relaxed'] as const).map((spacing) => (
        <List key={spacing} spacing={spacing} aria-label={spacing}>
          {items.map((item) => <ListItem key={item}>{item}</ListItem>)}
        </List>
      ))}
    </div>
  ),
};

/** Ordered list starting at 4. */
export const StartAt: Story = { args: { variant: 'ordered', start: 4 } };

/** White in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left: markers on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { variant: 'ordered', children: [<ListItem key="a">Log in</ListItem>, <ListItem key="b">Apply</ListItem>] },
};
