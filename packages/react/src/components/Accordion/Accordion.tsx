'use client';
import {
  createContext,
  forwardRef,
  useContext,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { accordionStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { Button } from '../Button/Button.js';
import { Details, type DetailsHeadingLevel, type DetailsProps } from '../Details/Details.js';
import * as styles from './Accordion.css.js';

export type AccordionHeadingLevel = DetailsHeadingLevel;

interface AccordionOwnProps {
  /**
   * Level of the heading around every section title. Match the page outline: sections directly
   * under the page's h1 are h2.
   * @sv Rubriknivå för varje avsnitts rubrik. Följ sidans rubrikstruktur: avsnitt direkt under sidans h1 är h2.
   * @default 2
   */
  headingLevel?: AccordionHeadingLevel;
  /**
   * Makes the group exclusive through the native `name` attribute: opening one section closes
   * the open one. Only for short, alternative sections; without "Visa alla". Must be unique on
   * the page.
   * @sv Gör gruppen exklusiv med det inbyggda `name`-attributet: när ett avsnitt öppnas stängs det som var öppet. Bara för korta alternativ; då visas ingen "Visa alla". Unikt på sidan.
   */
  name?: string;
  /**
   * Show the "Visa alla" / "Dölj alla" button above the sections. It appears once the page's
   * JavaScript runs (it needs it). Not shown in an exclusive group.
   * @sv Visa knappen "Visa alla"/"Dölj alla" ovanför avsnitten. Den syns när sidans JavaScript har startat. Visas inte i en exklusiv grupp.
   * @default true
   */
  showAllButton?: boolean;
  /**
   * The sections: `AccordionItem` elements (fragments and arrays are fine; other wrappers hide
   * them from "Visa alla").
   * @sv Avsnitten: `AccordionItem`-element.
   */
  children: ReactNode;
}

export type AccordionProps = AccordionOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof AccordionOwnProps>;

interface AccordionContextValue {
  headingLevel: AccordionHeadingLevel;
  name: string | undefined;
}

const AccordionContext = createContext<AccordionContextValue | null>(null);

/** The accordion's own sections: items of nested accordions belong to those. */
function ownItems(root: HTMLElement): HTMLDetailsElement[] {
  return Array.from(root.querySelectorAll<HTMLDetailsElement>(`details.${styles.item}`)).filter(
    (item) => item.parentElement?.closest(`.${styles.root}`) === root,
  );
}

/**
 * A group of expandable sections, each a native `<details>` with its title in a heading:
 * people scan the titles and open what concerns them. Works without JavaScript, opens for
 * in-page search and for a `#fragment` link to anything inside a section; "Visa alla" opens
 * every section at once.
 *
 * Usage rule: for long pages where most people need only one or two parts (fees per zone,
 * questions and answers). Never for content everyone must read, a sequence of steps, or the
 * only copy of a form's required fields.
 */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(
  { headingLevel = 2, name, showAllButton = true, children, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(accordionStrings);
  const rootRef = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRefs(ref, rootRef);
  // null until the element has been read on the client: the button needs JavaScript, so the
  // server HTML (and a page whose script failed) has no button that does nothing.
  const [allOpen, setAllOpen] = useState<boolean | null>(null);
  const withButton = showAllButton && name === undefined;

  if (process.env.NODE_ENV !== 'production') {
    if (name !== undefined && name.trim() === '') {
      warnOnce('Accordion', '`name` is empty; give the exclusive group a name that is unique on the page, or leave `name` out.');
    }
  }

  // Toggle events do not bubble, so listen in the capture phase for any section's change.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const update = () => {
      const items = ownItems(root);
      setAllOpen(items.length > 0 && items.every((item) => item.open));
    };
    update();
    root.addEventListener('toggle', update, true);
    return () => root.removeEventListener('toggle', update, true);
  }, []);

  // Sections added or removed without a toggle.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || allOpen === null) return;
    const items = ownItems(root);
    const now = items.length > 0 && items.every((item) => item.open);
    if (now !== allOpen) setAllOpen(now);
  });

  const toggleAll = () => {
    const root = rootRef.current;
    if (!root) return;
    const next = !allOpen;
    // Each section hears its own toggle event and updates its state (or reports to its owner).
    for (const item of ownItems(root)) item.open = next;
    setAllOpen(next);
  };

  return (
    <div ref={mergedRef} className={cx(styles.root, className)} {...rest}>
      {withButton && allOpen !== null ? (
        <div className={styles.controls}>
          <Button variant="tertiary" size="sm" aria-expanded={allOpen} onClick={toggleAll}>
            {allOpen ? strings.hideAll : strings.showAll}
          </Button>
        </div>
      ) : null}
      <AccordionContext.Provider value={{ headingLevel, name }}>{children}</AccordionContext.Provider>
    </div>
  );
});
Accordion.displayName = 'Accordion';

export type AccordionItemProps = Omit<DetailsProps, 'headingLevel' | 'name'>;

/**
 * One section of an `Accordion`: `summary` is its title (inside a heading of the accordion's
 * level), `children` its content. Give it an `id` to link to it (`#avgifter`).
 * @sv Ett avsnitt i en Accordion.
 */
export const AccordionItem = forwardRef<HTMLDetailsElement, AccordionItemProps>(function AccordionItem(
  { className, ...rest },
  ref,
) {
  const context = useContext(AccordionContext);
  if (process.env.NODE_ENV !== 'production' && !context) {
    warnOnce('AccordionItem', 'is outside an <Accordion>; put it inside one, or use <Details> for a single section.');
  }
  return (
    <Details
      ref={ref}
      {...rest}
      headingLevel={context?.headingLevel ?? 2}
      name={context?.name}
      className={cx(styles.item, className)}
    />
  );
});
AccordionItem.displayName = 'AccordionItem';
