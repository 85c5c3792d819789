'use client';
import {
  cloneElement,
  forwardRef,
  isValidElement,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type FocusEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { anchorNameFor, hasPopoverApi, isPopoverOpen } from '../Popover/popoverApi.js';
import * as styles from './Tooltip.css.js';

/** Which side of the trigger the tooltip shows on (it flips at the screen's edge). */
export type TooltipPlacement = 'block-start' | 'block-end';

/** The props Tooltip adds to its trigger element. */
interface TooltipTriggerProps {
  style?: CSSProperties | undefined;
  'aria-describedby'?: string | undefined;
  onPointerEnter?: ((event: PointerEvent<HTMLElement>) => void) | undefined;
  onPointerLeave?: ((event: PointerEvent<HTMLElement>) => void) | undefined;
  onFocus?: ((event: FocusEvent<HTMLElement>) => void) | undefined;
  onBlur?: ((event: FocusEvent<HTMLElement>) => void) | undefined;
}

interface TooltipOwnProps {
  /**
   * The short supplementary text, a few words ("Skriv ut sidan"). Plain text only: a tooltip
   * cannot hold links or buttons, and it must never be the only copy of something the person
   * needs, because touch screens have no hover.
   * @sv Den korta kompletterande texten, några ord. Bara text: inga länkar eller knappar, och aldrig det enda stället där något viktigt står (pekskärmar har ingen hovring).
   */
  content: string;
  /**
   * The one element the tooltip describes: a focusable control with an accessible name of its
   * own (an icon-only `Button` with `aria-label`). The tooltip is added to its description
   * (`aria-describedby`), not its name.
   * @sv Elementet som tooltipen beskriver: en fokuserbar kontroll med ett eget tillgängligt namn (t.ex. en ikonknapp med `aria-label`). Tooltipen blir dess beskrivning, inte dess namn.
   */
  children: ReactElement<TooltipTriggerProps>;
  /**
   * Which side it shows on: `block-start` above, `block-end` below. It flips when there is no
   * room.
   * @sv Sidan den visas på: `block-start` över, `block-end` under. Den byter sida om det inte får plats.
   * @default 'block-start'
   */
  placement?: TooltipPlacement;
  /**
   * Milliseconds the pointer rests on the trigger before the tooltip shows, so it does not
   * flash while the pointer passes by. Keyboard focus shows it at once.
   * @sv Millisekunder som pekaren vilar på kontrollen innan tooltipen visas. Tangentbordsfokus visar den direkt.
   * @default 300
   */
  delay?: number;
  /**
   * Whether the tooltip is shown (controlled): it then shows and hides only when this changes.
   * Pointer, focus and Escape ask through `onOpenChange`. Rarely needed, e.g. a step in a
   * guided tour; pair it with `onOpenChange` so Escape can still hide it (WCAG 1.4.13).
   * @sv Om tooltipen visas (styrt läge): den visas och döljs bara när värdet ändras. Pekare, fokus och Escape ber om en ändring via `onOpenChange`. Behövs sällan, t.ex. i ett steg i en guidad visning; använd med `onOpenChange` så att Escape fortfarande kan dölja den.
   */
  open?: boolean;
  /**
   * Shown from the start (uncontrolled); pointer, focus and Escape take over from there. The
   * server HTML has it hidden; it shows when the page's JavaScript has run.
   * @sv Visas från början (ostyrt läge); sedan styr pekare, fokus och Escape. Dold i serverns HTML, visas när sidans JavaScript har körts.
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called with the new state each time the person shows or hides it: the pointer rests on the
   * control or leaves, keyboard focus arrives or moves on, Escape. Not called when `open` changes.
   * @sv Anropas med det nya läget varje gång personen visar eller döljer tooltipen: pekaren vilar på kontrollen eller lämnar den, tangentbordsfokus kommer eller går, Escape. Anropas inte när `open` ändras.
   */
  onOpenChange?: (open: boolean) => void;
}

export type TooltipProps = TooltipOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof TooltipOwnProps | 'popover' | 'role' | 'hidden'>;

/** Time the pointer has to cross the gap from the trigger onto the tooltip (WCAG 1.4.13 hoverable). */
const HIDE_GRACE_MS = 150;

/** The trigger's own accessible name, roughly: enough to tell "has one" from "has none". */
function hasOwnName(element: HTMLElement): boolean {
  if (element.getAttribute('aria-label')?.trim()) return true;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = element.ownerDocument;
    if (labelledBy.split(/\s+/).some((ref) => doc.getElementById(ref)?.textContent?.trim())) return true;
  }
  if (element.textContent?.trim()) return true;
  if (element.querySelector('img[alt]:not([alt=""]), svg[aria-label], [role="img"][aria-label]')) return true;
  const labels = (element as HTMLInputElement).labels;
  if (labels && [...labels].some((label) => label.textContent?.trim())) return true;
  return Boolean(element.getAttribute('title')?.trim());
}

/** Pointer or keyboard focus on the element, not a tap or click (`:focus-visible`). */
function focusVisible(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * A short text that describes a control, shown when the pointer rests on it and when it gets
 * keyboard focus (WCAG 1.4.13): Escape hides it without moving focus, the pointer can move onto
 * it, and it stays until the pointer leaves, focus moves on or Escape. On the Popover API
 * (`popover="manual"`, in the top layer) and placed with CSS anchor positioning above the
 * control, flipping below at the screen's edge.
 *
 * Usage rule: supplementary only. The control has its own name; the tooltip never holds the
 * only copy of information (touch screens have no hover). Instructions and errors belong on the
 * page, next to the field.
 */
export const Tooltip = forwardRef<HTMLDivElement, TooltipProps>(function Tooltip(
  {
    content,
    children,
    placement = 'block-start',
    delay = 300,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    id: idProp,
    className,
    style,
    onPointerEnter,
    onPointerLeave,
    ...rest
  },
  ref,
) {
  const id = useSafeId(idProp, 'gbg-tooltip');
  const anchorName = anchorNameFor(id);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRefs(ref, tooltipRef);
  const [requested, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  // The shown state as last rendered: a request to the same state reports nothing.
  const current = useRef(requested);
  current.current = requested;
  const change = (next: boolean) => {
    if (next !== current.current) setOpen(next);
  };
  // Assume the Popover API on the server and in the first render; without it (jsdom, old
  // browsers) the tooltip is a plain element shown and hidden with `hidden`.
  const [supported, setSupported] = useState(true);
  const showTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Escape hid it: it stays hidden until the pointer leaves or focus moves away and comes back.
  const dismissed = useRef(false);

  const childIsElement = isValidElement(children);
  const hasContent = typeof content === 'string' && content.trim() !== '';
  // An empty bubble never shows, controlled or not.
  const open = requested && hasContent;
  if (process.env.NODE_ENV !== 'production') {
    if (!childIsElement) {
      warnOnce('Tooltip', '`children` must be one element, the control it describes, e.g. `<Tooltip content="Skriv ut"><Button icon={PrinterIcon} aria-label="Skriv ut" /></Tooltip>`.');
    }
    if (!hasContent) {
      warnOnce('Tooltip', 'has no `content`. Give it a short text, or leave the Tooltip out.');
    }
    if (openProp !== undefined && !onOpenChange) {
      warnOnce('Tooltip', '`open` is set without `onOpenChange`, so Escape, the pointer and focus cannot hide it (WCAG 1.4.13). Add `onOpenChange={setOpen}`, or use `defaultOpen`.');
    }
  }

  const clearTimers = () => {
    clearTimeout(showTimer.current);
    clearTimeout(hideTimer.current);
  };
  const show = (after: number) => {
    clearTimeout(hideTimer.current);
    if (dismissed.current || !hasContent) return;
    clearTimeout(showTimer.current);
    if (after <= 0) change(true);
    else showTimer.current = setTimeout(() => change(true), after);
  };
  const hide = (after: number) => {
    clearTimeout(showTimer.current);
    clearTimeout(hideTimer.current);
    if (after <= 0) change(false);
    else hideTimer.current = setTimeout(() => change(false), after);
  };

  useEffect(() => {
    if (!hasPopoverApi()) setSupported(false);
    return clearTimers;
  }, []);

  // The trigger: found by its description reference (the tooltip renders right after it).
  const findTrigger = (): HTMLElement | null => {
    const tooltip = tooltipRef.current;
    if (!tooltip) return null;
    const root = tooltip.getRootNode() as Document | ShadowRoot;
    const candidates = root.querySelectorAll?.<HTMLElement>('[aria-describedby]') ?? [];
    return [...candidates].find((el) => el.getAttribute('aria-describedby')!.split(/\s+/).includes(id)) ?? null;
  };

  // Development check on the rendered trigger: its own name and focusability.
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const trigger = findTrigger();
    if (!trigger) return;
    if (!hasOwnName(trigger)) {
      warnOnce('Tooltip', 'its trigger has no accessible name of its own. The tooltip only describes the control (aria-describedby); name the control too, e.g. `aria-label="Skriv ut"` on an icon-only button.');
    }
    if (trigger.tabIndex < 0) {
      warnOnce('Tooltip', 'its trigger cannot get keyboard focus, so keyboard users never see the tooltip. Put the tooltip on a button, link or field.');
    }
  });

  // Shows and hides the element; Escape anywhere hides it without moving focus.
  useEffect(() => {
    const tooltip = tooltipRef.current;
    if (!tooltip) return;
    if (hasPopoverApi()) {
      try {
        if (open && !isPopoverOpen(tooltip)) tooltip.showPopover();
        else if (!open && isPopoverOpen(tooltip)) tooltip.hidePopover();
      } catch {
        // Not connected: nothing to show.
      }
    }
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Only the tooltip closes: a dialog or popover around the control stays open.
      event.preventDefault();
      event.stopPropagation();
      dismissed.current = true;
      hide(0);
    };
    const doc = tooltip.ownerDocument;
    doc.addEventListener('keydown', onKeyDown, true);
    return () => doc.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  const child: ReactElement<TooltipTriggerProps> = childIsElement ? children : <span tabIndex={0}>{children as ReactNode}</span>;
  const childProps = child.props;
  const trigger = cloneElement(child, {
    'aria-describedby': [childProps['aria-describedby'], id].filter(Boolean).join(' '),
    style: { ...childProps.style, anchorName },
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      childProps.onPointerEnter?.(event);
      // Touch has no hover: a tap must not leave a tooltip behind.
      if (event.pointerType !== 'touch') show(delay);
    },
    onPointerLeave: (event: PointerEvent<HTMLElement>) => {
      childProps.onPointerLeave?.(event);
      if (event.pointerType === 'touch') return;
      dismissed.current = false;
      hide(HIDE_GRACE_MS);
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      childProps.onFocus?.(event);
      if (focusVisible(event.currentTarget)) show(0);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      childProps.onBlur?.(event);
      dismissed.current = false;
      hide(0);
    },
  } as TooltipTriggerProps);

  return (
    <>
      {trigger}
      <div
        ref={mergedRef}
        id={id}
        role="tooltip"
        popover={supported ? 'manual' : undefined}
        // Hidden as well as a popover: without the Popover API (old browsers, before hydration)
        // the text must not show up inline.
        hidden={!open}
        className={cx(styles.root, className)}
        data-placement={placement}
        style={{ ...style, positionAnchor: anchorName }}
        onPointerEnter={(event) => {
          onPointerEnter?.(event);
          // Hoverable: the pointer moved from the trigger onto the tooltip.
          clearTimeout(hideTimer.current);
        }}
        onPointerLeave={(event) => {
          onPointerLeave?.(event);
          hide(HIDE_GRACE_MS);
        }}
        {...rest}
      >
        {content}
      </div>
    </>
  );
});
Tooltip.displayName = 'Tooltip';
