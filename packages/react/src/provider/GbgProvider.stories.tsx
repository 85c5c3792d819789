import type { Meta, StoryObj } from '@storybook/react-vite';
import { GbgProvider } from './GbgProvider.js';
import { useDirection, useGbgTheme, useLocale, useStrings } from './hooks.js';

/** Shows what the nearest provider says: the fixture for the provider's stories. */
function ProviderReport() {
  const theme = useGbgTheme();
  const locale = useLocale();
  const dir = useDirection();
  const t = useStrings();
  return (
    <dl>
      <dt>theme</dt>
      <dd>{theme}</dd>
      <dt>locale</dt>
      <dd>{locale}</dd>
      <dt>dir</dt>
      <dd>{dir}</dd>
      <dt>strings.common.close</dt>
      <dd>{t.common.close}</dd>
    </dl>
  );
}

const meta = {
  title: 'Grunder/GbgProvider',
  component: GbgProvider,
  args: { children: <ProviderReport /> },
  argTypes: { children: { control: false }, style: { control: false } },
} satisfies Meta<typeof GbgProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar (the Storybook decorator is itself a provider). */
export const FromToolbar: Story = {};

/** A dark region inside whatever the page uses. */
export const NestedDark: Story = {
  args: { theme: 'dark', style: { padding: '1rem' } },
};

/** English strings with an app override. */
export const EnglishWithOverride: Story = {
  args: { locale: 'en', strings: { common: { close: 'Dismiss' } } },
};

/** Right to left, with Arabic sample text (built-in strings English). */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: {
    dir: 'rtl',
    children: (
      <>
        <p lang="ar">مرحبًا! هذا نص تجريبي باللغة العربية من اليمين إلى اليسار.</p>
        <ProviderReport />
      </>
    ),
  },
};
