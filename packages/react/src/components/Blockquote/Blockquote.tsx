import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { safeHref } from '../../navigation/safeHref.js';
import * as styles from './Blockquote.css.js';

interface BlockquoteOwnProps {
  /**
   * The quoted words, as said or written. No quotation marks: the bar and the larger type show
   * that it is a quote. Text or paragraphs.
   * @sv Det citerade, ordagrant. Utan citattecken: linjen och den större texten visar att det är ett citat.
   */
  children: ReactNode;
  /**
   * Who said or wrote it, and in what role or where: "Anna Svensson, ordförande i
   * kommunstyrelsen". Shown under the quote (`figcaption`), so it is read with it.
   * @sv Vem som sa eller skrev det, och i vilken roll eller var. Visas under citatet och läses upp med det.
   */
  attribution?: ReactNode;
  /**
   * The address of the source, for the `cite` attribute (not shown; for tools and search
   * engines). Only http(s) and relative URLs are kept, like every URL the library renders.
   * @sv Källans adress för attributet cite (visas inte). Bara säkra adresser behålls.
   */
  cite?: string;
}

export type BlockquoteProps = BlockquoteOwnProps & Omit<ComponentPropsWithoutRef<'figure'>, keyof BlockquoteOwnProps>;

/**
 * A quotation set apart from the text: a person's words in an article, a resident's story, a
 * line from a decision. The quote and who said it are one `figure`, so the attribution is tied
 * to the quote for everyone.
 *
 * Usage rule: only for words someone really said or wrote, quoted exactly; never to make a
 * point of the page's own text stand out (use a heading or a fact box for that).
 */
export const Blockquote = forwardRef<HTMLElement, BlockquoteProps>(function Blockquote(
  { children, attribution, cite, className, ...rest },
  ref,
) {
  if (process.env.NODE_ENV !== 'production') {
    if (children === undefined || children === null || children === '' || children === false) {
      warnOnce('Blockquote', 'has nothing to quote; pass the quoted words as children.');
    }
  }
  const hasAttribution = attribution !== undefined && attribution !== null && attribution !== '' && attribution !== false;
  return (
    <figure ref={ref} className={cx(styles.root, className)} {...rest}>
      <blockquote className={styles.quote} cite={safeHref('Blockquote', cite)}>
        {children}
      </blockquote>
      {hasAttribution && <figcaption className={styles.attribution}>{attribution}</figcaption>}
    </figure>
  );
});
Blockquote.displayName = 'Blockquote';
