import { create } from 'storybook/theming/create';
import { palette, tokens } from '@goteborgsstad/tokens';

// Storybook's own chrome (manager) and the docs pages in the city's look. Colours come from the
// token package, not hex literals. The profile's rules: text black or white, links black and
// underlined, Göteborgsblå kept for the logotype and profiling contexts — so none of the chrome
// (links, selection, hover, sidebar icons) is painted blue.
function brand(key: string): string {
  const entry = palette.find((colour) => colour.key === key);
  if (!entry) throw new Error(`Storybook theme: palette has no colour "${key}"`);
  return entry.hex;
}

const svart = brand('svart');
const vit = brand('vit');
const gra = brand('gra');

/** The system's own typography (type tokens), not Storybook's default font. */
export const fontBase = tokens.font.family.sans;
export const fontCode = tokens.font.family.mono;

const shared = {
  brandTitle: 'Göteborgs Stads designsystem',
  brandTarget: '_self',
  appBorderRadius: 4,
  inputBorderRadius: 4,
  fontBase,
  fontCode,
} as const;

export const gbgManagerTheme = create({
  ...shared,
  base: 'light',
  colorPrimary: svart,
  colorSecondary: svart,
  appBg: vit,
  appContentBg: vit,
  appPreviewBg: vit,
  appBorderColor: gra,
  textColor: svart,
  textMutedColor: svart,
  textInverseColor: vit,
  barTextColor: svart,
  barSelectedColor: svart,
  barHoverColor: svart,
  barBg: vit,
  inputBg: vit,
  inputBorder: svart,
  inputTextColor: svart,
});

export const gbgManagerThemeDark = create({
  ...shared,
  base: 'dark',
  colorPrimary: vit,
  colorSecondary: vit,
  appBg: svart,
  appContentBg: svart,
  appPreviewBg: svart,
  appBorderColor: gra,
  textColor: vit,
  textMutedColor: vit,
  textInverseColor: svart,
  barTextColor: vit,
  barSelectedColor: vit,
  barHoverColor: vit,
  barBg: svart,
  inputBg: svart,
  inputBorder: vit,
  inputTextColor: vit,
});

/** Light or dark chrome, following the reader's system setting. */
export const prefersDark = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
