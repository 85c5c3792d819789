import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { Link } from '../Link/Link.js';
import { Alert } from './Alert.js';

const column = { display: 'grid', gap: 'var(--gbg-space-4)', maxInlineSize: '40rem' } as const;

const meta = {
  title: 'Komponenter/Alert',
  component: Alert,
  args: {
    heading: 'Planerat underhåll av e-tjänsterna',
    children: 'E-tjänsterna är stängda lördag 6 december klockan 22–24. Det du har sparat finns kvar.',
  },
  decorators: [
    (Story) => (
      <div style={column}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** All four tones. Icon, border and background differ; the text stays black (white in dark). */
export const Tones: Story = {
  render: () => (
    <>
      <Alert tone="info" heading="Planerat underhåll av e-tjänsterna">
        E-tjänsterna är stängda lördag 6 december klockan 22–24.
      </Alert>
      <Alert tone="success" heading="Ansökan är skickad">
        Vi har tagit emot din ansökan om förskoleplats. Du får ett beslut inom fyra månader.
      </Alert>
      <Alert tone="warning" heading="Ansökan är inte skickad än">
        Du har sparat ett utkast. Skicka in det senast 31 januari.
      </Alert>
      <Alert tone="error" heading="Det gick inte att hämta dina ärenden">
        Försök igen om en stund. Kontakta Kontaktcenter på 031-365 00 00 om det inte fungerar.
      </Alert>
    </>
  ),
};

/** Info (the default tone). */
export const Info: Story = {};

/** Success: confirms what the person just did. */
export const Success: Story = {
  args: {
    tone: 'success',
    heading: 'Ansökan är skickad',
    children: 'Vi har tagit emot din ansökan om förskoleplats. Du får ett beslut inom fyra månader.',
  },
};

/** Warning: something the person must know before going on. */
export const Warning: Story = {
  args: {
    tone: 'warning',
    heading: 'Ansökan är inte skickad än',
    children: 'Du har sparat ett utkast. Skicka in det senast 31 januari.',
  },
};

/** Error: something stopped the person, and what to do about it. */
export const ErrorMessage: Story = {
  args: {
    tone: 'error',
    heading: 'Det gick inte att hämta dina ärenden',
    children: 'Försök igen om en stund. Kontakta Kontaktcenter på 031-365 00 00 om det inte fungerar.',
  },
};

/** Text only, without a heading: the tone word is read before the text. */
export const WithoutHeading: Story = {
  args: { tone: 'success', heading: undefined, children: 'Dina ändringar är sparade.' },
};

/** With a link to the next step. */
export const WithLink: Story = {
  args: {
    tone: 'warning',
    heading: 'Ditt bygglov går ut snart',
    children: (
      <p>
        Bygglovet för Storgatan 12 gäller till 15 mars. <Link href="#forlang">Ansök om förlängning</Link>
      </p>
    ),
  },
};

/** Long heading and text at narrow widths wrap without overflowing. */
export const LongContent: Story = {
  args: {
    tone: 'info',
    heading: 'Förändrade öppettider på alla bibliotek, simhallar och fritidsgårdar under jul- och nyårshelgerna 2026',
    children:
      'Mellan 23 december och 6 januari har stadens verksamheter förändrade öppettider. Kontrollera tiderna för just din verksamhet på dess egen sida innan du går dit. Adressen https://goteborg.se/wps/portal/start/kultur-och-fritid/oppettider-under-helger visar alla tider samlat.',
  },
};

/**
 * Dismissible. Pressing "Stäng" removes the alert; the example moves focus to the section
 * heading so keyboard and screen reader users are not left on a removed button.
 */
export const Dismissible: Story = {
  render: (args) => {
    const [open, setOpen] = useState(true);
    const headingRef = useRef<HTMLHeadingElement>(null);
    return (
      <section aria-labelledby="alert-demo-heading">
        <h2 id="alert-demo-heading" ref={headingRef} tabIndex={-1} style={{ marginBlock: '0 var(--gbg-space-4)' }}>
          Mina ärenden
        </h2>
        {open ? (
          <Alert
            {...args}
            onDismiss={() => {
              setOpen(false);
              headingRef.current?.focus();
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Visa meddelandet igen
          </Button>
        )}
      </section>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Stäng/ }));
    await expect(canvas.queryByText('Planerat underhåll av e-tjänsterna')).toBeNull();
    await expect(canvas.getByRole('heading', { name: 'Mina ärenden' })).toHaveFocus();
  },
};

/** The close button with keyboard focus (focus ring visible). */
export const DismissFocused: Story = {
  args: { onDismiss: () => {} },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const close = within(canvasElement).getByRole('button', { name: /^Stäng/ });
    await expect(close).toHaveFocus();
    // The focus ring is drawn: a solid outline of non-zero width.
    const style = getComputedStyle(close);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/**
 * Appears after an action and is spoken (`announce`). Alerts already on the page when it loads
 * are not spoken; they are read with the page.
 */
export const AnnouncedAfterAction: Story = {
  args: { announce: true },
  render: (args) => {
    const [saved, setSaved] = useState(false);
    return (
      <>
        <Button onClick={() => setSaved(true)}>Spara ändringar</Button>
        {saved && (
          <Alert {...args} tone="success" heading="Ändringarna är sparade">
            Dina kontaktuppgifter är uppdaterade.
          </Alert>
        )}
      </>
    );
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() =>
      expect(document.querySelector('[role="status"]')).toHaveTextContent('Klart: Ändringarna är sparade Dina kontaktuppgifter är uppdaterade.'),
    );
  },
};

/** Dark theme: status surfaces and borders from the dark tokens; text stays white. */
export const Dark: Story = { ...Tones, globals: { theme: 'dark' } };

/** English locale: tone words and the close label from the English dictionary. */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    tone: 'error',
    heading: 'We could not load your cases',
    children: 'Try again in a moment. Call the contact centre on +46 31 365 00 00 if it still does not work.',
    onDismiss: () => {},
  },
};

/** Right to left with Arabic content: icon and bar at the inline start (right), close button at the left. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    tone: 'warning',
    heading: 'لم يتم إرسال طلبك بعد',
    children: 'لقد حفظت مسودة. أرسلها قبل 31 يناير.',
    onDismiss: () => {},
  },
  render: (args) => (
    <div lang="ar">
      <Alert {...args} />
    </div>
  ),
};
