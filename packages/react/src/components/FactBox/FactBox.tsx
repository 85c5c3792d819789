import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './FactBox.css.js';

export type FactBoxHeadingLevel = 2 | 3 | 4 | 5 | 6;

interface FactBoxOwnProps {
  /**
   * Short heading that names the facts ("Fakta om Västlänken", "Bra att veta"). It also names
   * the box as a landmark or region, so screen-reader users can find it.
   * @sv Kort rubrik som säger vad faktan gäller. Den namnger också rutan för skärmläsare.
   */
  heading: ReactNode;
  /**
   * Level of the heading element; match the page outline (an h2 beside an article's h1, an h3
   * inside one of its sections).
   * @sv Rubriknivå (2–6) som passar sidans rubrikstruktur.
   * @default 2
   */
  headingLevel?: FactBoxHeadingLevel;
  /**
   * `true` when the box stands beside the main content (in a sidebar column): it becomes an
   * `aside` landmark. `false` when it sits inside the text: a `section` named by its heading.
   * Only one complementary landmark per topic; do not make every box an aside.
   * @sv `true` när rutan står bredvid huvudinnehållet (i en sidokolumn): den blir ett `aside`-landmärke. Annars en `section` i texten.
   * @default false
   */
  aside?: boolean;
  /**
   * The facts: a few short paragraphs, a list, or a description list. Keep it to what the
   * reader needs at a glance; the article carries the rest.
   * @sv Faktan: några korta stycken, en lista eller en beskrivningslista. Bara det läsaren behöver på en blick.
   */
  children: ReactNode;
}

export type FactBoxProps = FactBoxOwnProps & Omit<ComponentPropsWithoutRef<'section'>, keyof FactBoxOwnProps>;

const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

function isEmpty(node: ReactNode): boolean {
  return node === undefined || node === null || node === false || node === '';
}

/**
 * A short, set-apart box of facts beside or inside an article: dates, numbers, who decides,
 * where to read more. A heading (level chosen to fit the page) and text or a list, on a quiet
 * surface from the palette; the text stays black or white.
 *
 * Usage rule: facts that support the article, never the only copy of something the reader
 * must do (put that in the text), and at most one or two fact boxes per page.
 */
export const FactBox = forwardRef<HTMLElement, FactBoxProps>(function FactBox(
  { heading, headingLevel = 2, aside = false, children, className, id, ...rest },
  ref,
) {
  const headingId = useSafeId(id ? `${id}-heading` : undefined, 'gbg-fact-box-heading');
  const levelOk = LEVELS.includes(headingLevel);
  if (process.env.NODE_ENV !== 'production') {
    if (!levelOk) {
      warnOnce('FactBox', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); an h2 was rendered. Pick the level that fits the page's headings.`);
    }
    if (isEmpty(heading)) {
      warnOnce('FactBox', 'has no `heading`; give it a short heading such as "Fakta om …" so the box is named.');
    }
    if (isEmpty(children)) {
      warnOnce('FactBox', 'has no facts; pass the text or list as children, or leave the box out.');
    }
  }
  const Root = aside ? 'aside' : 'section';
  const Heading = `h${levelOk ? headingLevel : 2}` as 'h2';
  const named = !isEmpty(heading);
  return (
    <Root
      ref={ref}
      id={id}
      className={cx(styles.root, className)}
      aria-labelledby={named ? headingId : undefined}
      {...rest}
    >
      {named && (
        <Heading id={headingId} className={styles.heading}>
          {heading}
        </Heading>
      )}
      <div className={styles.content}>{children}</div>
    </Root>
  );
});
FactBox.displayName = 'FactBox';
