import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { stack } from './Stack.css.js';
import { resolveSpace, type Space } from './space.js';

/** Elements a Stack may render as. Use a list element when the items are a list. */
export type StackElement = 'div' | 'section' | 'article' | 'aside' | 'nav' | 'header' | 'footer' | 'main' | 'ul' | 'ol' | 'span';

export type StackDirection = 'vertical' | 'horizontal';
export type StackAlign = 'start' | 'center' | 'end' | 'stretch' | 'baseline';
export type StackJustify = 'start' | 'center' | 'end' | 'between';

export interface StackProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Main axis. `horizontal` follows the text direction (right to left in RTL).
   * @default 'vertical'
   * @sv Huvudriktning. `horizontal` följer läsriktningen (höger till vänster vid RTL).
   */
  direction?: StackDirection;
  /**
   * Space between the items: a step of the spacing scale (`4` = 16px). Only scale steps are
   * allowed, so spacing stays consistent across the city's services.
   * @default '4'
   * @sv Luft mellan sakerna: ett steg i avståndsskalan (`4` = 16 px). Bara steg i skalan är
   * tillåtna, så att avstånden blir lika i stadens tjänster.
   */
  gap?: Space;
  /**
   * Cross-axis alignment of the items (`alignItems`).
   * @default 'stretch'
   * @sv Hur sakerna placeras på tvären (`alignItems`).
   */
  align?: StackAlign;
  /**
   * Main-axis distribution of the items (`justifyContent`).
   * @default 'start'
   * @sv Hur sakerna fördelas längs huvudriktningen (`justifyContent`).
   */
  justify?: StackJustify;
  /**
   * Let items wrap onto new lines when they do not fit (useful for horizontal stacks of buttons
   * or tags on narrow screens).
   * @default false
   * @sv Låt sakerna fortsätta på nya rader när de inte får plats (bra för vågräta rader av knappar
   * eller taggar på smala skärmar).
   */
  wrap?: boolean;
  /**
   * The element to render. Pick the one that fits the content (`ul` for a list of items,
   * `nav` for navigation); the Stack only adds spacing.
   * @default 'div'
   * @sv Elementet som renderas. Välj det som passar innehållet (`ul` för en lista, `nav` för
   * navigation); Stack lägger bara till luft.
   */
  as?: StackElement;
}

const ALIGN = new Set<string>(['start', 'center', 'end', 'stretch', 'baseline']);
const JUSTIFY = new Set<string>(['start', 'center', 'end', 'between']);

/**
 * Lays out its children in one direction with even spacing from the spacing scale.
 *
 * Usage rule: use Stack for spacing between siblings instead of margins on the children; the
 * children stay in source order (never reorder visually what is read in another order).
 */
export const Stack = forwardRef<HTMLElement, StackProps>(function Stack(
  { direction = 'vertical', gap, align = 'stretch', justify = 'start', wrap = false, as = 'div', className, ...rest },
  ref,
) {
  const Element = as as ElementType;
  const gapKey = resolveSpace('Stack', 'gap', gap, '4');
  if (process.env.NODE_ENV !== 'production' && !ALIGN.has(align)) warnOnce('Stack', `unknown \`align="${String(align)}"\`; use start, center, end, stretch or baseline.`);
  if (process.env.NODE_ENV !== 'production' && !JUSTIFY.has(justify)) warnOnce('Stack', `unknown \`justify="${String(justify)}"\`; use start, center, end or between.`);
  return (
    <Element
      ref={ref}
      className={cx(stack, className)}
      data-direction={direction === 'horizontal' ? 'horizontal' : 'vertical'}
      data-gap={gapKey}
      data-align={ALIGN.has(align) ? align : 'stretch'}
      data-justify={JUSTIFY.has(justify) ? justify : 'start'}
      data-wrap={wrap ? '' : undefined}
      {...rest}
    />
  );
});
Stack.displayName = 'Stack';
