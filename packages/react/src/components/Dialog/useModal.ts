'use client';
import { useEffect, useRef, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { modalRegion, setScopedRegion } from '../../announce/announcer.js';

export interface ModalOptions {
  /** Shown now. */
  open: boolean;
  /** Called with `false` when the person dismisses it (Escape) or the element closed by itself. */
  setOpen: (open: boolean) => void;
  /** `showModal()` (inert page, Tab kept inside) or a plain open element. @default true */
  modal?: boolean | undefined;
  /** Escape pressed; `preventDefault()` keeps it open (once per user action). */
  onCancel?: ((event: SyntheticEvent<HTMLDialogElement>) => void) | undefined;
  /** Focus goes here on open instead of the first focusable element. */
  initialFocusRef?: RefObject<HTMLElement | null> | undefined;
  /** Focus goes here on close when the element that opened it is gone. */
  returnFocusRef?: RefObject<HTMLElement | null> | undefined;
}

/** Event handlers for the `<dialog>` element (Escape and the element's own `close`). */
export interface ModalHandlers {
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => void;
  onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Shown with showModal() now. Engines without `:modal` have no modal dialogs. */
function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return false;
  }
}

/**
 * The one modal mechanism of the library, on the native `<dialog>` element (Dialog, DatePicker's
 * calendar): opens it with `showModal()` (jsdom and old engines: the `open` attribute), sends
 * announcements into it while it is the top modal, moves focus in on open and back to the opener
 * on close, and turns Escape and the element's own closing into `setOpen(false)`, so the state
 * decides. Spread the returned handlers on the `<dialog>`.
 */
export function useModal(
  dialogRef: RefObject<HTMLDialogElement | null>,
  { open, setOpen, modal = true, onCancel, initialFocusRef, returnFocusRef }: ModalOptions,
): ModalHandlers {
  const opener = useRef<HTMLElement | null>(null);
  // null before the first run: a non-modal dialog open as the page loads does not steal focus.
  const shown = useRef<boolean | null>(null);
  // The latest state for the native close event.
  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const active = document.activeElement as HTMLElement | null;
    const focusInside = dialog.contains(active);
    if (open) {
      if (!focusInside && active) opener.current = active;
      if (modal && dialog.showModal) {
        if (!isModal(dialog)) {
          // From non-modal to modal: the element must be closed before showModal().
          if (dialog.open) dialog.close();
          // The page around a modal is inert: announcements from now on go inside the top one.
          setScopedRegion(modalRegion);
          dialog.showModal();
        }
      } else if (!dialog.open) {
        dialog.setAttribute('open', '');
      }
      const target = initialFocusRef?.current;
      // showModal() focused the first focusable already; a non-modal dialog opened by the person
      // gets the same. One that was open when the page loaded does not steal focus.
      if (target) target.focus();
      else if ((modal || shown.current !== null) && !dialog.contains(document.activeElement)) {
        (dialog.querySelector<HTMLElement>(FOCUSABLE) ?? dialog).focus();
      }
    } else {
      // A non-modal dialog was closed by React already (it owns that `open` attribute).
      if (dialog.open) {
        if (dialog.close) dialog.close();
        else dialog.removeAttribute('open');
      }
      if (shown.current) {
        const back = opener.current?.isConnected ? opener.current : returnFocusRef?.current;
        // Only when focus would be lost: the app may have moved it somewhere on purpose.
        if (back?.isConnected && (focusInside || !active || active === document.body)) back.focus();
      }
      opener.current = null;
    }
    shown.current = open;
  }, [open, modal]);

  // Escape: a modal dialog gets the native `cancel` event; the state decides whether it closes
  // (so a controlled dialog stays open until its owner says otherwise).
  const cancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // React passes a nested dialog's events up the tree: each dialog answers only for itself.
    if ((event.target as Element).closest('dialog') !== event.currentTarget) return;
    onCancel?.(event);
    // Browsers may make a repeated Escape uncancelable; then it closes whatever the handler said.
    const refused = event.defaultPrevented && event.nativeEvent.cancelable;
    event.preventDefault();
    if (!refused) setOpen(false);
  };
  return {
    onCancel: cancel,
    // A non-modal dialog gets no `cancel` event; Escape inside it closes it the same way.
    onKeyDown: (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented && !isModal(event.currentTarget)) cancel(event);
    },
    // The element closed without the state (a form with method="dialog", the browser after an
    // uncancelable Escape): bring the state along.
    onClose: (event) => {
      if (event.target === event.currentTarget && openRef.current && !event.currentTarget.open) setOpen(false);
    },
  };
}

/**
 * A dialog's name and description (APG dialog and alertdialog: the description is read with the
 * name when the dialog opens). Not field wiring: the one place a dialog writes these attributes.
 */
export const dialogNaming = (headingId: string | undefined, descriptionId: string | undefined) => ({
  'aria-labelledby': headingId,
  'aria-describedby': descriptionId,
});
