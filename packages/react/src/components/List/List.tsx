import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { list, listItem } from './List.css.js';

/** `unordered` bullets, `ordered` numbers (for steps and rankings), `none` no markers. */
export type ListVariant = 'unordered' | 'ordered' | 'none';
/** Space between items. */
export type ListSpacing = 'compact' | 'normal' | 'relaxed';

export interface ListProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'type'> {
  /**
   * `ordered` only when the order matters (steps, rankings) — it renders an `<ol>`;
   * `unordered` for everything else; `none` for lists of links or cards where bullets add nothing
   * (it keeps the list semantics for screen readers).
   * @default 'unordered'
   * @sv `ordered` bara när ordningen betyder något (steg, rangordning) och renderar `<ol>`;
   * `unordered` för allt annat; `none` för listor med länkar eller kort där punkter inte tillför
   * något (listans betydelse för skärmläsare finns kvar).
   */
  variant?: ListVariant;
  /**
   * `relaxed` for items of more than one line, `compact` for short link lists.
   * @default 'normal'
   * @sv `relaxed` för punkter på mer än en rad, `compact` för korta länklistor.
   */
  spacing?: ListSpacing;
  /**
   * First number of an ordered list.
   * @sv Första numret i en numrerad lista.
   */
  start?: number;
  /**
   * Count down in an ordered list.
   * @sv Räkna nedåt i en numrerad lista.
   * @default false
   */
  reversed?: boolean;
}

/** A list of items with the brand's text style. Use `ListItem` for the items. */
export const List = forwardRef<HTMLUListElement | HTMLOListElement, ListProps>(function List(
  { variant = 'unordered', spacing = 'normal', className, role, start, reversed, ...rest },
  ref,
) {
  const Element = (variant === 'ordered' ? 'ol' : 'ul') as ElementType;
  const orderedProps = variant === 'ordered' ? { start, reversed } : {};
  return (
    <Element
      ref={ref}
      // Safari drops list semantics when markers are removed with CSS; say it explicitly.
      role={role ?? (variant === 'none' ? 'list' : undefined)}
      className={cx(list, className)}
      data-variant={variant}
      data-spacing={spacing}
      {...orderedProps}
      {...rest}
    />
  );
});
List.displayName = 'List';

export type ListItemProps = ComponentPropsWithoutRef<'li'>;

/** One item of a `List`. */
export const ListItem = forwardRef<HTMLLIElement, ListItemProps>(function ListItem({ className, ...rest }, ref) {
  return <li ref={ref} className={cx(listItem, className)} {...rest} />;
});
ListItem.displayName = 'ListItem';
