import {
  Children,
  forwardRef,
  isValidElement,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './DescriptionList.css.js';

/** `stacked`: term above its description; `side-by-side`: term beside it where there is room. */
export type DescriptionListLayout = 'stacked' | 'side-by-side';

/** One term and what it means: one description, or several (an array). */
export interface DescriptionListEntry {
  /**
   * The term: "Öppettider", "Avgift", "Diarienummer".
   * @sv Termen: "Öppettider", "Avgift", "Diarienummer".
   */
  term: ReactNode;
  /**
   * Its description, or an array for several (two phone numbers, opening hours per day).
   * @sv Beskrivningen, eller en lista för flera (två telefonnummer, öppettider per dag).
   */
  description: ReactNode | readonly ReactNode[];
}

export interface DescriptionListItemProps
  extends DescriptionListEntry,
    Omit<ComponentPropsWithoutRef<'div'>, keyof DescriptionListEntry | 'children'> {}

const present = (node: ReactNode) => node !== undefined && node !== null && node !== '' && node !== false;

function descriptionsOf(description: DescriptionListEntry['description']): ReactNode[] {
  return (Array.isArray(description) ? description : [description]).filter(present);
}

/**
 * One term with its descriptions, as a child of `DescriptionList` (for content written as JSX
 * rather than `items`). Renders `<div><dt/><dd/>…</div>`, which HTML allows inside a `<dl>`.
 */
export const DescriptionListItem = forwardRef<HTMLDivElement, DescriptionListItemProps>(function DescriptionListItem(
  { term, description, className, ...rest },
  ref,
) {
  const descriptions = descriptionsOf(description);
  if (process.env.NODE_ENV !== 'production') {
    if (!present(term)) warnOnce('DescriptionList', 'an item has no `term`; every description needs the term it describes.');
    if (descriptions.length === 0) {
      warnOnce('DescriptionList', `the term ${typeof term === 'string' ? `"${term}" ` : ''}has no \`description\`; give it one, or leave the item out.`);
    }
  }
  return (
    <div ref={ref} className={cx(styles.item, className)} {...rest}>
      <dt className={styles.term}>{term}</dt>
      {descriptions.map((text, index) => (
        <dd key={index} className={styles.description}>
          {text}
        </dd>
      ))}
    </div>
  );
});
DescriptionListItem.displayName = 'DescriptionListItem';

interface DescriptionListOwnProps {
  /**
   * The pairs as data: `[{ term: 'Avgift', description: '450 kr' }]`. Or write
   * `DescriptionListItem` children instead — not both.
   * @sv Paren som data: `[{ term: 'Avgift', description: '450 kr' }]`. Eller skriv `DescriptionListItem` som barn i stället – inte båda.
   */
  items?: readonly DescriptionListEntry[];
  /**
   * `stacked` puts each term above its description; `side-by-side` puts it beside, and falls
   * back to stacked when the list's own width is under 32 rem (a sidebar, a phone).
   * @sv `stacked` lägger termen ovanför beskrivningen; `side-by-side` bredvid, och staplar igen när listan är smalare än 32 rem.
   * @default 'stacked'
   */
  layout?: DescriptionListLayout;
  /**
   * `DescriptionListItem` elements, when the pairs are written as JSX.
   * @sv `DescriptionListItem`-element, när paren skrivs som JSX.
   */
  children?: ReactNode;
}

export type DescriptionListProps = DescriptionListOwnProps & Omit<ComponentPropsWithoutRef<'dl'>, keyof DescriptionListOwnProps>;

const LAYOUTS: readonly string[] = ['stacked', 'side-by-side'];

/**
 * Terms and their descriptions as a `<dl>`: opening hours, fees, the facts of a case. Each term
 * can have several descriptions.
 *
 * Usage rule: for facts read one by one, not compared across rows — a comparison is a `Table`.
 */
export const DescriptionList = forwardRef<HTMLDListElement, DescriptionListProps>(function DescriptionList(
  { items, layout = 'stacked', children, className, ...rest },
  ref,
) {
  const layoutOk = LAYOUTS.includes(layout);
  const hasChildren = Children.toArray(children).length > 0;
  if (process.env.NODE_ENV !== 'production') {
    if (items && hasChildren) {
      warnOnce('DescriptionList', 'got both `items` and children; only `items` is shown. Give the pairs one way.');
    }
    if (!hasChildren && (!items || items.length === 0)) {
      warnOnce('DescriptionList', 'is empty; give it `items` or `DescriptionListItem` children, or leave it out.');
    }
    if (!layoutOk) {
      warnOnce('DescriptionList', `\`layout\` must be "stacked" or "side-by-side" (got ${JSON.stringify(layout)}); showing "stacked".`);
    }
    if (hasChildren && !items) {
      const stray = Children.toArray(children).find(
        (child) => !(isValidElement(child) && (child as ReactElement).type === DescriptionListItem),
      );
      if (stray !== undefined) {
        warnOnce('DescriptionList', 'children must be `DescriptionListItem` elements (a `<dl>` holds only terms and descriptions); wrap each pair in one.');
      }
    }
  }
  return (
    <dl ref={ref} className={cx(styles.list, className)} data-layout={layoutOk ? layout : 'stacked'} {...rest}>
      {items
        ? items.map((entry, index) => <DescriptionListItem key={index} term={entry.term} description={entry.description} />)
        : children}
    </dl>
  );
});
DescriptionList.displayName = 'DescriptionList';
