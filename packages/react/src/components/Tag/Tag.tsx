'use client';
import {
  Children,
  forwardRef,
  useEffect,
  useRef,
  type ComponentPropsWithoutRef,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { CloseIcon } from '@goteborgsstad/icons';
import { useAnnounce } from '../../announce/index.js';
import { tagStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import * as styles from './Tag.css.js';

interface TagTextProps {
  /**
   * The tag's text: one or two words ("Förskola", "Gratis", "Hisingen"). It is also the end of
   * a removable tag's accessible name.
   * @sv Taggens text: ett eller två ord. Blir också slutet på borttagningsknappens namn.
   */
  children: ReactNode;
}

/** A static label: a `<span>`, not interactive. */
export interface StaticTagProps extends TagTextProps, Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * Not on a static tag: give `onRemove` to make a removable filter chip.
   * @sv Finns inte på en statisk tagg: ange onRemove för ett filter som kan tas bort.
   */
  onRemove?: never;
  /**
   * Only on a removable tag.
   * @sv Bara på en tagg som kan tas bort.
   */
  removeLabel?: never;
}

/** A removable filter chip: the whole chip is one `<button>`. */
export interface RemovableTagProps
  extends TagTextProps,
    Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onClick' | 'type'> {
  /**
   * Makes the tag a removable filter chip (a real button) and is called when it is pressed.
   * Remove the filter (and the tag) in the handler; focus then moves to the next chip, the
   * previous one, or the surrounding `TagList`, and the removal is spoken
   * ("Filtret Förskola är borttaget").
   * @sv Gör taggen till ett borttagbart filter (en riktig knapp). Anropas när den trycks; ta bort filtret i funktionen. Fokus flyttas till nästa filter och borttagningen läses upp.
   */
  onRemove: (event: MouseEvent<HTMLButtonElement>) => void;
  /**
   * Visually hidden words read before the text, making the button's name "Ta bort filter: Förskola".
   * @sv Dolda ord som läses före texten, så att knappens namn blir "Ta bort filter: Förskola".
   * @default "Ta bort filter:" / "Remove filter:" (from the dictionaries)
   */
  removeLabel?: string;
}

export type TagProps = StaticTagProps | RemovableTagProps;

function hasText(children: ReactNode): boolean {
  return Children.toArray(children).some((child) => typeof child !== 'string' || child.trim() !== '');
}

/**
 * The chips to try, in order, when a removed chip's button had focus: the next chips, then the
 * previous ones (nearest first), then the list itself when it can take focus.
 */
function focusCandidates(button: HTMLButtonElement): HTMLElement[] {
  const list = button.closest<HTMLElement>(`.${styles.list}`) ?? button.parentElement;
  if (!list) return [];
  const chips = Array.from(list.querySelectorAll<HTMLButtonElement>(`button.${styles.root}`));
  const at = chips.indexOf(button);
  const candidates: HTMLElement[] = [...chips.slice(at + 1), ...chips.slice(0, Math.max(at, 0)).reverse()];
  if (list.hasAttribute('tabindex')) candidates.push(list);
  return candidates;
}

/**
 * A short label: a category or property on a card or in a list ("Förskola", "Gratis"), or — with
 * `onRemove` — a removable filter chip that is one real button named "Ta bort filter: Förskola".
 *
 * Accessibility choice: the whole chip is the button (a large target, the visible text is part
 * of the name). After removal, focus moves to the next chip, else the previous one, else the
 * `TagList`; the removal is spoken through the shared live region (`useAnnounce`).
 *
 * Usage rule: tags are not links and not status. For case status use StatusBadge; to filter,
 * use form controls and show the chosen filters as removable tags in a `TagList`.
 */
export const Tag = forwardRef<HTMLElement, TagProps>(function Tag(props, ref) {
  const strings = useSectionStrings(tagStrings);
  const speak = useAnnounce();
  const textRef = useRef<HTMLSpanElement>(null);
  // Set on press: where focus goes if this chip is then unmounted while it had focus.
  const pending = useRef<HTMLElement[] | null>(null);
  const ok = hasText(props.children);

  if (process.env.NODE_ENV !== 'production' && !ok) {
    warnOnce('Tag', 'has no text. Give it one or two words as children, e.g. <Tag>Förskola</Tag>.');
  }

  useEffect(
    () => () => {
      // Passive cleanup runs after the chip left the DOM: if its button had focus, focus is now
      // on <body>; move it to the nearest remaining chip so keyboard users keep their place.
      const candidates = pending.current;
      if (!candidates) return;
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      candidates.find((element) => element.isConnected)?.focus();
    },
    [],
  );

  if (props.onRemove === undefined) {
    const { children, className, onRemove: _onRemove, removeLabel: _removeLabel, ...rest } = props as StaticTagProps;
    return (
      <span ref={ref as Ref<HTMLSpanElement>} className={cx(styles.root, className)} {...rest}>
        <span className={styles.text}>{children}</span>
      </span>
    );
  }

  const { children, className, onRemove, removeLabel, ...rest } = props;
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    pending.current = focusCandidates(button);
    const text = (textRef.current?.textContent ?? '').replace(/\s+/g, ' ').trim();
    onRemove(event);
    if (text) speak(strings.removed(text));
  };

  return (
    <button
      ref={ref as Ref<HTMLButtonElement>}
      type="button"
      className={cx(styles.root, className)}
      data-removable=""
      onClick={handleClick}
      {...rest}
    >
      {/* The space sits outside the hidden span: accessible-name computation trims inside it. */}
      <span className={visuallyHidden}>{removeLabel ?? strings.remove}</span>{' '}
      <span ref={textRef} className={styles.text}>
        {children}
      </span>
      <CloseIcon className={styles.removeIcon} />
    </button>
  );
});
Tag.displayName = 'Tag';

export interface TagListProps extends ComponentPropsWithoutRef<'ul'> {
  /**
   * The tags, one list item each. Give the list a name with `aria-label` when it holds filters
   * ("Valda filter").
   * @sv Taggarna, en listpunkt var. Ge listan ett namn med aria-label när den visar filter ("Valda filter").
   */
  children?: ReactNode;
}

/**
 * A wrapping list of tags: each child becomes a list item, so screen readers hear how many
 * there are. It can take focus (`tabIndex={-1}`) so focus has somewhere to go when the last
 * removable tag is removed.
 * @sv En lista med taggar som radbryts. Tar emot fokus när det sista filtret tas bort.
 */
export const TagList = forwardRef<HTMLUListElement, TagListProps>(function TagList({ children, className, ...rest }, ref) {
  return (
    <ul ref={ref} className={cx(styles.list, className)} tabIndex={-1} {...rest}>
      {Children.map(children, (child) =>
        child == null || typeof child === 'boolean' ? null : <li className={styles.item}>{child}</li>,
      )}
    </ul>
  );
});
TagList.displayName = 'TagList';
