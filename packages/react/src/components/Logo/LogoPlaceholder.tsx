import { cx } from '../../internal/cx.js';
import type { LogoBackground, LogoLanguage, LogoOrientation, LogoVariant } from './LogoAssets.js';
import { logoImage, logoPlaceholderLabel, logoPlaceholderShield, logoWordmark } from './Logo.css.js';

/** The word marks, exactly as the brand writes them ("Stad" with a capital S: it is a name). */
export const LOGO_NAMES: Readonly<Record<LogoLanguage, string>> = {
  sv: 'Göteborgs Stad',
  en: 'City of Gothenburg',
};

// Text widths in the drawing's units, so the box fits the word mark without measuring fonts.
const WORDMARK_WIDTH: Readonly<Record<LogoLanguage, number>> = { sv: 160, en: 205 };

/** A plain shield outline: no charge, no crown, nothing from the arms. Dashed to read as a stand-in. */
const SHIELD = (x: number, y: number) => `M${x} ${y}h48v32c0 14-11 23-24 28c-13-5-24-14-24-28z`;

interface LogoPlaceholderProps {
  orientation: LogoOrientation;
  variant: LogoVariant;
  background: LogoBackground;
  language: LogoLanguage;
  name: string;
}

/**
 * The neutral stand-in shown until the official files are plugged in: a dashed shield outline
 * marked "PLATSHÅLLARE" and the word mark set in the brand font. Deliberately NOT the city's
 * arms, which may not be redrawn.
 */
export function LogoPlaceholder({ orientation, variant, background, language, name }: LogoPlaceholderProps) {
  const text = LOGO_NAMES[language];
  const textWidth = WORDMARK_WIDTH[language];
  const horizontal = orientation === 'horizontal';
  const width = horizontal ? 62 + textWidth + 4 : Math.max(textWidth * 0.8, 52) + 8;
  const height = horizontal ? 64 : 96;
  const shieldX = horizontal ? 2 : width / 2 - 24;
  const tone = `${variant}-${background}` as const;
  return (
    <svg
      role="img"
      aria-label={name}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className={logoImage}
      data-gbg-logo-placeholder=""
    >
      <g className={logoPlaceholderShield({ tone })}>
        <path d={SHIELD(shieldX, 2)} />
        <text
          className={logoPlaceholderLabel}
          x={shieldX + 24}
          y={34}
          fontSize={6.5}
          textAnchor="middle"
          textLength={40}
          lengthAdjust="spacingAndGlyphs"
        >
          PLATSHÅLLARE
        </text>
      </g>
      <text
        className={cx(logoWordmark({ background }))}
        x={horizontal ? 62 : width / 2}
        y={horizontal ? 40 : 86}
        fontSize={horizontal ? 22 : 17}
        textAnchor={horizontal ? 'start' : 'middle'}
        textLength={horizontal ? textWidth : textWidth * 0.8}
        lengthAdjust="spacingAndGlyphs"
      >
        {text}
      </text>
    </svg>
  );
}
