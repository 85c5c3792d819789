import { createElement, forwardRef, useId } from 'react';
import type { ForwardRefExoticComponent, RefAttributes, SVGProps } from 'react';

// Only `process.env.NODE_ENV` is read, literally, so bundlers can replace it; no Node types needed.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Icon sizes by name, in px, equal to the design tokens `size.icon.{sm,md,lg,xl}`; the build
 * fails if they drift from `tokens/`. They are written as width/height attributes only (no
 * inline style), so any CSS — a wrapper such as the React `Icon` box, or the app's own — can
 * size the icon without fighting specificity.
 */
export const iconSizes = { sm: 16, md: 24, lg: 32, xl: 48 } as const;

/** A named icon size from the tokens `size.icon.*`. */
export type IconSizeName = keyof typeof iconSizes;

/**
 * The colours an icon may have. Brand rule: icons are black or white, chosen by the
 * background; `currentColor` follows the surrounding text colour, which is itself
 * black or white.
 */
export type IconColor = 'currentColor' | 'black' | 'white';

/** One drawing element of an icon: tag name and its geometry attributes. */
export type IconNode = readonly [tag: string, attributes: Readonly<Record<string, string>>];

export interface IconProps
  extends Omit<
    SVGProps<SVGSVGElement>,
    'ref' | 'children' | 'color' | 'fill' | 'stroke' | 'strokeWidth' | 'width' | 'height'
  > {
  /**
   * Width and height: a token size name or a number of px. Use the token names; a number
   * is for the rare case the scale does not cover. Set as attributes, so CSS can override.
   * @default 'md' (24 px, the token's default icon size)
   */
  size?: IconSizeName | number;
  /**
   * Line colour. Icons are black or white only (brand rule); leave it at `currentColor`
   * so the icon follows the text colour, which the theme keeps black or white.
   * @default 'currentColor'
   */
  color?: IconColor;
  /**
   * Line thickness in the 24-unit drawing grid. Keep 2 (the city's line weight); use 1.5
   * only for large sizes where 2 looks heavy.
   * @default 2
   */
  strokeWidth?: number;
  /**
   * Accessible name. Without `title` (or `aria-label`/`aria-labelledby`) the icon is
   * decorative and hidden from assistive technology — right when visible text next to it
   * says the same. Give a title when the icon stands alone and carries meaning.
   */
  title?: string;
  /**
   * Flip the icon horizontally in right-to-left layouts (needs `icons.css`). Defaults to the
   * icon's own rule: arrows and chevrons that show reading direction mirror, others do not.
   */
  mirrorInRtl?: boolean;
}

/** A city icon component: renders an inline `<svg>` and forwards its ref to it. */
export type GbgIconComponent = ForwardRefExoticComponent<IconProps & RefAttributes<SVGSVGElement>>;

/**
 * Builds one icon component. Used by the generated icon modules; not part of the public API
 * because every city icon must come from the mapping (one icon, one meaning).
 */
export function createIcon(
  componentName: string,
  iconName: string,
  nodes: readonly IconNode[],
  mirrorByDefault: boolean,
): GbgIconComponent {
  const Icon = forwardRef<SVGSVGElement, IconProps>(function GbgIcon(
    {
      size,
      color,
      strokeWidth = 2,
      title,
      mirrorInRtl = mirrorByDefault,
      className,
      style,
      'aria-labelledby': labelledBy,
      ...rest
    },
    ref,
  ) {
    const titleId = useId();
    // A name not in the table gives undefined (or, inherited like 'toString', a function): both
    // fail the comparison, as do NaN, 0, negative and infinite numbers.
    const wanted = (typeof size === 'number' ? size : iconSizes[size ?? 'md']) as number;
    const sizeOk = wanted > 0 && wanted < Infinity;
    const colorOk = color === undefined || color === 'currentColor' || color === 'black' || color === 'white';
    if (!sizeOk || !colorOk) {
      // Development only, and written so bundlers drop it (texts included) from production builds.
      // The try: without a bundler `process` may not exist, and bad input must not crash the page.
      try {
        if (process.env.NODE_ENV !== 'production') {
          console.error(
            sizeOk
              ? `${componentName}: color ${JSON.stringify(color)} breaks the brand rule (icons are black or white). Use 'currentColor', 'black' or 'white'; falling back to 'currentColor'.`
              : `${componentName}: size ${JSON.stringify(size)} is not valid. Use 'sm' | 'md' | 'lg' | 'xl' or a positive number of px; falling back to 'md'.`,
          );
        }
      } catch {
        // No `process`: no warning.
      }
    }
    const px = sizeOk ? wanted : iconSizes.md;
    const hasTitle = typeof title === 'string' && title.trim() !== '';
    const labelled = hasTitle || Boolean(rest['aria-label']) || Boolean(labelledBy);

    return createElement(
      'svg',
      {
        ...rest,
        // After `rest`: the city line style, the brand colour rule and the accessibility state
        // are not overridable by stray attributes from untyped callers.
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: '0 0 24 24',
        width: px,
        height: px,
        fill: 'none',
        stroke: (colorOk && color) || 'currentColor',
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
        focusable: 'false',
        strokeWidth,
        ref,
        className: className ? `gbg-icon ${className}` : 'gbg-icon',
        style,
        'data-gbg-icon': iconName,
        'data-gbg-mirror-rtl': mirrorInRtl ? '' : undefined,
        role: labelled ? 'img' : rest.role,
        'aria-hidden': !labelled || undefined,
        'aria-labelledby': hasTitle ? (labelledBy ?? titleId) : labelledBy,
      },
      // Children as arguments: a fixed list, so React needs no keys.
      hasTitle && createElement('title', { id: titleId }, title),
      ...nodes.map(([tag, attributes]) => createElement(tag, attributes)),
    );
  });
  Icon.displayName = componentName;
  return Icon;
}
