'use client';
import {
  cloneElement,
  forwardRef,
  isValidElement,
  useEffect,
  useReducer,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type RefObject,
} from 'react';
import { CloseIcon } from '@goteborgsstad/icons';
import { commonStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { anchorNameFor, hasPopoverApi, isPopoverOpen, popoverTargetProps } from './popoverApi.js';
import * as styles from './Popover.css.js';

/** Which side of the trigger the popover opens on, in reading direction (mirrors in right to left). */
export type PopoverPlacement = 'block-end' | 'block-start' | 'inline-end' | 'inline-start';
export type PopoverHeadingLevel = 2 | 3 | 4;

/** The props Popover adds to its trigger element. */
interface PopoverTriggerProps {
  style?: CSSProperties | undefined;
  onClick?: ((event: MouseEvent<HTMLElement>) => void) | undefined;
  'aria-expanded'?: boolean | 'true' | 'false' | undefined;
}

interface PopoverOwnProps {
  /**
   * The button that opens and closes the popover: a `Button` or a `<button>` (the browser's
   * `popovertarget` works only on buttons, so it opens even before the page's JavaScript has
   * loaded). Popover adds `popovertarget`, `aria-expanded` and the anchor for positioning to it.
   * @sv Knappen som öppnar och stänger popovern: en `Button` eller `<button>`. Popover lägger till `popovertarget`, `aria-expanded` och ankaret för placeringen.
   */
  trigger: ReactElement<PopoverTriggerProps>;
  /**
   * The popover's heading, which also names it for screen readers (`aria-labelledby`). Say
   * what it is about: "Så räknas avgiften", not "Info".
   * @sv Popoverns rubrik, som också är dess namn för skärmläsare. Säg vad den handlar om.
   */
  heading: ReactNode;
  /**
   * Level of the heading element: one below the heading of the section the trigger is in.
   * @sv Rubriknivå: en nivå under rubriken i avsnittet där knappen står.
   * @default 3
   */
  headingLevel?: PopoverHeadingLevel;
  /**
   * The content: a few sentences, maybe a link. Keep forms and long text out (use a `Dialog`
   * or a page of its own).
   * @sv Innehållet: några meningar, kanske en länk. Formulär och lång text passar inte (använd `Dialog` eller en egen sida).
   */
  children?: ReactNode;
  /**
   * Whether the popover is shown (controlled). Pair with `onOpenChange`. Leave out to let the
   * popover keep its own state from `defaultOpen`.
   * @sv Om popovern visas (styrt läge). Används med `onOpenChange`.
   */
  open?: boolean;
  /**
   * Shown from the start (uncontrolled). It opens when the page's JavaScript has run; the
   * server HTML has it closed.
   * @sv Visas från början (ostyrt läge). Öppnas när sidans JavaScript har körts.
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called with the new state whenever it opens or closes: by the trigger, the close button,
   * Escape or a click outside it.
   * @sv Anropas med det nya läget när popovern öppnas eller stängs: knappen, stängknappen, Escape eller ett klick utanför.
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * The side of the trigger it opens on: `block-end` below, `block-start` above, `inline-end`
   * after (right; left in right to left), `inline-start` before. Near the edge of the screen it
   * flips to the other side by itself.
   * @sv Sidan av knappen den öppnas på: `block-end` under, `block-start` över, `inline-end` efter, `inline-start` före. Vid skärmkanten byter den sida själv.
   * @default 'block-end'
   */
  placement?: PopoverPlacement;
  /**
   * Shows the close button next to the heading. Escape and a click outside close it too, but
   * touch screen and screen reader users need the button.
   * @sv Visar stängknappen bredvid rubriken. Escape och klick utanför stänger också, men den behövs för pekskärm och skärmläsare.
   * @default true
   */
  closeButton?: boolean;
  /**
   * Accessible name of the close button.
   * @sv Stängknappens tillgängliga namn.
   * @default "Stäng" / "Close" (from the dictionaries)
   */
  closeLabel?: string;
  /**
   * The element that gets focus when the popover opens. Default: the popover itself, so a
   * screen reader reads its name and Tab goes on to the links in it.
   * @sv Elementet som får fokus när popovern öppnas. Standard: popovern själv.
   */
  initialFocusRef?: RefObject<HTMLElement | null>;
}

export type PopoverProps = PopoverOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof PopoverOwnProps | 'popover' | 'role' | 'hidden'>;

/**
 * A small non-modal dialog next to its trigger button, on the browser's Popover API: it sits
 * above everything (top layer), closes on Escape, on a click outside and with its close button,
 * and opens from its button even before the JavaScript has loaded. Placed with CSS anchor
 * positioning below the trigger (or the side you choose), flipping at the screen's edge; in
 * browsers without anchor positioning it is centred on the screen.
 *
 * Usage rule: for a short explanation or a few links the person asks for ("Vad kostar det?").
 * Not for the only copy of something needed to finish a task (show it on the page), and not for
 * forms (use a Dialog).
 */
export const Popover = forwardRef<HTMLDivElement, PopoverProps>(function Popover(
  {
    trigger,
    heading,
    headingLevel = 3,
    children,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    placement = 'block-end',
    closeButton = true,
    closeLabel,
    initialFocusRef,
    id: idProp,
    className,
    style,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const strings = useSectionStrings(commonStrings);
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const id = useSafeId(idProp, 'gbg-popover');
  const headingId = `${id}-heading`;
  const anchorName = anchorNameFor(id);
  const popoverRef = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRefs(ref, popoverRef);
  // Assume the Popover API on the server and in the first render (hydration must match); the
  // effect below turns to the `hidden` fallback where the browser lacks it (jsdom, old browsers).
  const [supported, setSupported] = useState(true);
  // A controlled popover the browser closed (or opened) without the owner following: render
  // again so the effect puts the element back in the owner's state.
  const [syncTick, resync] = useReducer((n: number) => n + 1, 0);
  const latest = useRef({ open, controlled: openProp !== undefined, setOpen, initialFocusRef });
  latest.current = { open, controlled: openProp !== undefined, setOpen, initialFocusRef };
  const mounted = useRef(false);
  // Set while the popover opens with the page (defaultOpen): focus stays where it is then.
  const openedWithPage = useRef(false);
  // The reader opened it before hydration: no effect run closes it until the state says open.
  const adoptedOpen = useRef(false);

  const hasHeading = heading != null && heading !== false && heading !== '';
  const triggerIsElement = isValidElement(trigger);
  if (process.env.NODE_ENV !== 'production') {
    if (!hasHeading && !rest['aria-label'] && !rest['aria-labelledby']) {
      warnOnce('Popover', 'has no `heading`. Give it a heading that says what it is about; it also names the popover for screen readers.');
    }
    if (!triggerIsElement) {
      warnOnce('Popover', '`trigger` must be a button element, e.g. `trigger={<Button variant="secondary">Vad kostar det?</Button>}`; a plain button was rendered.');
    }
    if (openProp !== undefined && !onOpenChange) {
      warnOnce('Popover', '`open` is set without `onOpenChange`, so Escape, a click outside and the close button cannot close it. Add `onOpenChange={setOpen}`, or use `defaultOpen`.');
    }
  }

  const findTrigger = (): HTMLElement | null => {
    const popover = popoverRef.current;
    if (!popover) return null;
    const root = popover.getRootNode() as Document | ShadowRoot;
    const candidates = root.querySelectorAll?.<HTMLElement>('[popovertarget]') ?? [];
    return [...candidates].find((el) => el.getAttribute('popovertarget') === id && !popover.contains(el)) ?? null;
  };

  // The browser opened or closed the element (trigger, Escape, light dismiss, close button):
  // bring the state along, and move focus in on open.
  useEffect(() => {
    const popover = popoverRef.current;
    if (!popover) return;
    if (!hasPopoverApi()) {
      setSupported(false);
      return;
    }
    // Opened from the server HTML before hydration (popovertarget needs no JavaScript): keep it
    // open and take the state along instead of closing it under the reader.
    if (isPopoverOpen(popover) && !latest.current.open) {
      adoptedOpen.current = true;
      latest.current.setOpen(true);
    }
    let focusWasInside = false;
    const onBeforeToggle = (event: Event) => {
      const next = (event as ToggleEvent).newState === 'open';
      if (!next) focusWasInside = popover.contains(document.activeElement);
      if (next !== latest.current.open) latest.current.setOpen(next);
    };
    const onToggle = (event: Event) => {
      const next = (event as ToggleEvent).newState === 'open';
      // A controlled owner that did not follow: put the element back in its state. (Here, not in
      // beforetoggle: the element finishes hiding or showing only after that event.)
      if (latest.current.controlled && next !== latest.current.open) {
        resync();
        return;
      }
      if (next) {
        if (openedWithPage.current) {
          openedWithPage.current = false;
          return;
        }
        if (!popover.contains(document.activeElement)) (latest.current.initialFocusRef?.current ?? popover).focus();
      } else if (focusWasInside) {
        focusWasInside = false;
        // Escape and the close button bring focus back to the trigger by themselves; this
        // covers the app closing it while focus was inside.
        const active = document.activeElement;
        if (active === null || active === document.body || popover.contains(active)) findTrigger()?.focus();
      }
    };
    popover.addEventListener('beforetoggle', onBeforeToggle);
    popover.addEventListener('toggle', onToggle);
    return () => {
      popover.removeEventListener('beforetoggle', onBeforeToggle);
      popover.removeEventListener('toggle', onToggle);
    };
  }, []);

  // Shows or hides the element to match the state (controlled, defaultOpen, the app's setState).
  useEffect(() => {
    const popover = popoverRef.current;
    const first = !mounted.current;
    mounted.current = true;
    if (!popover || !supported || !hasPopoverApi()) return;
    if (open) adoptedOpen.current = false;
    try {
      if (open && !isPopoverOpen(popover)) {
        openedWithPage.current = first;
        popover.showPopover();
      } else if (!open && isPopoverOpen(popover) && !adoptedOpen.current) {
        popover.hidePopover();
      }
    } catch {
      // Not connected, or shown in another mode by the page: leave it as it is.
    }
  }, [open, supported, syncTick]);

  // Without the Popover API the trigger and the close button toggle the state themselves.
  const fallbackToggle = (next: boolean) => {
    if (!supported) setOpen(next);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (!supported && event.key === 'Escape' && !event.defaultPrevented) {
      setOpen(false);
      findTrigger()?.focus();
    }
  };

  const triggerElement: ReactElement<PopoverTriggerProps> = triggerIsElement ? trigger : <button type="button">{trigger as ReactNode}</button>;
  const triggerProps = triggerElement.props;
  const clonedTrigger = cloneElement(triggerElement, {
    ...popoverTargetProps(id),
    'aria-expanded': open,
    style: { ...triggerProps.style, anchorName },
    onClick: (event: MouseEvent<HTMLElement>) => {
      triggerProps.onClick?.(event);
      if (!event.defaultPrevented) fallbackToggle(!open);
    },
  } as PopoverTriggerProps);

  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 4 ? 'h4' : 'h3';

  return (
    <>
      {clonedTrigger}
      <div
        ref={mergedRef}
        id={id}
        // Without the API (detected after hydration) the attribute would only hide it in engines
        // that style [popover] without supporting it: a plain disclosure with `hidden` then.
        popover={supported ? 'auto' : undefined}
        role="dialog"
        tabIndex={-1}
        aria-labelledby={hasHeading ? headingId : undefined}
        className={cx(styles.root, className)}
        data-placement={placement}
        style={{ ...style, positionAnchor: anchorName }}
        hidden={!supported && !open ? true : undefined}
        onKeyDown={handleKeyDown}
        {...rest}
      >
        <div className={styles.header}>
          {hasHeading && (
            <Heading id={headingId} className={styles.heading}>
              {heading}
            </Heading>
          )}
          {closeButton && (
            <button
              type="button"
              className={styles.close}
              aria-label={closeLabel ?? strings.close}
              {...popoverTargetProps(id, 'hide')}
              onClick={() => {
                if (!supported) {
                  setOpen(false);
                  findTrigger()?.focus();
                }
              }}
            >
              <CloseIcon className={styles.closeIcon} aria-hidden="true" focusable="false" />
            </button>
          )}
        </div>
        <div className={styles.body}>{children}</div>
      </div>
    </>
  );
});
Popover.displayName = 'Popover';
