'use client';
import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useAnnounce } from '../../announce/index.js';
import { skeletonStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './Skeleton.css.js';

interface SkeletonRegionOwnProps {
  /**
   * True while the content inside is loading: the region gets `aria-busy="true"`, carries the
   * loading text and says it once through the page's live region.
   * @sv Sant medan innehållet laddas: området får aria-busy="true", har laddningstexten och läser upp den en gång.
   */
  loading: boolean;
  /**
   * What is loading, in words: "Laddar dina ärenden…". Said once when loading starts.
   * @sv Vad som laddas, i ord. Läses upp en gång när laddningen börjar.
   * @default "Laddar innehåll…" / "Loading content…" (from the dictionaries)
   */
  label?: string;
  /**
   * Said once when loading ends: "12 ärenden har laddats". Leave it out when the new content
   * speaks for itself or focus moves to it.
   * @sv Läses upp en gång när laddningen är klar, till exempel "12 ärenden har laddats".
   */
  doneLabel?: string;
  /**
   * Skeletons while loading, the content afterwards.
   * @sv Skelett medan det laddar, innehållet efteråt.
   */
  children?: ReactNode;
}

export type SkeletonRegionProps = SkeletonRegionOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof SkeletonRegionOwnProps | 'aria-busy'>;

/**
 * The area that is loading. While `loading`, it is `aria-busy`, holds the loading text as
 * visually hidden text and speaks it once through the shared live region (`useAnnounce`); the
 * skeletons inside are hidden from assistive technology. When loading ends it can say so once
 * (`doneLabel`).
 *
 * Usage rule: one region per area that loads on its own (a list, a card); not one per skeleton.
 */
export const SkeletonRegion = forwardRef<HTMLDivElement, SkeletonRegionProps>(function SkeletonRegion(
  { loading, label, doneLabel, children, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(skeletonStrings);
  const speak = useAnnounce();
  const given = typeof label === 'string' ? label.trim() : '';
  const text = given || strings.loading;
  // Which loading period has been spoken: survives Strict Mode's effect replay, so it is said once.
  const spoken = useRef<'loading' | 'done' | null>(null);

  if (process.env.NODE_ENV !== 'production' && label !== undefined && !given) {
    warnOnce('SkeletonRegion', `\`label\` is empty; "${strings.loading}" was used. Say what is loading, e.g. label="Laddar dina ärenden…".`);
  }

  useEffect(() => {
    if (loading) {
      if (spoken.current === 'loading') return;
      spoken.current = 'loading';
      speak(text);
    } else if (spoken.current === 'loading') {
      spoken.current = 'done';
      if (doneLabel) speak(doneLabel);
    }
  }, [loading, text, doneLabel, speak]);

  return (
    <div ref={ref} className={cx(styles.region, className)} aria-busy={loading || undefined} {...rest}>
      {loading && <span className={visuallyHidden}>{text}</span>}
      {children}
    </div>
  );
});
SkeletonRegion.displayName = 'SkeletonRegion';
