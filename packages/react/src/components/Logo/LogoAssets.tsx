'use client';
import { createContext, useContext, type ReactNode } from 'react';

/** Standard (word mark to the right of the arms) or vertical (word mark under the arms). */
export type LogoOrientation = 'horizontal' | 'vertical';
/** Colour, greyscale, or single colour (black on light, white on dark). */
export type LogoVariant = 'color' | 'greyscale' | 'monochrome';
/** What the logo stands on: decides a black (light) or white (dark) word mark. */
export type LogoBackground = 'light' | 'dark';
/** Swedish word mark "Göteborgs Stad" or English "City of Gothenburg". */
export type LogoLanguage = 'sv' | 'en';

/**
 * Name of one official logotype file: `<orientation>-<variant>-<background>-<language>`,
 * e.g. `horizontal-color-light-sv` (the standard logo, black word mark, Swedish).
 */
export type LogoAssetKey = `${LogoOrientation}-${LogoVariant}-${LogoBackground}-${LogoLanguage}`;

/** One official file: its URL, and its size in px to reserve space before it loads. */
export interface LogoAsset {
  src: string;
  width?: number;
  height?: number;
}

/**
 * URLs of the official logotype files from the city's media bank, by version. Files are not
 * part of the design system (the coat of arms is protected and may not be redrawn or copied
 * here): host them in your app and list them here. Versions you leave out show the neutral
 * placeholder.
 */
export type LogoAssets = Partial<Record<LogoAssetKey, string | LogoAsset>>;

/** The file name key for one version of the logo. */
export function logoAssetKey(
  orientation: LogoOrientation,
  variant: LogoVariant,
  background: LogoBackground,
  language: LogoLanguage,
): LogoAssetKey {
  return `${orientation}-${variant}-${background}-${language}`;
}

const LogoAssetsContext = createContext<LogoAssets | undefined>(undefined);
LogoAssetsContext.displayName = 'LogoAssetsContext';

export interface LogoAssetsProviderProps {
  /**
   * The official files, by version (see `LogoAssets`).
   * @sv De officiella filerna per version (se `LogoAssets`), från stadens mediebank.
   */
  assets: LogoAssets;
  /**
   * The app, or the part of it whose logos use these files.
   * @sv Appen, eller den del av den vars logotyper ska använda filerna.
   */
  children?: ReactNode;
}

/**
 * Plugs the official logotype files into every `Logo` below it. Put it once near the root of
 * the app, next to `GbgProvider`.
 *
 * @example
 * <LogoAssetsProvider assets={{ 'horizontal-color-light-sv': '/brand/gbg-horisontell-farg.svg' }}>
 */
export function LogoAssetsProvider({ assets, children }: LogoAssetsProviderProps) {
  const outer = useContext(LogoAssetsContext);
  // Nested providers add to (and override) the files of the outer one.
  return <LogoAssetsContext.Provider value={{ ...outer, ...assets }}>{children}</LogoAssetsContext.Provider>;
}

/** The files from the nearest `LogoAssetsProvider`, if any. */
export function useLogoAssets(): LogoAssets | undefined {
  return useContext(LogoAssetsContext);
}
