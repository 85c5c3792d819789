import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { resolveSpace, type Space } from '../Stack/space.js';
import { container } from './Container.css.js';

/** Elements a Container may render as. */
export type ContainerElement = 'div' | 'main' | 'section' | 'article' | 'header' | 'footer' | 'nav' | 'aside';

/** Page widths from the `size.container.*` tokens. */
export type ContainerSize = 'narrow' | 'default' | 'wide';

export interface ContainerProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Maximum width of the content: `narrow` (720px, a reading column of about 70 characters),
   * `default` (1200px, page content) or `wide` (1440px). Use `narrow` for text pages and forms.
   * @default 'default'
   * @sv Innehållets största bredd: `narrow` (720 px, en läsbar spalt på omkring 70 tecken),
   * `default` (1200 px, sidans innehåll) eller `wide` (1440 px). Använd `narrow` för textsidor och
   * formulär.
   */
  size?: ContainerSize;
  /**
   * Inline padding (left and right, mirrored in RTL) from the spacing scale. Leave it out for
   * the responsive gutter: space.4 on phones, space.6 from `md`, space.8 from `lg`.
   * @default responsive
   * @sv Luft till vänster och höger (speglas i höger-till-vänster) från avståndsskalan. Utelämna
   * för den responsiva marginalen: space.4 på mobil, space.6 från `md`, space.8 från `lg`.
   */
  gutter?: Space;
  /**
   * The element to render. Use `main` once per page for the main content; a Container only sets
   * width and padding, the landmark comes from the element.
   * @default 'div'
   * @sv Elementet som renderas. Använd `main` en gång per sida för huvudinnehållet; Container
   * sätter bara bredd och luft, landmärket kommer från elementet.
   */
  as?: ContainerElement;
}

const SIZES = new Set<string>(['narrow', 'default', 'wide']);

/**
 * Centres content and limits its width to one of the page widths, with inline padding so text
 * never touches the screen edge.
 *
 * Usage rule: one Container per page band (header, main, footer); do not nest Containers.
 */
export const Container = forwardRef<HTMLElement, ContainerProps>(function Container(
  { size = 'default', gutter, as = 'div', className, ...rest },
  ref,
) {
  const Element = as as ElementType;
  if (!SIZES.has(size)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Container', `unknown \`size="${String(size)}"\`; use narrow, default or wide. Falling back to default.`);
  }
  return (
    <Element
      ref={ref}
      className={cx(container, className)}
      data-size={SIZES.has(size) ? size : 'default'}
      data-gutter={gutter === undefined ? 'responsive' : resolveSpace('Container', 'gutter', gutter, '4')}
      {...rest}
    />
  );
});
Container.displayName = 'Container';
