'use client';
import { forwardRef, useEffect, useRef, useState, type ReactNode, type RefObject, type SyntheticEvent } from 'react';
import { ErrorIcon } from '@goteborgsstad/icons';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { confirmDialogStrings } from '../../i18n/sections.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { Button } from '../Button/Button.js';
import { Dialog, type DialogProps } from '../Dialog/Dialog.js';
import * as styles from './ConfirmDialog.css.js';

interface ConfirmDialogOwnProps {
  /**
   * Whether the dialog is shown (controlled). Pair with `onOpenChange`.
   * @sv Om dialogen visas (styrt läge). Används med `onOpenChange`.
   */
  open?: boolean;
  /**
   * Shown from the start (uncontrolled).
   * @sv Visas från början (ostyrt läge).
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called with `false` when the dialog closes: cancelled, or after `onConfirm` succeeded.
   * @sv Anropas med `false` när dialogen stängs: avbruten, eller efter att `onConfirm` lyckats.
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * The question, naming what is affected: "Vill du ta bort ansökan om bygglov?".
   * @sv Frågan, med det som påverkas: "Vill du ta bort ansökan om bygglov?".
   */
  heading: ReactNode;
  /**
   * What happens and whether it can be undone, in one or two sentences ("Ansökan och bilagorna
   * tas bort. Det går inte att ångra."). Read out with the question when the dialog opens.
   * @sv Vad som händer och om det går att ångra, i en eller två meningar. Läses upp med frågan.
   */
  children?: ReactNode;
  /**
   * Text of the danger button: the action and its object, "Ta bort ansökan" — never "OK" or "Ja".
   * @sv Texten på knappen som bekräftar: handlingen och vad den gäller, "Ta bort ansökan" — aldrig "OK" eller "Ja".
   */
  confirmLabel: string;
  /**
   * Runs the action. While its promise is pending the confirm button is busy and the dialog
   * cannot be closed; when it resolves the dialog closes and `doneMessage` is spoken; when it
   * rejects the dialog stays open and shows and speaks `errorMessage`.
   * @sv Utför handlingen. Medan löftet pågår är knappen upptagen; när det lyckas stängs dialogen och `doneMessage` läses upp; när det misslyckas visas `errorMessage`.
   */
  onConfirm: () => void | Promise<unknown>;
  /**
   * Spoken (politely) when the action succeeded: "Ansökan om bygglov är borttagen". Leave it
   * out only when the page says it in another way (an Alert with `announce`).
   * @sv Läses upp när handlingen lyckats: "Ansökan om bygglov är borttagen".
   */
  doneMessage?: string;
  /**
   * Shown in the dialog and spoken (assertively) when `onConfirm` fails.
   * @sv Visas i dialogen och läses upp när `onConfirm` misslyckas.
   * @default "Det gick inte att genomföra. Försök igen om en stund." (from the dictionaries)
   */
  errorMessage?: string;
  /**
   * Text of the cancel button, which gets focus when the dialog opens (the safe choice).
   * @sv Texten på Avbryt-knappen, som får fokus när dialogen öppnas (det säkra valet).
   * @default "Avbryt" / "Cancel" (from the dictionaries)
   */
  cancelLabel?: string;
  /**
   * Where focus goes when the dialog closes and the button that opened it went away with what
   * was deleted (the list's heading, the next item). Otherwise focus goes back to that button.
   * @sv Vart fokus går när knappen som öppnade dialogen försvann med det som togs bort (listans rubrik, nästa rad). Annars går fokus tillbaka till knappen.
   */
  returnFocusRef?: RefObject<HTMLElement | null>;
}

export type ConfirmDialogProps = ConfirmDialogOwnProps &
  Omit<
    DialogProps,
    | keyof ConfirmDialogOwnProps
    | 'description'
    | 'footer'
    | 'closeButton'
    | 'closeLabel'
    | 'initialFocusRef'
    | 'role'
    | 'modal'
  >;

const VAGUE = /^(ok|okej|ja|yes|bekräfta|confirm|fortsätt|continue)[.!]?$/i;

/**
 * Asks before a destructive action: "Vill du ta bort ansökan?" with a danger button that
 * names the action ("Ta bort ansökan") and "Avbryt", where focus starts. A modal
 * `alertdialog`; the action may be async (the button shows it is busy), and the result is
 * spoken through the page's live region.
 *
 * Usage rule: only for what cannot be undone. Where the action can be undone, do it and offer
 * "Ångra" instead of asking.
 */
export const ConfirmDialog = forwardRef<HTMLDialogElement, ConfirmDialogProps>(function ConfirmDialog(
  {
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    heading,
    children,
    confirmLabel,
    onConfirm,
    doneMessage,
    errorMessage,
    cancelLabel,
    onCancel,
    size = 'sm',
    ...rest
  },
  ref,
) {
  const strings = useSectionStrings(confirmDialogStrings);
  const announce = useAnnounce();
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  // Spoken once the dialog has closed: while it is open, only what is inside it is read.
  const pendingDone = useRef<string | null>(null);
  useEffect(() => {
    // A new question starts without the last attempt's error.
    if (open) setFailed(false);
    else if (pendingDone.current) announce(pendingDone.current);
    pendingDone.current = null;
  }, [open, announce]);

  if (process.env.NODE_ENV !== 'production') {
    if (typeof confirmLabel !== 'string' || confirmLabel.trim() === '') {
      warnOnce('ConfirmDialog', '`confirmLabel` is empty. Name the action and its object, e.g. "Ta bort ansökan".');
    } else if (VAGUE.test(confirmLabel.trim())) {
      warnOnce('ConfirmDialog', `\`confirmLabel\` "${confirmLabel}" does not say what happens. Name the action and its object, e.g. "Ta bort ansökan".`);
    }
  }

  const failure = errorMessage ?? strings.failed;
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await onConfirm();
      if (!live.current) {
        // Removed together with what it deleted: nothing is left to close, speak now.
        if (doneMessage) announce(doneMessage);
        return;
      }
      pendingDone.current = doneMessage ?? null;
      setBusy(false);
      setOpen(false);
    } catch {
      if (!live.current) return;
      setBusy(false);
      setFailed(true);
      announce(failure, 'assertive');
    }
  };
  // While the action runs the dialog stays: closing would hide whether it worked.
  const handleOpenChange = (next: boolean) => {
    if (!next && busy) return;
    setOpen(next);
  };
  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    onCancel?.(event);
    if (busy) event.preventDefault();
  };

  return (
    <Dialog
      ref={ref}
      {...rest}
      role="alertdialog"
      size={size}
      open={open}
      onOpenChange={handleOpenChange}
      onCancel={handleCancel}
      heading={heading}
      description={children}
      closeButton={false}
      initialFocusRef={cancelRef}
      footer={
        <>
          <Button variant="danger" loading={busy} onClick={confirm}>
            {confirmLabel}
          </Button>
          <Button ref={cancelRef} variant="secondary" aria-disabled={busy || undefined} onClick={() => handleOpenChange(false)}>
            {cancelLabel ?? strings.cancel}
          </Button>
        </>
      }
    >
      {failed && (
        <p className={styles.error}>
          <ErrorIcon className={styles.errorIcon} aria-hidden="true" focusable="false" />
          <span>{failure}</span>
        </p>
      )}
    </Dialog>
  );
});
ConfirmDialog.displayName = 'ConfirmDialog';
