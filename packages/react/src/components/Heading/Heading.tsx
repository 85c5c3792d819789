import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { heading } from './Heading.css.js';

/** Heading level: the place in the document outline (`<h1>`…`<h6>`). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends ComponentPropsWithoutRef<'h2'> {
  /**
   * The level in the page outline. Required, because only the page knows it: one `1` per page,
   * then levels in order without skipping (2 under 1, 3 under 2).
   * @sv Nivån i sidans rubrikstruktur. Krävs, eftersom bara sidan vet den: en `1` per sida, sedan
   * nivåer i ordning utan hopp (2 under 1, 3 under 2).
   */
  level: HeadingLevel;
  /**
   * Visual size, separate from the level, from the `typography.heading-*` tokens. Use it when
   * the outline and the look must differ (a level-2 heading in a narrow card drawn as size 4).
   * @default the same as `level`
   * @sv Storleken, skild från nivån, från token `typography.heading-*`. Använd den när struktur och
   * utseende måste skilja sig (en rubrik på nivå 2 i ett smalt kort som ritas i storlek 4).
   */
  size?: HeadingLevel;
}

const LEVELS: readonly number[] = [1, 2, 3, 4, 5, 6];

function checkLevel(value: unknown, prop: string, fallback: HeadingLevel): HeadingLevel {
  if (LEVELS.includes(value as number)) return value as HeadingLevel;
  if (process.env.NODE_ENV !== 'production') warnOnce('Heading', `${prop} must be a number from 1 to 6 (got ${JSON.stringify(value)}); using ${fallback}.`);
  return fallback;
}

/** A section heading. Level sets the meaning, size the look; text is black or white. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, className, ...rest },
  ref,
) {
  const safeLevel = checkLevel(level, 'level', 2);
  const safeSize = size === undefined ? safeLevel : checkLevel(size, 'size', safeLevel);
  const Element = `h${safeLevel}` as const;
  return <Element ref={ref} className={cx(heading, className)} data-size={safeSize} {...rest} />;
});
Heading.displayName = 'Heading';
