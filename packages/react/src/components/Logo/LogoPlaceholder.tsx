import type { LogoBackground, LogoLanguage, LogoOrientation, LogoVariant } from './LogoAssets.js';
import { logoArms, logoPlaceholder, logoWordmark } from './Logo.css.js';

/** The word marks, exactly as the brand writes them ("Stad" with a capital S: it is a name). */
export const LOGO_NAMES: Readonly<Record<LogoLanguage, string>> = {
  sv: 'Göteborgs Stad',
  en: 'City of Gothenburg',
};

/** A plain shield outline: no charge, no crown, nothing from the arms. */
const SHIELD = 'M2 2h48v32c0 14-11 23-24 28c-13-5-24-14-24-28z';
/** A cross over the shield's upper part: the usual sign for "the real artwork goes here". */
const CROSS = 'M2 2L50 34M50 2L2 34';

interface LogoPlaceholderProps {
  orientation: LogoOrientation;
  variant: LogoVariant;
  background: LogoBackground;
  language: LogoLanguage;
  name: string;
}

/**
 * The neutral stand-in shown until the official files are plugged in: a dashed, crossed-out
 * shield outline and the word mark as real text in the brand font. Deliberately NOT the city's
 * arms, which may not be redrawn. One image for assistive technology (`role="img"`, named by
 * the word mark); the parts carry the classes `gbg-logo-arms` and `gbg-logo-wordmark` so that
 * `gbg-brand audit` can check that neither overlaps or crops the other.
 */
export function LogoPlaceholder({ orientation, variant, background, language, name }: LogoPlaceholderProps) {
  return (
    // dir="ltr": the logotype is never mirrored; the arms stay left of the word mark in RTL pages.
    <span role="img" aria-label={name} dir="ltr" className={logoPlaceholder} data-orientation={orientation}>
      <svg
        viewBox="0 0 52 64"
        aria-hidden="true"
        focusable="false"
        className={logoArms}
        data-orientation={orientation}
        data-tone={`${variant}-${background}`}
      >
        <path d={SHIELD} strokeWidth={2} strokeDasharray="4 3" />
        <path d={CROSS} strokeWidth={1} />
      </svg>
      <span className={logoWordmark} data-orientation={orientation} data-background={background}>{LOGO_NAMES[language]}</span>
    </span>
  );
}
