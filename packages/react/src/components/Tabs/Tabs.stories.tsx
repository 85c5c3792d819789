import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { TabNav } from './TabNav.js';
import { Tabs, type TabsItem } from './Tabs.js';

const text: CSSProperties = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };
const frame: CSSProperties = { maxInlineSize: '40rem' };

const preschool: TabsItem[] = [
  {
    value: 'oppettider',
    label: 'Öppettider',
    content: <p style={text}>Förskolan är öppen vardagar 06.30–18.00. Under sommaren samverkar flera förskolor.</p>,
  },
  {
    value: 'avgifter',
    label: 'Avgifter',
    content: <p style={text}>Avgiften beror på hushållets inkomst och barnets tid i förskolan, med maxtaxa.</p>,
  },
  {
    value: 'kontakt',
    label: 'Kontakt',
    content: (
      <p style={text}>
        Ring Göteborgs Stads kontaktcenter, 031-365 00 00, eller <a href="#kontakt">skicka ett meddelande</a>.
      </p>
    ),
  },
];

const meta = {
  title: 'Komponenter/Tabs',
  component: Tabs,
  args: { label: 'Om förskolan', items: preschool },
  argTypes: { activation: { control: 'inline-radio', options: ['automatic', 'manual'] } },
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
export const Selected: Story = { args: { defaultValue: 'avgifter' } };

/**
 * Manual activation: arrow keys move focus, Enter or Space selects. For panels that take time
 * to show (they load data).
 */
export const ManualActivation: Story = {
  args: { activation: 'manual' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'Öppettider' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Avgifter' })).toHaveFocus();
    await expect(canvas.getByRole('tab', { name: 'Öppettider' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('tab', { name: 'Avgifter' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** Controlled by the app (`value` and `onChange`), e.g. to keep the tab in the URL. */
export const Controlled: Story = {
  render: (args) => {
    const [value, setValue] = useState('kontakt');
    return (
      <div style={{ ...frame, display: 'grid', gap: 'var(--gbg-space-3)' }}>
        <Tabs {...args} value={value} onChange={setValue} />
        <p style={text}>Vald flik: {value}</p>
      </div>
    );
  },
};

/** A tab that cannot be chosen now; arrow keys skip it. Prefer leaving such a tab out. */
export const DisabledTab: Story = {
  args: {
    items: [
      preschool[0]!,
      { value: 'koplats', label: 'Köplats', disabled: true, content: <p style={text}>Du har ingen köplats.</p> },
      preschool[1]!,
    ],
  },
};

/** Keyboard focus on the selected tab: the focus ring is drawn. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const tab = within(canvasElement).getByRole('tab', { name: 'Öppettider' });
    await expect(tab).toHaveFocus();
    const style = getComputedStyle(tab);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** Many and long tab names wrap onto more rows at narrow widths; nothing scrolls sideways. */
export const ManyTabs: Story = {
  args: {
    label: 'Bygglov',
    items: [
      { value: 'ansok', label: 'Ansök om bygglov', content: <p style={text}>Ansök i e-tjänsten.</p> },
      { value: 'handlingar', label: 'Handlingar du behöver skicka in', content: <p style={text}>Ritningar och situationsplan.</p> },
      { value: 'avgifter', label: 'Avgifter', content: <p style={text}>Avgiften följer plan- och bygglovstaxan.</p> },
      { value: 'handlaggning', label: 'Handläggningstid', content: <p style={text}>Oftast inom tio veckor.</p> },
      { value: 'kontakt', label: 'Kontakt', content: <p style={text}>Ring 031-365 00 00.</p> },
    ],
  },
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English locale, with English content. */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    label: 'About the preschool',
    items: [
      { value: 'hours', label: 'Opening hours', content: <p style={text}>The preschool is open on weekdays 6.30–18.00.</p> },
      { value: 'fees', label: 'Fees', content: <p style={text}>The fee depends on the household income.</p> },
      { value: 'contact', label: 'Contact', content: <p style={text}>Call the City of Gothenburg contact centre, +46 31-365 00 00.</p> },
    ],
  },
};

/** Right to left with Arabic content: the first tab is on the right, and the arrows follow. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    label: 'عن الروضة',
    items: [
      { value: 'hours', label: 'ساعات العمل', content: <p style={text}>الروضة مفتوحة أيام الأسبوع من 6:30 إلى 18:00.</p> },
      { value: 'fees', label: 'الرسوم', content: <p style={text}>تعتمد الرسوم على دخل الأسرة.</p> },
      { value: 'contact', label: 'اتصل بنا', content: <p style={text}>اتصل بمركز الاتصال 031-365 00 00.</p> },
    ],
  },
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
  render: () => (
    <div style={frame}>
      <TabNav
        label="Mitt ärende"
        items={[
          { href: '/arende/123', label: 'Översikt', current: true },
          { href: '/arende/123/meddelanden', label: 'Meddelanden' },
          { href: '/arende/123/dokument', label: 'Dokument' },
        ]}
      />
    </div>
  ),
};

/** TabNav in the dark theme. */
export const NavigationDark: Story = { ...Navigation, globals: { theme: 'dark' } };

/** TabNav right to left with Arabic content. */
export const NavigationRightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  render: () => (
    <div lang="ar" style={frame}>
      <TabNav
        label="طلبي"
        items={[
          { href: '/ar/arende', label: 'نظرة عامة', current: true },
          { href: '/ar/arende/meddelanden', label: 'الرسائل' },
        ]}
      />
    </div>
  ),
};
