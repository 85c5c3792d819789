import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Demo, useDemoText } from '../../storybook/demo.js';
import { Link } from '../Link/Link.js';
import { ServiceStatus, serviceStatusStorageKey } from './ServiceStatus.js';

/** Stories start with nothing dismissed, so every story shows its banner. */
function forgetDismissals() {
  for (const key of Object.keys(window.localStorage)) {
    if (key.startsWith(serviceStatusStorageKey(''))) window.localStorage.removeItem(key);
  }
}

const meta = {
  title: 'Komponenter/ServiceStatus',
  component: ServiceStatus,
  parameters: { layout: 'fullscreen' },
  beforeEach: forgetDismissals,
  args: {
    messageId: 'e-tjanster-2026-12-06',
    heading: 'Driftstörning i e-tjänsterna',
    children: 'Det går inte att logga in i e-tjänsterna just nu. Vi arbetar med att lösa felet och räknar med att allt fungerar igen klockan 14.',
  },
} satisfies Meta<typeof ServiceStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A disruption now ("driftstörning"): error tone, with a link to more and a close button. */
export const Disruption: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <ServiceStatus
        {...args}
        heading={t({ sv: 'Driftstörning i e-tjänsterna', en: 'Disruption in the e-services', ar: 'عطل في الخدمات الإلكترونية' })}
      >
        <p>
          {t({
            sv: 'Det går inte att logga in i e-tjänsterna just nu. Vi räknar med att allt fungerar igen klockan 14.',
            en: 'You cannot log in to the e-services right now. We expect everything to work again at 2 pm.',
            ar: 'لا يمكن تسجيل الدخول إلى الخدمات الإلكترونية الآن. نتوقع أن يعمل كل شيء مجددًا في الساعة 14.',
          })}{' '}
          <Link href="#driftinformation">{t({ sv: 'Driftinformation', en: 'Service status', ar: 'معلومات التشغيل' })}</Link>
        </p>
      </ServiceStatus>
    );
  },
};

/** Planned maintenance: warning tone. */
export const PlannedMaintenance: Story = {
  args: {
    messageId: 'underhall-2026-12-13',
    tone: 'warning',
    heading: 'Planerat underhåll lördag 13 december',
    children: 'E-tjänsterna är stängda klockan 22–24. Det du har sparat finns kvar.',
  },
  parameters: {
    demoArgs: {
      en: { heading: 'Planned maintenance on Saturday 13 December', children: 'The e-services are closed 10 pm to midnight. What you have saved is kept.' },
      ar: { heading: 'صيانة مخططة يوم السبت 13 ديسمبر', children: 'الخدمات الإلكترونية مغلقة من الساعة 22 إلى 24. ما حفظته يبقى محفوظًا.' },
    },
  },
};

/** Other site-wide news: info tone. */
export const Info: Story = {
  args: {
    messageId: 'ny-inloggning-2026',
    tone: 'info',
    heading: 'Nytt sätt att logga in',
    children: 'Från 1 februari loggar du in med BankID eller Freja eID Plus.',
  },
  parameters: {
    demoArgs: {
      en: { heading: 'A new way to log in', children: 'From 1 February you log in with BankID or Freja eID Plus.' },
      ar: { heading: 'طريقة جديدة لتسجيل الدخول', children: 'اعتبارًا من 1 فبراير تسجل الدخول باستخدام BankID أو Freja eID Plus.' },
    },
  },
};

/** Not dismissible: for a disruption everyone must see on every page. */
export const NotDismissible: Story = {
  args: { dismissible: false },
  parameters: {
    demoArgs: {
      en: { heading: 'Disruption in the e-services', children: 'You cannot log in to the e-services right now.' },
      ar: { heading: 'عطل في الخدمات الإلكترونية', children: 'لا يمكن تسجيل الدخول إلى الخدمات الإلكترونية الآن.' },
    },
  },
};

/** Closing: the banner goes, the choice is stored for this message id and focus moves on to what follows. */
export const Dismissing: Story = {
  render: (args) => (
    <>
      <ServiceStatus {...args} messageId="stories-dismissing" />
      <p style={{ padding: 'var(--gbg-space-4)', margin: 0 }}>
        <Link href="#innehall">
          <Demo sv="Till innehållet" en="To the content" ar="إلى المحتوى" />
        </Link>
      </p>
    </>
  ),
  parameters: {
    demoArgs: {
      en: { heading: 'Disruption in the e-services', children: 'You cannot log in to the e-services right now.' },
      ar: { heading: 'عطل في الخدمات الإلكترونية', children: 'لا يمكن تسجيل الدخول إلى الخدمات الإلكترونية الآن.' },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Stäng / }));
    await waitFor(() => expect(canvas.queryByRole('heading', { name: /Driftstörning/ })).toBeNull());
    await expect(canvas.getByRole('link', { name: 'Till innehållet' })).toHaveFocus();
    await expect(window.localStorage.getItem(serviceStatusStorageKey('stories-dismissing'))).toBe('dismissed');
  },
};

/** Dark theme. */
export const Dark: Story = { ...Disruption, globals: { theme: 'dark' } };

/** English locale: English content, the close button "Close …". */
export const English: Story = { ...Disruption, globals: { locale: 'en' } };

/** Right to left with Arabic content. */
export const RightToLeft: Story = {
  ...Disruption,
  render: (args, context) => <div lang="ar">{Disruption.render!(args, context)}</div>,
  globals: { dir: 'rtl', locale: 'en' },
};
