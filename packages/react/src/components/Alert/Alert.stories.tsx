import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { dictionaries } from '../../i18n/index.js';
import { demoLanguage, pickDemoText, useDemoText, type DemoArgs, type DemoTexts } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { Link } from '../Link/Link.js';
import { Alert } from './Alert.js';

const column = { display: 'grid', gap: 'var(--gbg-space-4)', maxInlineSize: '40rem' } as const;

// Play functions read the built-in strings of the story's locale, so they pass from the toolbar too.
const builtIn = (globals: { locale?: string }) => dictionaries[globals.locale === 'en' ? 'en' : 'sv'];
/** The close button is named "Stäng" plus the alert's heading. */
const closeName = (globals: { locale?: string }) => new RegExp(`^${builtIn(globals).alert.dismiss}`);

type Message = { heading: DemoTexts; body: DemoTexts<ReactNode> };

const maintenance: Message = {
  heading: { sv: 'Planerat underhåll av e-tjänsterna', en: 'Planned maintenance of the e-services', ar: 'صيانة مجدولة للخدمات الإلكترونية' },
  body: {
    sv: 'E-tjänsterna är stängda lördag 6 december klockan 22–24. Det du har sparat finns kvar.',
    en: 'The e-services are closed on Saturday 6 December from 22.00 to 24.00. What you have saved is kept.',
    ar: 'ستكون الخدمات الإلكترونية مغلقة يوم السبت 6 ديسمبر من الساعة 22 إلى 24. ما حفظته سيبقى محفوظًا.',
  },
};
const sent: Message = {
  heading: { sv: 'Ansökan är skickad', en: 'Your application has been sent', ar: 'تم إرسال طلبك' },
  body: {
    sv: 'Vi har tagit emot din ansökan om förskoleplats. Du får ett beslut inom fyra månader.',
    en: 'We have received your application for a preschool place. You will get a decision within four months.',
    ar: 'لقد استلمنا طلبك للحصول على مكان في الروضة. ستحصل على قرار خلال أربعة أشهر.',
  },
};
const draft: Message = {
  heading: { sv: 'Ansökan är inte skickad än', en: 'Your application has not been sent yet', ar: 'لم يتم إرسال طلبك بعد' },
  body: {
    sv: 'Du har sparat ett utkast. Skicka in det senast 31 januari.',
    en: 'You have saved a draft. Send it in by 31 January.',
    ar: 'لقد حفظت مسودة. أرسلها قبل 31 يناير.',
  },
};
const loadFailed: Message = {
  heading: { sv: 'Det gick inte att hämta dina ärenden', en: 'We could not load your cases', ar: 'تعذّر تحميل طلباتك' },
  body: {
    sv: 'Försök igen om en stund. Kontakta Kontaktcenter på 031-365 00 00 om det inte fungerar.',
    en: 'Try again in a moment. Call the contact centre on +46 31 365 00 00 if it still does not work.',
    ar: 'حاول مرة أخرى بعد قليل. اتصل بمركز الاتصال على الرقم ‎031-365 00 00‎ إذا استمرت المشكلة.',
  },
};

/** A message as Swedish args with English and Arabic demo args. */
const message = ({ heading, body }: Message) => ({
  args: { heading: heading.sv, children: body.sv },
  parameters: {
    demoArgs: {
      en: { heading: heading.en, children: body.en },
      ar: { heading: heading.ar, children: body.ar },
    } satisfies DemoArgs<typeof Alert>,
  },
});

const meta = {
  title: 'Komponenter/Alert',
  component: Alert,
  ...message(maintenance),
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
  render: () => {
    const t = useDemoText();
    return (
      <>
        <Alert tone="info" heading={t(maintenance.heading)}>
          {t({
            sv: 'E-tjänsterna är stängda lördag 6 december klockan 22–24.',
            en: 'The e-services are closed on Saturday 6 December from 22.00 to 24.00.',
            ar: 'ستكون الخدمات الإلكترونية مغلقة يوم السبت 6 ديسمبر من الساعة 22 إلى 24.',
          })}
        </Alert>
        <Alert tone="success" heading={t(sent.heading)}>
          {t(sent.body)}
        </Alert>
        <Alert tone="warning" heading={t(draft.heading)}>
          {t(draft.body)}
        </Alert>
        <Alert tone="error" heading={t(loadFailed.heading)}>
          {t(loadFailed.body)}
        </Alert>
      </>
    );
  },
};

/** Info (the default tone). */
export const Info: Story = {};

/** Success: confirms what the person just did. */
export const Success: Story = { ...message(sent), args: { ...message(sent).args, tone: 'success' } };

/** Warning: something the person must know before going on. */
export const Warning: Story = { ...message(draft), args: { ...message(draft).args, tone: 'warning' } };

/** Error: something stopped the person, and what to do about it. */
export const ErrorMessage: Story = { ...message(loadFailed), args: { ...message(loadFailed).args, tone: 'error' } };

/** Text only, without a heading: the tone word is read before the text. */
export const WithoutHeading: Story = {
  args: { tone: 'success', heading: undefined, children: 'Dina ändringar är sparade.' },
  parameters: {
    demoArgs: { en: { children: 'Your changes have been saved.' }, ar: { children: 'تم حفظ تغييراتك.' } },
  },
  // Leaves out the heading the meta's English and Arabic demo args would fill in.
  render: ({ heading: _heading, ...args }) => <Alert {...args} />,
};

const permitText = (before: string, link: string) => (
  <p>
    {before} <Link href="#forlang">{link}</Link>
  </p>
);

/** With a link to the next step. */
export const WithLink: Story = {
  args: {
    tone: 'warning',
    heading: 'Ditt bygglov går ut snart',
    children: permitText('Bygglovet för Storgatan 12 gäller till 15 mars.', 'Ansök om förlängning'),
  },
  parameters: {
    demoArgs: {
      en: {
        heading: 'Your building permit expires soon',
        children: permitText('The building permit for Storgatan 12 is valid until 15 March.', 'Apply for an extension'),
      },
      ar: {
        heading: 'رخصة البناء الخاصة بك تنتهي قريبًا',
        children: permitText('رخصة البناء الخاصة بـ Storgatan 12 سارية حتى 15 مارس.', 'قدّم طلب تمديد'),
      },
    },
  },
};

/** Long heading and text at narrow widths wrap without overflowing. */
export const LongContent: Story = {
  ...message({
    heading: {
      sv: 'Förändrade öppettider på alla bibliotek, simhallar och fritidsgårdar under jul- och nyårshelgerna 2026',
      en: 'Changed opening hours at all libraries, swimming pools and youth centres over the Christmas and New Year holidays 2026',
      ar: 'تغيير ساعات العمل في جميع المكتبات والمسابح ومراكز الشباب خلال عطلتي عيد الميلاد ورأس السنة 2026',
    },
    body: {
      sv: 'Mellan 23 december och 6 januari har stadens verksamheter förändrade öppettider. Kontrollera tiderna för just din verksamhet på dess egen sida innan du går dit. Adressen https://goteborg.se/wps/portal/start/kultur-och-fritid/oppettider-under-helger visar alla tider samlat.',
      en: 'Between 23 December and 6 January the city’s services have changed opening hours. Check the times for your particular service on its own page before you go. The address https://goteborg.se/wps/portal/start/leisure/opening-hours-during-holidays lists all the times together.',
      ar: 'بين 23 ديسمبر و6 يناير تتغير ساعات عمل خدمات المدينة. تحقّق من مواعيد الخدمة التي تقصدها على صفحتها الخاصة قبل الذهاب. يعرض العنوان https://goteborg.se/wps/portal/start/leisure/opening-hours-during-holidays جميع المواعيد في مكان واحد.',
    },
  }),
};

/**
 * Dismissible. Pressing "Stäng" removes the alert; the example moves focus to the section
 * heading so keyboard and screen reader users are not left on a removed button.
 */
export const Dismissible: Story = {
  render: (args) => {
    const [open, setOpen] = useState(true);
    const headingRef = useRef<HTMLHeadingElement>(null);
    const t = useDemoText();
    return (
      <section aria-labelledby="alert-demo-heading">
        <h2 id="alert-demo-heading" ref={headingRef} tabIndex={-1} style={{ marginBlock: '0 var(--gbg-space-4)' }}>
          {t({ sv: 'Mina ärenden', en: 'My cases', ar: 'طلباتي' })}
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
            {t({ sv: 'Visa meddelandet igen', en: 'Show the message again', ar: 'اعرض الرسالة مرة أخرى' })}
          </Button>
        )}
      </section>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = <T,>(texts: DemoTexts<T>) => pickDemoText(texts, demoLanguage(globals));
    await userEvent.click(canvas.getByRole('button', { name: closeName(globals) }));
    await expect(canvas.queryByText(t(maintenance.heading))).toBeNull();
    await expect(canvas.getByRole('heading', { name: t({ sv: 'Mina ärenden', en: 'My cases', ar: 'طلباتي' }) })).toHaveFocus();
  },
};

/** The close button with keyboard focus (focus ring visible). */
export const DismissFocused: Story = {
  args: { onDismiss: () => {} },
  play: async ({ canvasElement, globals }) => {
    await userEvent.tab();
    const close = within(canvasElement).getByRole('button', { name: closeName(globals) });
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
    const t = useDemoText();
    return (
      <>
        <Button onClick={() => setSaved(true)}>{t({ sv: 'Spara ändringar', en: 'Save changes', ar: 'احفظ التغييرات' })}</Button>
        {saved && (
          <Alert {...args} tone="success" heading={t({ sv: 'Ändringarna är sparade', en: 'Your changes have been saved', ar: 'تم حفظ التغييرات' })}>
            {t({ sv: 'Dina kontaktuppgifter är uppdaterade.', en: 'Your contact details are updated.', ar: 'تم تحديث بيانات الاتصال الخاصة بك.' })}
          </Alert>
        )}
      </>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = (texts: DemoTexts) => pickDemoText(texts, demoLanguage(globals));
    await userEvent.click(within(canvasElement).getByRole('button', { name: t({ sv: 'Spara ändringar', en: 'Save changes', ar: 'احفظ التغييرات' }) }));
    const spoken = [
      builtIn(globals).alert.success,
      t({ sv: 'Ändringarna är sparade', en: 'Your changes have been saved', ar: 'تم حفظ التغييرات' }),
      t({ sv: 'Dina kontaktuppgifter är uppdaterade.', en: 'Your contact details are updated.', ar: 'تم تحديث بيانات الاتصال الخاصة بك.' }),
    ].join(' ');
    await waitFor(() => expect(document.querySelector('[role="status"]')).toHaveTextContent(spoken));
  },
};

/** Dark theme: status surfaces and borders from the dark tokens; text stays white. */
export const Dark: Story = { ...Tones, globals: { theme: 'dark' } };

/** English locale: tone words and the close label from the English dictionary. */
export const English: Story = {
  ...message(loadFailed),
  globals: { locale: 'en' },
  args: { ...message(loadFailed).args, tone: 'error', onDismiss: () => {} },
};

/** Right to left with Arabic content: icon and bar at the inline start (right), close button at the left. */
export const RightToLeft: Story = {
  ...message(draft),
  globals: { dir: 'rtl', locale: 'en' },
  args: { ...message(draft).args, tone: 'warning', onDismiss: () => {} },
  render: (args) => (
    <div lang="ar">
      <Alert {...args} />
    </div>
  ),
};
