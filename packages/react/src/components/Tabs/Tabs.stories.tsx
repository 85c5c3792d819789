import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { demoLanguage, useDemoText, type DemoArgs, type DemoLanguage } from '../../storybook/demo.js';
import { TabNav } from './TabNav.js';
import { Tabs, type TabsItem } from './Tabs.js';

const text: CSSProperties = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };
const frame: CSSProperties = { maxInlineSize: '40rem' };

type Texts<T = string> = Record<DemoLanguage, T>;
const para = (words: string) => <p style={text}>{words}</p>;

const preschool: Texts<TabsItem[]> = {
  sv: [
    { value: 'hours', label: 'Öppettider', content: para('Förskolan är öppen vardagar 06.30–18.00. Under sommaren samverkar flera förskolor.') },
    { value: 'fees', label: 'Avgifter', content: para('Avgiften beror på hushållets inkomst och barnets tid i förskolan, med maxtaxa.') },
    {
      value: 'contact',
      label: 'Kontakt',
      content: (
        <p style={text}>
          Ring Göteborgs Stads kontaktcenter, 031-365 00 00, eller <a href="#kontakt">skicka ett meddelande</a>.
        </p>
      ),
    },
  ],
  en: [
    { value: 'hours', label: 'Opening hours', content: para('The preschool is open on weekdays 6.30–18.00. In the summer, several preschools work together.') },
    { value: 'fees', label: 'Fees', content: para('The fee depends on the household income and the child’s hours in preschool, up to a maximum fee.') },
    {
      value: 'contact',
      label: 'Contact',
      content: (
        <p style={text}>
          Call the City of Gothenburg contact centre, +46 31 365 00 00, or <a href="#kontakt">send a message</a>.
        </p>
      ),
    },
  ],
  ar: [
    { value: 'hours', label: 'ساعات العمل', content: para('الروضة مفتوحة أيام الأسبوع من 6:30 إلى 18:00. في الصيف تتعاون عدة روضات معًا.') },
    { value: 'fees', label: 'الرسوم', content: para('تعتمد الرسوم على دخل الأسرة وعدد ساعات الطفل في الروضة، ضمن حد أقصى للرسوم.') },
    {
      value: 'contact',
      label: 'اتصل بنا',
      content: (
        <p style={text}>
          اتصل بمركز الاتصال التابع لمدينة يوتبوري على الرقم ‎031-365 00 00‎، أو <a href="#kontakt">أرسل رسالة</a>.
        </p>
      ),
    },
  ],
};
const aboutPreschool: Texts = { sv: 'Om förskolan', en: 'About the preschool', ar: 'عن الروضة' };

const meta = {
  title: 'Komponenter/Tabs',
  component: Tabs,
  args: { label: aboutPreschool.sv, items: preschool.sv },
  argTypes: { activation: { control: 'inline-radio', options: ['automatic', 'manual'] } },
  parameters: {
    demoArgs: {
      en: { label: aboutPreschool.en, items: preschool.en },
      ar: { label: aboutPreschool.ar, items: preschool.ar },
    } satisfies DemoArgs<typeof Tabs>,
  },
  render: (args) => (
    <div style={frame}>
      <Tabs {...args} />
    </div>
  ),
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three views of one preschool; the first is selected. Arrow keys select the next tab. */
export const Default: Story = {};

/** Another tab selected from the start (`defaultValue`). */
export const Selected: Story = { args: { defaultValue: 'fees' } };

/**
 * Manual activation: arrow keys move focus, Enter or Space selects. For panels that take time
 * to show (they load data).
 */
export const ManualActivation: Story = {
  args: { activation: 'manual' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const [hours, fees] = preschool[demoLanguage(globals)].map((item) => ({ name: String(item.label) }));
    // The next tab is to the right in left-to-right text, to the left in right-to-left.
    const forward = globals.dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';
    await userEvent.click(canvas.getByRole('tab', hours));
    await userEvent.keyboard(forward);
    await expect(canvas.getByRole('tab', fees)).toHaveFocus();
    await expect(canvas.getByRole('tab', hours)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('tab', fees)).toHaveAttribute('aria-selected', 'true');
  },
};

/** Controlled by the app (`value` and `onChange`), e.g. to keep the tab in the URL. */
export const Controlled: Story = {
  render: (args) => {
    const [value, setValue] = useState('contact');
    const t = useDemoText();
    return (
      <div style={{ ...frame, display: 'grid', gap: 'var(--gbg-space-3)' }}>
        <Tabs {...args} value={value} onChange={setValue} />
        <p style={text}>
          {t({ sv: 'Vald flik (value): ', en: 'Selected tab (value): ', ar: 'التبويب المحدد (value): ' })}
          <code>{value}</code>
        </p>
      </div>
    );
  },
};

const queue: Texts<TabsItem> = {
  sv: { value: 'queue', label: 'Köplats', disabled: true, content: para('Du har ingen köplats.') },
  en: { value: 'queue', label: 'Queue place', disabled: true, content: para('You have no place in the queue.') },
  ar: { value: 'queue', label: 'مكان في قائمة الانتظار', disabled: true, content: para('ليس لديك مكان في قائمة الانتظار.') },
};
const withQueue = (language: DemoLanguage) => [preschool[language][0]!, queue[language], preschool[language][1]!];

/** A tab that cannot be chosen now; arrow keys skip it. Prefer leaving such a tab out. */
export const DisabledTab: Story = {
  args: { items: withQueue('sv') },
  parameters: { demoArgs: { en: { items: withQueue('en') }, ar: { items: withQueue('ar') } } },
};

/** Keyboard focus on the selected tab: the focus ring is drawn. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const tab = within(canvasElement).getAllByRole('tab')[0]!;
    await expect(tab).toHaveFocus();
    const style = getComputedStyle(tab);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

const permit = (rows: [string, string][]): TabsItem[] =>
  rows.map(([label, content], index) => ({
    value: ['apply', 'documents', 'fees', 'time', 'contact'][index]!,
    label,
    content: para(content),
  }));

/** Many and long tab names wrap onto more rows at narrow widths; nothing scrolls sideways. */
export const ManyTabs: Story = {
  args: {
    label: 'Bygglov',
    items: permit([
      ['Ansök om bygglov', 'Ansök i e-tjänsten.'],
      ['Handlingar du behöver skicka in', 'Ritningar och situationsplan.'],
      ['Avgifter', 'Avgiften följer plan- och bygglovstaxan.'],
      ['Handläggningstid', 'Oftast inom tio veckor.'],
      ['Kontakt', 'Ring 031-365 00 00.'],
    ]),
  },
  parameters: {
    demoArgs: {
      en: {
        label: 'Building permits',
        items: permit([
          ['Apply for a building permit', 'Apply in the e-service.'],
          ['Documents you need to send in', 'Drawings and a site plan.'],
          ['Fees', 'The fee follows the planning and building permit tariff.'],
          ['Processing time', 'Usually within ten weeks.'],
          ['Contact', 'Call +46 31 365 00 00.'],
        ]),
      },
      ar: {
        label: 'رخص البناء',
        items: permit([
          ['التقدم بطلب رخصة بناء', 'قدّم طلبك عبر الخدمة الإلكترونية.'],
          ['المستندات التي يجب إرسالها', 'الرسومات ومخطط الموقع.'],
          ['الرسوم', 'تتبع الرسوم تعرفة التخطيط ورخص البناء.'],
          ['مدة المعالجة', 'عادةً خلال عشرة أسابيع.'],
          ['اتصل بنا', 'اتصل على الرقم ‎031-365 00 00‎.'],
        ]),
      },
    },
  },
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English locale, with English content. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: the first tab is on the right, and the arrows follow. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  render: (args) => (
    <div lang="ar" style={frame}>
      <Tabs {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'ساعات العمل' }));
    // In right-to-left text the left arrow moves to the next tab.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'الرسوم' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(canvas.getByRole('tab', { name: 'ساعات العمل' }));
  },
};

/**
 * TabNav: links styled as tabs between sibling pages of an e-service case. Each link loads a
 * page; the current one has `aria-current="page"`.
 */
export const Navigation: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={frame}>
        <TabNav
          label={t({ sv: 'Mitt ärende', en: 'My case', ar: 'طلبي' })}
          items={[
            { href: '/arende/123', label: t({ sv: 'Översikt', en: 'Overview', ar: 'نظرة عامة' }), current: true },
            { href: '/arende/123/meddelanden', label: t({ sv: 'Meddelanden', en: 'Messages', ar: 'الرسائل' }) },
            { href: '/arende/123/dokument', label: t({ sv: 'Dokument', en: 'Documents', ar: 'المستندات' }) },
          ]}
        />
      </div>
    );
  },
};

/** TabNav in the dark theme. */
export const NavigationDark: Story = { ...Navigation, globals: { theme: 'dark' } };

/** TabNav right to left with Arabic content. */
export const NavigationRightToLeft: Story = {
  ...Navigation,
  globals: { dir: 'rtl', locale: 'en' },
  decorators: [(Story) => <div lang="ar"><Story /></div>],
};
