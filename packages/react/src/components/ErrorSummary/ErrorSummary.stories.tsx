import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../TextField/TextField.js';
import { ErrorSummary } from './ErrorSummary.js';

const errors = [
  { id: 'es-namn', message: 'Ange ditt namn.' },
  { id: 'es-epost', message: 'Ange en e-postadress med @, till exempel anna@exempel.se.' },
];

// The fields the summary links to: the links only move focus when the ids exist on the page.
const Fields = () => (
  <div style={{ display: 'grid', gap: 'var(--gbg-space-6)', maxInlineSize: '40rem' }}>
    <TextField id="es-namn" label="Namn" name="namn" autoComplete="name" required error="Ange ditt namn." />
    <TextField
      id="es-epost"
      label="E-postadress"
      name="epost"
      type="email"
      autoComplete="email"
      required
      defaultValue="anna.exempel.se"
      error="Ange en e-postadress med @, till exempel anna@exempel.se."
    />
  </div>
);

const meta = {
  title: 'Komponenter/ErrorSummary',
  component: ErrorSummary,
  args: { errors },
  decorators: [
    (Story) => (
      <main style={{ maxInlineSize: '40rem' }}>
        <Story />
        <Fields />
      </main>
    ),
  ],
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two errors; the summary takes focus when it appears. */
export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const summary = within(canvasElement).getByRole('region', { name: 'Det finns fel i formuläret' });
    await expect(summary).toHaveFocus();
  },
};

/** One error. */
export const SingleError: Story = { args: { errors: [errors[0]!] } };

/** With a sentence under the heading. */
export const WithDescription: Story = {
  args: { description: 'Det du har skrivit finns kvar. Rätta felen och skicka igen.' },
};

/** A custom heading at level 3, for a form under an h2. */
export const CustomHeading: Story = {
  args: { heading: 'Ansökan kunde inte skickas', headingLevel: 3 },
};

/** English built-in heading (locale from the provider). */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    errors: [
      { id: 'es-namn', message: 'Enter your name.' },
      { id: 'es-epost', message: 'Enter an email address with @, like name@example.com.' },
    ],
  },
};

/** Without auto focus (the page moves focus itself). */
export const WithoutAutoFocus: Story = { args: { autoFocus: false } };

/** Clicking a link moves focus to the field, not only the URL hash. */
export const LinkMovesFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: /e-postadress med @/ }));
    await expect(canvas.getByRole('textbox', { name: /E-postadress/ })).toHaveFocus();
  },
};

/** Dark theme: danger surface and border from the dark status tokens; text stays white. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left: icon at the inline start (right), list aligned right. */
export const RightToLeft: Story = { ...English, globals: { dir: 'rtl', locale: 'en' } };

/** Keyboard focus on the first error link (focus ring on the link). */
export const FocusedLink: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Ange ditt namn.' })).toHaveFocus();
  },
};
