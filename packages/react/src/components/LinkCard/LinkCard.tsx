'use client';
import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef, type MouseEvent, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { Card, type CardHeadingLevel, type CardSurface } from '../Card/Card.js';
import * as styles from './LinkCard.css.js';

export interface LinkCardOwnProps {
  /**
   * Where the card leads. Internal paths go through the app's router link (`GbgProvider
   * linkComponent`); only safe addresses are rendered.
   * @sv Vart kortet leder. Interna sökvägar går via appens routerlänk; bara säkra adresser renderas.
   */
  href: string;
  /**
   * The heading, which is also the link text: name the destination ("Förskola", "Ansök om
   * bygglov"). Plain text: it is the link's accessible name.
   * @sv Rubriken, som också är länktexten: säg vart kortet leder. Vanlig text, den blir länkens namn.
   */
  heading: ReactNode;
  /**
   * The heading's level in the page outline. Cards in a section under an h2 take 3.
   * @sv Rubrikens nivå i sidans rubrikstruktur. Kort i en sektion under en h2 får nivå 3.
   * @default 2
   */
  headingLevel?: CardHeadingLevel;
  /**
   * An image on top of the card, usually a decorative `Figure` (the heading names the link).
   * @sv En bild överst i kortet, oftast en dekorativ `Figure` (rubriken är länkens namn).
   */
  media?: ReactNode;
  /**
   * Surface: `default` (page background and a thin line) or `subtle` (tinted, no line).
   * @sv Yta: `default` (sidans bakgrund och en tunn linje) eller `subtle` (tonad yta utan linje).
   * @default 'default'
   */
  surface?: CardSurface;
  /**
   * A short description of what is behind the link. Text only: no links or buttons inside.
   * @sv En kort beskrivning av vad som finns bakom länken. Bara text: inga länkar eller knappar i kortet.
   */
  children?: ReactNode;
  /**
   * A quiet bottom row: a date, a category, "5 min läsning". Text only.
   * @sv En diskret nedersta rad: datum, kategori, lästid. Bara text.
   */
  meta?: ReactNode;
  /**
   * The destination is another website: adds "(extern webbplats)" / "(external site)" to the link.
   * @sv Kortet leder till en annan webbplats: länken får "(extern webbplats)".
   * @default false
   */
  external?: boolean;
  /**
   * `_blank` opens a new window: avoid it. The link then says so and gets `rel="noopener noreferrer"`.
   * @sv `_blank` öppnar nytt fönster: undvik det. Länken säger det då och får `rel="noopener noreferrer"`.
   */
  target?: string;
  /**
   * Not available: a link card holds no actions. Use `Card` with a footer for actions.
   * @sv Finns inte: ett länkkort har inga handlingar. Använd `Card` med `footer` för handlingar.
   */
  footer?: never;
}

export type LinkCardProps = LinkCardOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof LinkCardOwnProps>;

// What a person can tab to or press; none of it belongs inside a block link.
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';

/**
 * A card that leads somewhere: the heading's link is stretched over the card, so the whole
 * card is one target and one tab stop, read as a heading with a short link name. The text
 * stays selectable; a plain click on it follows the link.
 *
 * Usage rule: one destination per card and nothing else to press inside it. A card with
 * several actions is a `Card` with a footer.
 */
export const LinkCard = forwardRef<HTMLDivElement, LinkCardProps>(function LinkCard(
  { href, heading, headingLevel, media, surface, children, meta, external, target, className, onClick, footer: _footer, ...rest },
  ref,
) {
  const rootRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const mergedRef = useMergedRefs(ref, rootRef);
  // The click this card passed on to its link, so the app's onClick sees one click, not two.
  const forwarded = useRef<Event | null>(null);

  if (process.env.NODE_ENV !== 'production') {
    if (typeof href !== 'string' || href.trim() === '') {
      warnOnce('LinkCard', '`href` is missing, so the card leads nowhere. Give it an `href`, or use `Card` for content that is not a link.');
    }
    if (_footer !== undefined) {
      warnOnce('LinkCard', '`footer` is not available: a link card holds no actions. Use `meta` for a date or category, or `Card` with a footer for actions.');
    }
  }

  // Nested links and buttons inside a block link are a trap (two targets in one, lost in a screen
  // reader's link list); types cannot see inside children, so check what was rendered.
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const nested = Array.from(rootRef.current?.querySelectorAll(INTERACTIVE) ?? []).filter((node) => node !== linkRef.current);
    if (nested.length > 0) {
      const what = nested[0]!.tagName.toLowerCase();
      warnOnce('LinkCard', `holds another interactive element (<${what}>); the whole card is already one link. Move it out, or use \`Card\` with a footer for several actions.`);
    }
  });

  // A plain click on the raised text follows the link; a drag that selects text does not.
  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.nativeEvent === forwarded.current) return;
    onClick?.(event);
    const anchor = linkRef.current;
    if (event.defaultPrevented || !anchor || event.button !== 0) return;
    const origin = event.target as Node;
    if (anchor.contains(origin)) return;
    if ((origin as Element).closest?.(INTERACTIVE)) return;
    // The card's own document and window (the card may live in an iframe).
    const doc = anchor.ownerDocument;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const View = doc.defaultView ?? globalThis;
    const click = new View.MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
    });
    forwarded.current = click;
    anchor.dispatchEvent(click);
    forwarded.current = null;
  };

  return (
    <Card
      ref={mergedRef}
      className={cx(styles.linkCard, className)}
      headingLevel={headingLevel}
      surface={surface}
      media={media}
      heading={
        <NavAnchor component="LinkCard" ref={linkRef} className={styles.link} href={href} external={external} target={target}>
          {heading}
        </NavAnchor>
      }
      footer={meta === undefined || meta === null || meta === false || meta === '' ? undefined : <span className={styles.raised}>{meta}</span>}
      onClick={handleClick}
      {...rest}
    >
      {children === undefined || children === null || children === false || children === '' ? undefined : <div className={styles.raised}>{children}</div>}
    </Card>
  );
});
LinkCard.displayName = 'LinkCard';
