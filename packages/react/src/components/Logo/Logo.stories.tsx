import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Decorator } from '@storybook/react-vite';
import { useDemoText } from '../../storybook/demo.js';
import { Logo } from './Logo.js';
import { LogoAssetsProvider } from './LogoAssets.js';

const row = { display: 'flex', flexWrap: 'wrap', gap: 'var(--gbg-space-6)', alignItems: 'flex-start' } as const;
const darkSurface = {
  backgroundColor: 'var(--gbg-color-brand-morkbla)',
  padding: 'var(--gbg-space-4)',
} as const;
const textStyle = { color: 'var(--gbg-color-text-default)', font: 'var(--gbg-typography-body)', margin: 0 } as const;

// A stand-in "official file" to show how files plug in: a neutral grey box, not the logotype.
const demoFile = (caption: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 64"><rect x="1" y="1" width="238" height="62" fill="none" stroke="#3F5564" stroke-width="2"/><text x="120" y="38" font-family="Arial" font-size="14" text-anchor="middle">${caption}</text></svg>`,
  )}`;

/**
 * Right-to-left stories show the logo at the start of an Arabic page: the logo has no Arabic
 * word mark, so the page text beside it is what a reviewer reads right to left.
 */
const withPageText: Decorator = (Story) => {
  const t = useDemoText();
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }}>
      <Story />
      <p style={textStyle}>
        {t({
          sv: 'Välkommen till Göteborgs Stad.',
          en: 'Welcome to the City of Gothenburg.',
          ar: 'مرحبًا بكم في موقع مدينة يوتبوري.',
        })}
      </p>
    </div>
  );
};

const meta = {
  title: 'Komponenter/Logo',
  component: Logo,
  args: {},
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    variant: { control: 'inline-radio', options: ['color', 'greyscale', 'monochrome'] },
    background: { control: 'inline-radio', options: ['light', 'dark'] },
    language: { control: 'inline-radio', options: ['sv', 'en'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    href: { control: 'text' },
    label: { control: 'text' },
    assets: { control: false },
  },
} satisfies Meta<typeof Logo>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The standard: horizontal, in colour, black word mark. Shown as the neutral placeholder (a
 * dashed, crossed-out shield) because no official files are plugged in here.
 */
export const Horizontal: Story = {};

/** Vertical: the word mark under the arms. */
export const Vertical: Story = { args: { orientation: 'vertical' } };

/** Colour, greyscale and single colour on a light background. */
export const Versions: Story = {
  render: () => (
    <div style={row}>
      <Logo variant="color" />
      <Logo variant="greyscale" />
      <Logo variant="monochrome" />
    </div>
  ),
};

/** On a dark background: the white word mark. */
export const OnDark: Story = {
  render: () => (
    <div style={{ ...row, ...darkSurface }}>
      <Logo background="dark" variant="color" />
      <Logo background="dark" variant="greyscale" />
      <Logo background="dark" variant="monochrome" />
    </div>
  ),
};

/** English word mark "City of Gothenburg", for international contexts. */
export const English: Story = { args: { language: 'en' } };

/** The three sizes; the CSS never lets the logo get smaller than `sm`. */
export const Sizes: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <div style={row}>
        <Logo size="sm" />
        <Logo size="md" />
        <Logo size="lg" />
        <Logo
          style={{ ['--gbg-logo-height' as string]: '8px' }}
          // The logo's name is the city's name as the word mark shows it, in every language
          // (brand rule checked by gbg-brand audit); right to left shows the Swedish word mark.
          label={t({ sv: 'Göteborgs Stad (minsta storlek)', en: 'City of Gothenburg (smallest size)', ar: 'Göteborgs Stad' })}
        />
      </div>
    );
  },
};

/** A link to the home page: its name says where it goes. */
export const LinkHome: Story = { args: { href: '/' } };

/** Official files plugged in through LogoAssetsProvider (here a neutral stand-in file). */
export const WithOfficialFiles: Story = {
  render: (args) => {
    const t = useDemoText();
    const file = { src: demoFile(t({ sv: 'officiell fil (exempel)', en: 'official file (example)', ar: 'ملف رسمي (مثال)' })), width: 240, height: 64 };
    // Both word-mark languages, so the English locale shows the file too.
    return (
      <LogoAssetsProvider assets={{ 'horizontal-color-light-sv': file, 'horizontal-color-light-en': file }}>
        <Logo {...args} />
      </LogoAssetsProvider>
    );
  },
};

/** Dark theme: the logo picks the white word mark from the theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { href: '/' } };

/** Right to left, with Arabic page text: the logo itself is never mirrored — the arms stay left of the word mark. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' }, args: { href: '/' }, decorators: [withPageText] };

/** Right to left, Swedish word mark: the logo sits at the start (right), drawn as in LTR. */
export const RightToLeftHorizontal: Story = { globals: { dir: 'rtl' }, decorators: [withPageText] };

/** Right to left, vertical: the word mark stays centred under the arms. */
export const RightToLeftVertical: Story = { globals: { dir: 'rtl' }, args: { orientation: 'vertical' }, decorators: [withPageText] };

/** Right to left: colour, greyscale and single colour. */
export const RightToLeftVersions: Story = { ...Versions, globals: { dir: 'rtl' }, decorators: [withPageText] };

/** Right to left on a dark background. */
export const RightToLeftOnDark: Story = { ...OnDark, globals: { dir: 'rtl' }, decorators: [withPageText] };

/** Right to left, the three sizes and the enforced minimum. */
export const RightToLeftSizes: Story = { ...Sizes, globals: { dir: 'rtl' }, decorators: [withPageText] };

/** Right to left with the English word mark "City of Gothenburg". */
export const RightToLeftEnglish: Story = { globals: { dir: 'rtl' }, args: { language: 'en' }, decorators: [withPageText] };
