import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './Figure.css.js';

/** Either a text alternative, or an explicit statement that the image is decoration. */
type FigureAlt =
  | {
      /**
       * What the image shows that matters here, in words: "Barn som leker i Slottsskogen". Not
       * "Bild på …", not the file name. Required unless `decorative`.
       * @sv Vad bilden visar som är viktigt här, i ord. Inte "Bild på …" eller filnamnet. Krävs om inte `decorative`.
       */
      alt: string;
      /**
       * @sv Sätts inte när bilden har en alt-text.
       * @default false
       */
      decorative?: false;
    }
  | {
      /**
       * The image adds nothing that the text and caption do not already say, so it is hidden
       * from screen readers (`alt=""`). A deliberate choice: it must be written out.
       * @sv Bilden tillför inget som texten och bildtexten inte redan säger, och döljs för skärmläsare (alt=""). Ett medvetet val som skrivs ut.
       * @default false
       */
      decorative: true;
      /** @sv Ingen alt-text för en dekorativ bild. */
      alt?: never;
    };

interface FigureOwnProps {
  /**
   * The image address.
   * @sv Bildens adress.
   */
  src: string;
  /**
   * Other widths of the same image, for sharp images on every screen (`srcset`).
   * @sv Andra bredder av samma bild (srcset), för skarpa bilder på alla skärmar.
   */
  srcSet?: string;
  /**
   * How wide the image is shown at each screen width (`sizes`), with `srcSet`.
   * @sv Hur bred bilden visas vid olika skärmbredder (sizes), tillsammans med srcSet.
   */
  sizes?: string;
  /**
   * The image's own width and height in pixels. Give both: the browser keeps room for the image
   * while it loads, so the text does not jump.
   * @sv Bildens egen bredd i pixlar. Ange både bredd och höjd så att texten inte hoppar när bilden laddas.
   */
  width?: number;
  /**
   * The image's own height in pixels; give it with `width`.
   * @sv Bildens egen höjd i pixlar.
   */
  height?: number;
  /**
   * Crop the image to a shape, whatever its own proportions: `16/9`, `4/3`, `1/1`.
   * @sv Beskär bilden till ett format oavsett dess egna proportioner.
   * @default the image's own proportions
   */
  aspectRatio?: '16/9' | '4/3' | '3/2' | '1/1';
  /**
   * `lazy` loads the image when it nears the screen; use `eager` for the first image of a page.
   * @sv lazy laddar bilden när den närmar sig skärmen; eager för sidans första bild.
   * @default 'lazy'
   */
  loading?: 'lazy' | 'eager';
  /**
   * The caption: what the image is about, in a sentence. Read after the image.
   * @sv Bildtexten: vad bilden handlar om, i en mening. Läses efter bilden.
   */
  caption?: ReactNode;
  /**
   * Who took or made the image: "Foto: Anna Svensson". Shown with the caption.
   * @sv Vem som tagit eller gjort bilden: "Foto: Anna Svensson". Visas med bildtexten.
   */
  credit?: ReactNode;
}

export type FigureProps = FigureOwnProps & FigureAlt & Omit<ComponentPropsWithoutRef<'figure'>, keyof FigureOwnProps | 'children'>;

const looksLikeFileName = /\.(jpe?g|png|gif|webp|avif|svg)$|^(img|dsc|image)[_-]?\d+/i;
const redundantStart = /^(bild|foto|fotografi|image|picture|photo)( (på|av|of))?\b/i;
const present = (node: ReactNode) => node !== undefined && node !== null && node !== '' && node !== false;

/**
 * An image with its caption and credit, as one `figure`. The text alternative is required by
 * the types, or the image is declared decorative in so many words (`decorative`): an image can
 * never lose its alt text by accident.
 *
 * Usage rule: photographs first (the profile puts photography before illustration); the caption
 * adds what the image cannot say — it does not repeat the alt text.
 */
export const Figure = forwardRef<HTMLElement, FigureProps>(function Figure(props, ref) {
  const { src, srcSet, sizes, width, height, aspectRatio, loading = 'lazy', caption, credit, alt, decorative, className, ...rest } =
    props as FigureOwnProps & { alt?: string; decorative?: boolean } & Omit<ComponentPropsWithoutRef<'figure'>, 'children'>;
  const text = decorative ? '' : typeof alt === 'string' ? alt.trim() : '';

  if (process.env.NODE_ENV !== 'production') {
    if (!decorative && !text) {
      warnOnce('Figure', 'the image has no text alternative. Describe what it shows with `alt`, or set `decorative` if the text already says it all.');
    } else if (decorative && alt !== undefined) {
      warnOnce('Figure', '`decorative` hides the image from screen readers, so `alt` is ignored; remove one of them.');
    } else if (looksLikeFileName.test(text)) {
      warnOnce('Figure', `\`alt\` looks like a file name ("${text}"); describe what the image shows.`);
    } else if (redundantStart.test(text)) {
      warnOnce('Figure', `\`alt\` starts with "${text.split(' ').slice(0, 2).join(' ')}"; screen readers already say it is an image — start with what it shows.`);
    }
    if (typeof caption === 'string' && caption.trim() === text && text) {
      warnOnce('Figure', 'the caption repeats `alt`, so it is read twice; let the caption add what the image cannot say, or set `decorative`.');
    }
    if ((width === undefined) !== (height === undefined)) {
      warnOnce('Figure', 'give both `width` and `height` (the image’s own pixels), so the page keeps room for it while it loads.');
    }
  }

  const hasCaption = present(caption) || present(credit);
  return (
    <figure ref={ref} className={cx(styles.root, className)} {...rest}>
      <img
        className={styles.image}
        src={src}
        srcSet={srcSet}
        sizes={sizes}
        width={width}
        height={height}
        alt={text}
        loading={loading}
        decoding="async"
        data-aspect-ratio={aspectRatio}
      />
      {hasCaption && (
        <figcaption className={styles.caption}>
          {present(caption) && <span className={styles.captionText}>{caption}</span>}
          {/* A space, so the caption and credit do not run together in the figure's name. */}
          {present(caption) && present(credit) && ' '}
          {present(credit) && <span className={styles.credit}>{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
});
Figure.displayName = 'Figure';
