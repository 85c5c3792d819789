import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { dictionaries } from '../../i18n/index.js';
import { useDemoText } from '../../storybook/demo.js';

// Play functions read the built-in strings of the story's locale, so they pass from the toolbar too.
const builtIn = (globals: { locale?: string }) => dictionaries[globals.locale === 'en' ? 'en' : 'sv'];
import { SkipLink } from './SkipLink.js';

const pageStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', position: 'relative' } as const;

const meta = {
  title: 'Komponenter/SkipLink',
  component: SkipLink,
  args: { targetId: 'huvudinnehall' },
  render: (args) => {
    const t = useDemoText();
    return (
      <div style={pageStyle}>
        <SkipLink {...args} />
        <header style={{ paddingBlock: 'var(--gbg-space-4)' }}>
          <nav aria-label={t({ sv: 'Huvudmeny', en: 'Main menu', ar: 'القائمة الرئيسية' })}>
            <a href="#a" style={{ color: 'inherit', marginInlineEnd: 'var(--gbg-space-4)' }}>
              {t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' })}
            </a>
            <a href="#b" style={{ color: 'inherit' }}>{t({ sv: 'Trafik', en: 'Traffic', ar: 'المرور' })}</a>
          </nav>
        </header>
        <main id={args.targetId ?? 'main'}>
          <h1 style={{ marginBlock: 0 }}>{t({ sv: 'Förskola', en: 'Preschool', ar: 'الروضة' })}</h1>
          <p>{t({ sv: 'Huvudinnehållet börjar här.', en: 'The main content starts here.', ar: 'يبدأ المحتوى الرئيسي هنا.' })}</p>
        </main>
      </div>
    );
  },
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden until reached with Tab; it is the first stop on the page. */
export const Default: Story = {};

/** Visible on focus, at the top of the page. */
export const Focused: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: builtIn(globals).skipLink.label })).toHaveFocus();
  },
};

/** Activating it moves keyboard focus into the main content. */
export const MovesFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

/** Right to left with Arabic content; the link's own text from the English dictionary. */
export const EnglishRightToLeft: Story = {
  globals: { locale: 'en', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
  },
};

/** Dark theme, focused. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await userEvent.tab();
  },
};
