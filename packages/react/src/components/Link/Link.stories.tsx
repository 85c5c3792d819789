import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';
import { Link } from './Link.js';

const textStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 };

const meta = {
  title: 'Komponenter/Link',
  component: Link,
  args: { href: '#forskola', children: 'ansöka om plats i förskola' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'standalone'] },
    external: { control: 'boolean' },
    target: { control: 'select', options: [undefined, '_blank'] },
  },
  parameters: {
    demoArgs: {
      en: { children: 'apply for a preschool place' },
      ar: { children: 'التقديم على مكان في الروضة' },
    } satisfies DemoArgs<typeof Link>,
  },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Inside running text: black or white like the text, recognised by the underline. */
export const Inline: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <p style={textStyle}>
        {t({ sv: 'Du kan ', en: 'You can ', ar: 'يمكنك ' })}
        <Link {...args} />
        {t({
          sv: ' från det att barnet är fyra månader.',
          en: ' from the time your child is four months old.',
          ar: ' ابتداءً من بلوغ طفلك أربعة أشهر.',
        })}
      </p>
    );
  },
};

/** On its own line: bolder, with room to hit it. */
export const Standalone: Story = {
  args: { variant: 'standalone', children: 'Läs mer om avgifter för förskola' },
  parameters: {
    demoArgs: { en: { children: 'Read more about preschool fees' }, ar: { children: 'اقرأ المزيد عن رسوم الروضة' } },
  },
};

/** To another website: an icon, and "(extern webbplats)" for screen readers. */
export const External: Story = {
  args: { href: 'https://www.skatteverket.se/', external: true, children: 'Skatteverket' },
  parameters: {
    demoArgs: { en: { children: 'Swedish Tax Agency' }, ar: { children: 'مصلحة الضرائب السويدية' } },
  },
};

/** Opens a new window: an icon, "(öppnas i nytt fönster)" and rel="noopener noreferrer". */
export const NewWindow: Story = {
  args: { href: '#hjalp', target: '_blank', children: 'Hjälp med ansökan' },
  parameters: {
    demoArgs: { en: { children: 'Help with the application' }, ar: { children: 'مساعدة في الطلب' } },
  },
};

/** Both: another website in a new window. */
export const ExternalNewWindow: Story = {
  args: { href: 'https://www.1177.se/', external: true, target: '_blank', children: '1177 Vårdguiden' },
  parameters: {
    demoArgs: { en: { children: '1177 Healthcare Guide' }, ar: { children: 'دليل الرعاية الصحية 1177' } },
  },
};

/** A long address in running text breaks instead of widening the page at 320 px. */
export const LongText: Story = {
  args: {
    href: 'https://goteborg.se/wps/portal/start/forskola/ansok-om-plats-i-forskola/e-tjanst',
    children: 'goteborg.se/wps/portal/start/forskola/ansok-om-plats-i-forskola/e-tjanst',
    external: true,
  },
  render: (args) => {
    const t = useDemoText();
    return (
      <p style={{ ...textStyle, overflowWrap: 'anywhere' }}>
        {t({ sv: 'Ansök på ', en: 'Apply at ', ar: 'قدّم طلبك على ' })}
        <Link {...args} />
      </p>
    );
  },
};

/** Keyboard focus: a ring and a thicker underline, never a colour change. */
export const Focused: Story = {
  args: { variant: 'standalone', children: 'Kontakta oss' },
  parameters: { demoArgs: { en: { children: 'Contact us' }, ar: { children: 'اتصل بنا' } } },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link')).toHaveFocus();
  },
};

/** White on the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => {
    const t = useDemoText();
    return (
      <p style={textStyle}>
        {t({ sv: 'Du kan ', en: 'You can ', ar: 'يمكنك ' })}
        <Link {...args} />
        {t({ sv: ' eller besöka ', en: ' or visit the ', ar: ' أو زيارة ' })}
        <Link href="https://www.skolverket.se/" external>
          {t({ sv: 'Skolverket', en: 'Swedish National Agency for Education', ar: 'الوكالة الوطنية السويدية للتعليم' })}
        </Link>
        .
      </p>
    );
  },
};

/** Right to left with Arabic content: the icon sits at the end and is mirrored. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { href: 'https://www.1177.se/', external: true, children: '1177 Vårdguiden' },
  parameters: {
    demoArgs: { en: { children: '1177 Healthcare Guide' }, ar: { children: 'دليل الرعاية الصحية 1177' } },
  },
};
