'use client';
import { forwardRef, type ClipboardEvent, type ReactNode } from 'react';
import { useSectionStrings } from '../../provider/hooks.js';
import { passwordInputStrings } from '../../i18n/sections.js';
import { warnOnce } from '../../internal/warn.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { TextField, type TextFieldProps } from '../TextField/TextField.js';

/** What the password is for; decides `autocomplete` so password managers fill in or suggest. */
export type PasswordPurpose = 'current' | 'new';

interface PasswordInputOwnProps {
  /**
   * `current` to sign in (the password manager fills it in, `autocomplete="current-password"`),
   * `new` to choose one (the manager suggests a strong one, `autocomplete="new-password"`).
   * @sv `current` för inloggning, `new` när man väljer ett lösenord. Styr `autocomplete`.
   * @default 'current'
   */
  purpose?: PasswordPurpose;
  /**
   * The visible label.
   * @sv Den synliga etiketten.
   * @default "Lösenord" ("Nytt lösenord" for `purpose="new"`), from the dictionaries
   */
  label?: ReactNode;
  /**
   * Hint under the label. For a new password, say the rules here (length, not characters).
   * @sv Tips under etiketten. För nytt lösenord: skriv reglerna här.
   */
  description?: ReactNode;
}

export type PasswordInputProps = PasswordInputOwnProps &
  DistributiveOmit<
    TextFieldProps,
    keyof PasswordInputOwnProps | 'type' | 'prefix' | 'suffix' | 'passwordToggle' | 'inputMode' | 'autoComplete'
  >;

/**
 * A password field with a "Visa lösenord" toggle button (a pressed toggle; its state is also
 * announced), `autocomplete` set from `purpose` so password managers work, and paste always
 * allowed (WCAG 3.3.8 Accessible Authentication).
 *
 * Built on `TextField`, which owns the one show/hide toggle of the library; label, description
 * and error are wired by the shared field mechanism. `ref` goes to the `<input>`.
 *
 * Usage rule: never block paste or autofill, and never ask people to type a password twice;
 * the toggle lets them check it instead.
 */
export const PasswordInput = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordInput(props, ref) {
  const { purpose = 'current', label, onPaste, ...rest } = props;
  const strings = useSectionStrings(passwordInputStrings);

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    onPaste?.(event);
    if (event.defaultPrevented) {
      if (process.env.NODE_ENV !== 'production') warnOnce(
        'PasswordInput',
        'onPaste prevented pasting. Let people paste: password managers and people who cannot type rely on it (WCAG 3.3.8). Remove the preventDefault().',
      );
    }
  };

  return (
    <TextField
      ref={ref}
      {...(rest as TextFieldProps)}
      label={label ?? (purpose === 'new' ? strings.labelNew : strings.label)}
      type="password"
      passwordToggle
      autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
      // Shown as text, a password must not go to a spelling service or be capitalised.
      spellCheck={false}
      autoCapitalize="none"
      autoCorrect="off"
      onPaste={handlePaste}
    />
  );
});
PasswordInput.displayName = 'PasswordInput';
