import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './Card.css.js';

/** Heading levels a card can take; the page's h1 is never a card. */
export type CardHeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `default`: the page surface with a thin line; `subtle`: a tinted surface without a line. */
export type CardSurface = 'default' | 'subtle';

const LEVELS: readonly number[] = [2, 3, 4, 5, 6];
const SURFACES: readonly string[] = ['default', 'subtle'];

export interface CardOwnProps {
  /**
   * The card's heading: what the card is about, in a few words ("Förskola", "Bygglov").
   * @sv Kortets rubrik: vad kortet handlar om, med några ord.
   */
  heading: ReactNode;
  /**
   * The heading's level in the page outline. Cards in a section under an h2 take 3.
   * @sv Rubrikens nivå i sidans rubrikstruktur. Kort i en sektion under en h2 får nivå 3.
   * @default 2
   */
  headingLevel?: CardHeadingLevel;
  /**
   * An image on top of the card: a `Figure` (its `alt` rules apply) or an `img`. Shown first,
   * read after the heading. Use `decorative` when the heading says it all.
   * @sv En bild överst i kortet, helst en `Figure`. Visas först men läses efter rubriken. Använd `decorative` när rubriken säger allt.
   */
  media?: ReactNode;
  /**
   * Surface: `default` (page background and a thin line) or `subtle` (tinted, no line).
   * @sv Yta: `default` (sidans bakgrund och en tunn linje) eller `subtle` (tonad yta utan linje).
   * @default 'default'
   */
  surface?: CardSurface;
  /**
   * The card's text: a sentence or two, or short lists.
   * @sv Kortets text: en eller två meningar, eller korta listor.
   */
  children?: ReactNode;
  /**
   * The bottom row: a date, a category, or actions (links and buttons). Lines up across cards in a row.
   * @sv Nedersta raden: ett datum, en kategori eller handlingar (länkar och knappar). Linjerar mellan kort i samma rad.
   */
  footer?: ReactNode;
}

export type CardProps = CardOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof CardOwnProps>;

const present = (node: ReactNode) => node !== undefined && node !== null && node !== '' && node !== false;

/**
 * A card: one self-contained piece of content — heading, optional image, short text and a
 * footer for a date or actions. Surfaces and edges from tokens, text black or white; in forced
 * colours it keeps its edge.
 *
 * Usage rule: a card is one topic. When the whole card should lead somewhere, use `LinkCard`
 * (one link, the whole card clickable) instead of putting a link in the footer.
 */
export const Card = forwardRef<HTMLDivElement, CardProps>(function Card(
  { heading, headingLevel = 2, media, surface = 'default', children, footer, className, ...rest },
  ref,
) {
  const levelOk = LEVELS.includes(headingLevel);
  const surfaceOk = SURFACES.includes(surface);
  if (process.env.NODE_ENV !== 'production') {
    if (!present(heading)) {
      warnOnce('Card', 'has no `heading`; give every card a heading that says what it is about (it names the card in the page outline).');
    }
    if (!levelOk) {
      warnOnce('Card', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); an h2 was rendered. Pick the level that fits the page's headings.`);
    }
    if (!surfaceOk) {
      warnOnce('Card', `\`surface\` must be "default" or "subtle" (got ${JSON.stringify(surface)}); showing "default".`);
    }
  }
  const Heading = `h${levelOk ? headingLevel : 2}` as 'h2';
  return (
    <div ref={ref} className={cx(styles.card, className)} data-surface={surfaceOk ? surface : 'default'} {...rest}>
      <Heading className={styles.heading}>{heading}</Heading>
      {present(media) && <div className={styles.media}>{media}</div>}
      {present(children) && <div className={styles.body}>{children}</div>}
      {present(footer) && <div className={styles.footer}>{footer}</div>}
    </div>
  );
});
Card.displayName = 'Card';
