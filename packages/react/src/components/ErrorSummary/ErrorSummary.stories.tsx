import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../TextField/TextField.js';
import { ErrorSummary } from './ErrorSummary.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

const errors = [
  { id: 'es-namn', message: 'Ange ditt namn.' },
  { id: 'es-epost', message: 'Ange en e-postadress med @, till exempel anna@exempel.se.' },
];

const nameError = { sv: 'Ange ditt namn.', en: 'Enter your name.', ar: 'أدخل اسمك.' };
const emailError = {
  sv: 'Ange en e-postadress med @, till exempel anna@exempel.se.',
  en: 'Enter an email address with @, for example anna@example.com.',
  ar: 'أدخل عنوان بريد إلكتروني يحتوي على @، مثل anna@example.com.',
};
const errorsEn = [
  { id: 'es-namn', message: nameError.en },
  { id: 'es-epost', message: emailError.en },
];
const errorsAr = [
  { id: 'es-namn', message: nameError.ar },
  { id: 'es-epost', message: emailError.ar },
];

// The fields the summary links to: the links only move focus when the ids exist on the page.
function Fields() {
  const t = useDemoText();
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-6)', maxInlineSize: '40rem' }}>
      <TextField
        id="es-namn"
        label={t({ sv: 'Namn', en: 'Name', ar: 'الاسم' })}
        name="namn"
        autoComplete="name"
        required
        error={t(nameError)}
      />
      <TextField
        id="es-epost"
        label={t({ sv: 'E-postadress', en: 'Email address', ar: 'البريد الإلكتروني' })}
        name="epost"
        type="email"
        autoComplete="email"
        required
        defaultValue={t({ sv: 'anna.exempel.se', en: 'anna.example.com', ar: 'anna.example.com' })}
        error={t(emailError)}
      />
    </div>
  );
}

const meta = {
  title: 'Komponenter/ErrorSummary',
  component: ErrorSummary,
  args: { errors },
  parameters: {
    demoArgs: { en: { errors: errorsEn }, ar: { errors: errorsAr } } satisfies DemoArgs<typeof ErrorSummary>,
  },
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
    const summary = within(canvasElement).getByRole('region');
    await expect(summary).toHaveFocus();
  },
};

/** One error. */
export const SingleError: Story = {
  args: { errors: [errors[0]!] },
  parameters: {
    demoArgs: { en: { errors: [errorsEn[0]!] }, ar: { errors: [errorsAr[0]!] } } satisfies DemoArgs<typeof ErrorSummary>,
  },
};

/** With a sentence under the heading. */
export const WithDescription: Story = {
  args: { description: 'Det du har skrivit finns kvar. Rätta felen och skicka igen.' },
  parameters: {
    demoArgs: {
      en: { description: 'What you have written is still here. Correct the errors and send again.' },
      ar: { description: 'ما كتبته لا يزال محفوظًا. صحّح الأخطاء وأرسل مرة أخرى.' },
    } satisfies DemoArgs<typeof ErrorSummary>,
  },
};

/** A custom heading at level 3, for a form under an h2. */
export const CustomHeading: Story = {
  args: { heading: 'Ansökan kunde inte skickas', headingLevel: 3 },
  parameters: {
    demoArgs: {
      en: { heading: 'The application could not be sent' },
      ar: { heading: 'تعذّر إرسال الطلب' },
    } satisfies DemoArgs<typeof ErrorSummary>,
  },
};

/** English built-in heading (locale from the provider). */
export const English: Story = {
  globals: { locale: 'en' },
  args: { errors: errorsEn },
};

/** Without auto focus (the page moves focus itself). */
export const WithoutAutoFocus: Story = { args: { autoFocus: false } };

/** Clicking a link moves focus to the field, not only the URL hash. */
export const LinkMovesFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: /e-postadress med @|email address with @/i }));
    await expect(canvas.getByRole('textbox', { name: /E-postadress|Email address/ })).toHaveFocus();
  },
};

/** Dark theme: danger surface and border from the dark status tokens; text stays white. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left with Arabic content: icon at the inline start (right), list aligned right. */
export const RightToLeft: Story = { ...English, globals: { dir: 'rtl', locale: 'en' } };

/** Keyboard focus on the first error link (focus ring on the link). */
export const FocusedLink: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: /Ange ditt namn|Enter your name/ })).toHaveFocus();
  },
};
