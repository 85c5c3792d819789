import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { resolveSpace, type Space } from '../Stack/space.js';
import { divider } from './Divider.css.js';

export type DividerOrientation = 'horizontal' | 'vertical';
export type DividerTone = 'subtle' | 'default' | 'strong';

export interface DividerProps extends Omit<ComponentPropsWithoutRef<'hr'>, 'children'> {
  /**
   * `false` (default): a thematic break between sections (`<hr>`, role `separator`), announced
   * by screen readers. `true`: a purely visual line, hidden from assistive technology. Choose
   * decorative when the line only repeats what headings or spacing already say.
   * @default false
   * @sv `false` (standard): en tematisk brytning mellan avsnitt (`<hr>`, rollen `separator`) som
   * skärmläsare läser upp. `true`: bara en synlig linje, dold för hjälpmedel. Välj dekorativ när
   * linjen bara upprepar vad rubriker eller luft redan säger.
   */
  decorative?: boolean;
  /**
   * `vertical` draws a line between items in a horizontal row (for example in a horizontal
   * `Stack`); it stretches to the row's height.
   * @default 'horizontal'
   * @sv `vertical` ritar en linje mellan saker på en vågrät rad (till exempel i en vågrät `Stack`)
   * och sträcker sig radens höjd.
   */
  orientation?: DividerOrientation;
  /**
   * Line colour from the border tokens. `subtle` for decoration between content; `default` or
   * `strong` when the line must be seen (≥ 3:1 against the surface).
   * @default 'subtle'
   * @sv Linjens färg från kanttoken. `subtle` som dekoration mellan innehåll; `default` eller
   * `strong` när linjen måste synas (minst 3:1 mot ytan).
   */
  tone?: DividerTone;
  /**
   * Space on both sides of the line (above and below, or before and after when vertical), from
   * the spacing scale.
   * @default '4'
   * @sv Luft på båda sidor om linjen (ovanför och under, eller före och efter när den är lodrät)
   * från avståndsskalan.
   */
  spacing?: Space;
}

const TONES = new Set<string>(['subtle', 'default', 'strong']);

/**
 * A line between pieces of content: a thematic break by default, or decoration only.
 *
 * Usage rule: prefer headings and spacing to structure a page; add a Divider only where a
 * visible break helps, and mark it `decorative` when it carries no meaning.
 */
export const Divider = forwardRef<HTMLHRElement, DividerProps>(function Divider(
  { decorative = false, orientation = 'horizontal', tone = 'subtle', spacing, className, ...rest },
  ref,
) {
  const vertical = orientation === 'vertical';
  const space = resolveSpace('Divider', 'spacing', spacing, '4');
  if (process.env.NODE_ENV !== 'production' && !TONES.has(tone)) warnOnce('Divider', `unknown \`tone="${String(tone)}"\`; use subtle, default or strong.`);
  return (
    <hr
      ref={ref}
      className={cx(divider, className)}
      data-orientation={vertical ? 'vertical' : 'horizontal'}
      data-tone={TONES.has(tone) ? tone : 'subtle'}
      data-spacing-inline={vertical ? space : undefined}
      data-spacing-block={vertical ? undefined : space}
      // `separator` is horizontal unless told otherwise; a decorative line has no role to orient.
      aria-orientation={vertical && !decorative ? 'vertical' : undefined}
      aria-hidden={decorative ? true : undefined}
      {...rest}
    />
  );
});
Divider.displayName = 'Divider';
