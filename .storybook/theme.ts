import { create } from 'storybook/theming/create';
import { palette } from '@goteborgsstad/tokens';

// Storybook's own chrome in the city's colours. Colours come from the token package, not hex
// literals; text stays black or white (brand rule).
function brand(key: string): string {
  const entry = palette.find((colour) => colour.key === key);
  if (!entry) throw new Error(`Storybook theme: palette has no colour "${key}"`);
  return entry.hex;
}

const goteborgsbla = brand('goteborgsbla');
const svart = brand('svart');
const vit = brand('vit');
const gra = brand('gra');

export const gbgManagerTheme = create({
  base: 'light',
  brandTitle: 'Göteborgs Stads designsystem',
  brandTarget: '_self',
  colorPrimary: goteborgsbla,
  colorSecondary: goteborgsbla,
  appBg: vit,
  appContentBg: vit,
  appPreviewBg: vit,
  appBorderColor: gra,
  appBorderRadius: 4,
  textColor: svart,
  textInverseColor: vit,
  barTextColor: svart,
  barSelectedColor: goteborgsbla,
  barHoverColor: goteborgsbla,
  barBg: vit,
  inputBg: vit,
  inputBorder: svart,
  inputTextColor: svart,
  inputBorderRadius: 4,
  fontBase: '"Helvetica Neue", Arial, system-ui, sans-serif',
});
