import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CloseIcon, ExternalLinkIcon, PlusIcon } from '@goteborgsstad/icons';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Button } from './Button.js';

const meta = {
  title: 'Komponenter/Button',
  component: Button,
  args: { children: 'Skicka ansökan' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary', 'danger'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    loading: { control: 'boolean' },
    disabled: { control: 'boolean' },
    fullWidth: { control: 'boolean' },
  },
  parameters: {
    demoArgs: { en: { children: 'Send application' }, ar: { children: 'أرسل الطلب' } } satisfies DemoArgs<typeof Button>,
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The main action of a section. One primary button per section. */
export const Primary: Story = {};

/** Other actions next to the primary one. */
export const Secondary: Story = {
  args: { variant: 'secondary', children: 'Spara utkast' },
  parameters: { demoArgs: { en: { children: 'Save draft' }, ar: { children: 'احفظ المسودة' } } },
};

/** Less important actions: no box, underlined text. */
export const Tertiary: Story = {
  args: { variant: 'tertiary', children: 'Avbryt' },
  parameters: { demoArgs: { en: { children: 'Cancel' }, ar: { children: 'إلغاء' } } },
};

/** Actions that delete or cannot be undone. */
export const Danger: Story = {
  args: { variant: 'danger', children: 'Ta bort ansökan' },
  parameters: { demoArgs: { en: { children: 'Delete application' }, ar: { children: 'احذف الطلب' } } },
};

/** All sizes: 32px (dense tools only), 44px (default), 56px. */
export const Sizes: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'flex', gap: 'var(--gbg-space-3)', alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="sm">{t({ sv: 'Liten', en: 'Small', ar: 'صغير' })}</Button>
        <Button size="md">{t({ sv: 'Mellan', en: 'Medium', ar: 'متوسط' })}</Button>
        <Button size="lg">{t({ sv: 'Stor', en: 'Large', ar: 'كبير' })}</Button>
      </div>
    );
  },
};

/** Decorative icon before or after the label; the label carries the meaning. */
export const WithIcons: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'flex', gap: 'var(--gbg-space-3)', flexWrap: 'wrap' }}>
        <Button iconBefore={PlusIcon}>{t({ sv: 'Lägg till barn', en: 'Add child', ar: 'أضف طفلًا' })}</Button>
        <Button variant="secondary" iconAfter={<ExternalLinkIcon />}>
          {t({ sv: 'Öppna e-tjänsten', en: 'Open the e-service', ar: 'افتح الخدمة الإلكترونية' })}
        </Button>
      </div>
    );
  },
};

/** Icon only: the types require `aria-label` (or `aria-labelledby`). */
export const IconOnly: Story = {
  args: { iconOnly: true, icon: CloseIcon, 'aria-label': 'Stäng', variant: 'secondary', children: undefined },
  // `children: null` keeps the meta's English label text off the icon-only button.
  parameters: { demoArgs: { en: { 'aria-label': 'Close', children: null }, ar: { 'aria-label': 'إغلاق' } } },
};

/** Busy while the action runs: same width, spinner, `aria-busy`, announces "Laddar…". */
export const Loading: Story = { args: { loading: true, children: 'Skicka ansökan' } };

/** Not available right now. Prefer explaining why over disabling. */
export const Disabled: Story = { args: { disabled: true } };

/** With `href` the button is a link (`<a>`): use it when the action navigates. */
export const AsLink: Story = {
  args: { href: '#e-tjanst', children: 'Gå till e-tjänsten', variant: 'secondary' },
  parameters: {
    demoArgs: { en: { children: 'Go to the e-service' }, ar: { children: 'انتقل إلى الخدمة الإلكترونية' } },
  },
};

/** Full width, for narrow screens and stacked groups. */
export const FullWidth: Story = { args: { fullWidth: true } };

/** A long label wraps inside the button at narrow widths instead of overflowing. */
export const LongLabel: Story = {
  args: { children: 'Skicka ansökan om plats i förskola, pedagogisk omsorg eller fritidshem' },
  parameters: {
    demoArgs: {
      en: { children: 'Send the application for a place in preschool, pedagogical care or leisure-time centre' },
      ar: { children: 'أرسل طلب الحصول على مكان في الروضة أو الرعاية التربوية أو مركز الترفيه' },
    },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '16rem' }}><Story /></div>],
};

/** Keyboard focus shows the two-colour ring. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button')).toHaveFocus();
  },
};

/** Every variant in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => {
    const t = useDemoText();
    return (
      <div style={{ display: 'flex', gap: 'var(--gbg-space-3)', flexWrap: 'wrap' }}>
        <Button>{t({ sv: 'Primär', en: 'Primary', ar: 'أساسي' })}</Button>
        <Button variant="secondary">{t({ sv: 'Sekundär', en: 'Secondary', ar: 'ثانوي' })}</Button>
        <Button variant="tertiary">{t({ sv: 'Tertiär', en: 'Tertiary', ar: 'ثالثي' })}</Button>
        <Button variant="danger">{t({ sv: 'Ta bort', en: 'Delete', ar: 'حذف' })}</Button>
        <Button disabled>{t({ sv: 'Inaktiv', en: 'Disabled', ar: 'غير متاح' })}</Button>
      </div>
    );
  },
};

/** Right-to-left with Arabic content: the icon before the label sits on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { iconBefore: PlusIcon, children: 'Lägg till barn' },
  parameters: { demoArgs: { en: { children: 'Add child' }, ar: { children: 'أضف طفلًا' } } },
};
