'use client';
import { forwardRef, useRef, type ComponentPropsWithoutRef, type ReactNode, type RefObject, type SyntheticEvent } from 'react';
import { CloseIcon } from '@goteborgsstad/icons';
import { dialogStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import * as styles from './Dialog.css.js';
import { dialogNaming, useModal } from './useModal.js';

export type DialogSize = 'sm' | 'md' | 'lg';
export type DialogHeadingLevel = 2 | 3;

interface DialogOwnProps {
  /**
   * Whether the dialog is shown (controlled). Pair with `onOpenChange`. Leave out to let the
   * dialog keep its own state from `defaultOpen`.
   * @sv Om dialogen visas (styrt läge). Används med `onOpenChange`.
   */
  open?: boolean;
  /**
   * Shown from the start (uncontrolled). A modal dialog opens after the page has loaded; the
   * server HTML has it closed.
   * @sv Visas från början (ostyrt läge). En modal dialog öppnas när sidan laddats.
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called with `false` when the person closes the dialog (close button, Escape) and with the
   * new value whenever the dialog's own state changes.
   * @sv Anropas med `false` när dialogen stängs (stängknappen, Escape).
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * Modal (the default) makes the page behind inert, dims it and stops it scrolling; Tab stays
   * in the dialog. Non-modal floats at the inline end and leaves the page usable: use it only
   * for help the person reads while working on the page.
   * @sv Modal (standard) gör sidan bakom overksam, tonar ner den och låser rullningen. Icke-modal svävar i radens slut och låter sidan användas.
   * @default true
   */
  modal?: boolean;
  /**
   * The dialog's heading, which also names it for screen readers (`aria-labelledby`). Say what
   * the dialog is for: "Ändra leveransadress", not "Dialog".
   * @sv Dialogens rubrik, som också är dess namn för skärmläsare. Säg vad dialogen gäller.
   */
  heading: ReactNode;
  /**
   * Level of the heading element.
   * @sv Rubriknivå.
   * @default 2
   */
  headingLevel?: DialogHeadingLevel;
  /**
   * One or two sentences under the heading, read out with the name when the dialog opens
   * (`aria-describedby`). Keep long content in `children`.
   * @sv En eller två meningar under rubriken som läses upp med namnet när dialogen öppnas.
   */
  description?: ReactNode;
  /**
   * The content. Long content scrolls inside the dialog; the heading and footer stay.
   * @sv Innehållet. Långt innehåll rullar inuti dialogen; rubrik och knappar står kvar.
   */
  children?: ReactNode;
  /**
   * Actions at the bottom, usually a `ButtonGroup`: the main action first, then "Avbryt".
   * @sv Knappar längst ner, oftast en `ButtonGroup`: huvudhandlingen först, sedan "Avbryt".
   */
  footer?: ReactNode;
  /**
   * Width: `sm` 28rem for short questions, `md` 36rem, `lg` 720px for forms and tables.
   * Never wider than the screen.
   * @sv Bredd: `sm` för korta frågor, `md`, `lg` för formulär och tabeller. Aldrig bredare än skärmen.
   * @default 'md'
   */
  size?: DialogSize;
  /**
   * Shows the close button in the header. Turn it off only when the footer has a cancel
   * button (as ConfirmDialog does); Escape still closes.
   * @sv Visar stängknappen i sidhuvudet. Stäng av bara när det finns en Avbryt-knapp bland knapparna.
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
   * Called when the person presses Escape (the dialog's `cancel` event). Call
   * `event.preventDefault()` to keep the dialog open, e.g. while saving. Browsers let a page
   * refuse this only once per user action: a second Escape closes anyway.
   * @sv Anropas när Escape trycks. Anropa `event.preventDefault()` för att hålla dialogen öppen, t.ex. medan något sparas.
   */
  onCancel?: (event: SyntheticEvent<HTMLDialogElement>) => void;
  /**
   * The element that gets focus when the dialog opens. Default: the first focusable element
   * (the close button). Point it at the safest choice ("Avbryt") or, for long text, at the
   * heading's container.
   * @sv Elementet som får fokus när dialogen öppnas. Standard: det första fokuserbara (stängknappen).
   */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /**
   * Where focus goes when the dialog closes and the element that opened it is gone (deleted
   * with what the dialog removed) or there was none (opened as the page loaded). Otherwise
   * focus goes back to the element that opened it.
   * @sv Vart fokus går när dialogen stängs och elementet som öppnade den är borta (eller inget fanns). Annars går fokus tillbaka dit.
   */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /**
   * `alertdialog` for a short question that needs an answer before going on (ConfirmDialog
   * sets it).
   * @sv `alertdialog` för en kort fråga som måste besvaras (sätts av ConfirmDialog).
   * @default 'dialog'
   */
  role?: 'dialog' | 'alertdialog';
}

export type DialogProps = DialogOwnProps & Omit<ComponentPropsWithoutRef<'dialog'>, keyof DialogOwnProps>;

/**
 * A dialog on the native `<dialog>` element: modal by default (`showModal`: the page behind is
 * inert and dimmed, Tab stays inside, Escape closes), or non-modal. Named by its heading,
 * focus moved in on open and back to the opener on close, page scroll locked while modal.
 *
 * Usage rule: only for a task that must be done or decided before going on. Prefer a page of
 * its own for long forms, and a ConfirmDialog for "are you sure?" before a destructive action.
 */
export const Dialog = forwardRef<HTMLDialogElement, DialogProps>(function Dialog(
  {
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    modal = true,
    heading,
    headingLevel = 2,
    description,
    children,
    footer,
    size = 'md',
    closeButton = true,
    closeLabel,
    onCancel,
    initialFocusRef,
    returnFocusRef,
    role,
    className,
    onClose,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const strings = useSectionStrings(dialogStrings);
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const mergedRef = useMergedRefs(ref, dialogRef);
  const id = useSafeId(undefined, 'gbg-dialog');
  const modalHandlers = useModal(dialogRef, { open, setOpen, modal, onCancel, initialFocusRef, returnFocusRef });

  const hasHeading = heading != null && heading !== false && heading !== '';
  if (process.env.NODE_ENV !== 'production') {
    if (!hasHeading) {
      warnOnce('Dialog', 'has no `heading`. Give it a heading that says what the dialog is for; it is also the dialog\'s name for screen readers.');
    }
    if (headingLevel !== 2 && headingLevel !== 3) {
      warnOnce('Dialog', `\`headingLevel\` must be 2 or 3 (got ${String(headingLevel)}); an h2 was rendered.`);
    }
    if (openProp !== undefined && !onOpenChange) {
      warnOnce('Dialog', '`open` is set without `onOpenChange`, so the close button and Escape cannot close it. Add `onOpenChange={setOpen}`, or use `defaultOpen`.');
    }
    if (!closeButton && !footer) {
      warnOnce('Dialog', '`closeButton={false}` without a `footer` leaves only Escape to close it. Keep the close button or add a cancel button in the footer.');
    }
  }

  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const hasDescription = description != null && description !== false && description !== '';

  return (
    <dialog
      ref={mergedRef}
      className={cx(styles.root, className)}
      data-size={size}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      {...dialogNaming(hasHeading ? `${id}-heading` : undefined, hasDescription ? `${id}-description` : undefined)}
      // A non-modal dialog that is open is part of the server HTML; a modal one opens on the
      // client (showModal needs the DOM), so its server HTML is closed.
      open={!modal && open ? true : undefined}
      {...rest}
      onCancel={modalHandlers.onCancel}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        modalHandlers.onKeyDown(event);
      }}
      onClose={(event) => {
        onClose?.(event);
        modalHandlers.onClose(event);
      }}
    >
      <div className={styles.header}>
        <Heading id={`${id}-heading`} className={styles.heading}>
          {heading}
        </Heading>
        {closeButton && (
          <button type="button" className={styles.close} aria-label={closeLabel ?? strings.close} onClick={() => setOpen(false)}>
            <CloseIcon className={styles.closeIcon} aria-hidden="true" focusable="false" />
          </button>
        )}
      </div>
      <div className={styles.body}>
        {hasDescription && (
          // A div, so a description with its own paragraphs stays valid HTML.
          <div id={`${id}-description`} className={styles.description}>
            {description}
          </div>
        )}
        {children}
      </div>
      {footer != null && footer !== false && <div className={styles.footer}>{footer}</div>}
    </dialog>
  );
});
Dialog.displayName = 'Dialog';
