import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import * as styles from './Skeleton.css.js';

export type SkeletonVariant = 'text' | 'block' | 'circle';

interface SkeletonOwnProps {
  /**
   * The shape: `text` for lines of text, `block` for an image or a card, `circle` for an avatar
   * or an icon. Match the content that will come, so the page does not jump.
   * @sv Formen: text för textrader, block för bild eller kort, circle för en rund bild. Välj formen på innehållet som kommer.
   * @default 'text'
   */
  variant?: SkeletonVariant;
  /**
   * Number of text lines (`text` only); the last of several is shorter, like a paragraph.
   * @sv Antal textrader (bara text); den sista av flera är kortare, som i ett stycke.
   * @default 1
   */
  lines?: number;
  /**
   * Width as a CSS length. `circle` uses it for both sides.
   * @sv Bredd som CSS-längd. För circle gäller den båda sidorna.
   * @default '100%' (`circle`: '3rem')
   */
  inlineSize?: string;
  /**
   * Height as a CSS length (`block` only).
   * @sv Höjd som CSS-längd (bara block).
   * @default '8rem'
   */
  blockSize?: string;
}

export type SkeletonProps = SkeletonOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof SkeletonOwnProps | 'children'>;

const VARIANTS: readonly unknown[] = ['text', 'block', 'circle'];

/**
 * A grey placeholder in the shape of content that is loading. Always hidden from assistive
 * technology: put skeletons in a `SkeletonRegion`, which marks the area busy and says once, in
 * words, that it is loading. With reduced motion there is no shimmer.
 *
 * Usage rule: only where the content's shape is known and it comes within a few seconds; never
 * as the only sign of loading, and never for content that failed — show an error instead.
 */
export const Skeleton = forwardRef<HTMLDivElement, SkeletonProps>(function Skeleton(
  { variant = 'text', lines = 1, inlineSize, blockSize, className, style, ...rest },
  ref,
) {
  const variantOk = VARIANTS.includes(variant);
  const safeVariant: SkeletonVariant = variantOk ? variant : 'text';
  const linesOk = Number.isInteger(lines) && lines >= 1;
  const count = linesOk ? Math.min(lines, 20) : 1;

  if (process.env.NODE_ENV !== 'production') {
    if (!variantOk) warnOnce('Skeleton', `\`variant\` must be "text", "block" or "circle" (got ${JSON.stringify(variant)}); "text" was used.`);
    if (!linesOk) warnOnce('Skeleton', `\`lines\` must be a whole number from 1 (got ${JSON.stringify(lines)}); 1 line was drawn.`);
  }

  const size: CSSProperties =
    safeVariant === 'circle'
      ? { inlineSize: inlineSize ?? '3rem', blockSize: inlineSize ?? '3rem' }
      : safeVariant === 'block'
        ? { inlineSize, blockSize: blockSize ?? '8rem' }
        : { inlineSize };

  return (
    <div
      ref={ref}
      className={cx(styles.root, className)}
      data-variant={safeVariant}
      aria-hidden="true"
      style={{ ...size, ...style }}
      {...rest}
    >
      {safeVariant === 'text' &&
        Array.from({ length: count }, (_, index) => <span key={index} className={styles.line} />)}
    </div>
  );
});
Skeleton.displayName = 'Skeleton';
