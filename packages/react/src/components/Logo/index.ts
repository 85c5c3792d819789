export { Logo } from './Logo.js';
export type { LogoProps, LogoSize } from './Logo.js';
export { LogoAssetsProvider, logoAssetKey, useLogoAssets } from './LogoAssets.js';
export type {
  LogoAsset,
  LogoAssetKey,
  LogoAssets,
  LogoAssetsProviderProps,
  LogoBackground,
  LogoLanguage,
  LogoOrientation,
  LogoVariant,
} from './LogoAssets.js';
export { LOGO_NAMES } from './LogoPlaceholder.js';
