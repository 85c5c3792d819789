import {
  forwardRef,
  isValidElement,
  type ComponentPropsWithoutRef,
  type ComponentType,
  type ReactElement,
} from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { icon as iconClass } from './Icon.css.js';

/** Icon sizes from the `size.icon.*` tokens; `text` follows the surrounding font size (1em). */
export type IconSize = 'sm' | 'md' | 'lg' | 'xl' | 'text';

/**
 * Any component that renders an `<svg>`: the components of `@goteborgsstad/icons`
 * (`<ArrowRightIcon />`…) or an app's own. Icon passes `aria-hidden` and `focusable`; the icon
 * component should spread unknown props onto its `<svg>`.
 */
export type IconComponent = ComponentType<{ 'aria-hidden'?: 'true'; focusable?: 'false'; className?: string }>;

export interface IconProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children' | 'role'> {
  /**
   * The icon to draw, as a component (`icon={SearchIcon}`), e.g. from `@goteborgsstad/icons`.
   * Use one icon for one meaning, and keep that meaning everywhere.
   * @sv Ikonen som ska ritas, som komponent (`icon={SearchIcon}`), till exempel från
   * `@goteborgsstad/icons`. En ikon för en betydelse, och samma betydelse överallt.
   */
  icon?: IconComponent;
  /**
   * The icon as an element (`<SearchIcon />`), instead of `icon`.
   * @sv Ikonen som element (`<SearchIcon />`) i stället för `icon`.
   */
  children?: ReactElement;
  /**
   * Box size from the `size.icon.*` tokens. `text` follows the font size around the icon.
   * @default 'md'
   * @sv Rutans storlek från token `size.icon.*`. `text` följer textstorleken runt ikonen.
   */
  size?: IconSize;
  /**
   * Mirror the icon in right-to-left layouts. Use it for icons that point in the reading
   * direction (arrows, chevrons), never for icons with a fixed real-world orientation.
   * @default false
   * @sv Spegla ikonen i höger-till-vänster. För ikoner som pekar i läsriktningen (pilar, vinklar),
   * aldrig för ikoner med en fast riktning i verkligheten.
   */
  flipInRtl?: boolean;
  /**
   * Makes the icon meaningful: screen readers announce this text as an image. Leave it out when
   * text next to the icon already says the same (the default: the icon is decorative and hidden
   * from assistive technology). Write what it means, not what it shows ("Varning", not "Triangel").
   * @sv Gör ikonen meningsbärande: skärmläsare läser texten som en bild. Utelämna när text bredvid
   * ikonen redan säger samma sak (standard: ikonen är dekorativ och dold för hjälpmedel). Skriv vad
   * den betyder, inte vad den visar ("Varning", inte "Triangel").
   */
  label?: string;
}

/**
 * Draws an icon in the city's line style at a token size, coloured like the text around it
 * (black or white). Decorative by default; give it a `label` when the icon alone carries meaning.
 */
export const Icon = forwardRef<HTMLSpanElement, IconProps>(function Icon(
  { icon: IconComp, children, size = 'md', flipInRtl = false, label, className, ...rest },
  ref,
) {
  const meaningful = typeof label === 'string';
  if (process.env.NODE_ENV !== 'production') {
    if (meaningful && label.trim() === '') {
      warnOnce(
        'Icon',
        'label is empty, so the icon has no accessible name. Give it a label that says what it means, or leave label out if the icon is decorative.',
      );
    }
    if (!IconComp && !isValidElement(children)) {
      warnOnce('Icon', 'no icon given. Pass a component from @goteborgsstad/icons as `icon` (icon={SearchIcon}).');
    }
  }
  // The svg itself is always hidden: the wrapper carries the name, so it works with any icon set.
  const drawing = IconComp ? <IconComp aria-hidden="true" focusable="false" /> : children;
  return (
    <span
      ref={ref}
      className={cx(iconClass, className)}
      data-size={size}
      data-flip={flipInRtl ? '' : undefined}
      {...(meaningful && label.trim() !== ''
        ? { role: 'img', 'aria-label': label }
        : { 'aria-hidden': true })}
      {...rest}
    >
      {drawing}
    </span>
  );
});
Icon.displayName = 'Icon';
