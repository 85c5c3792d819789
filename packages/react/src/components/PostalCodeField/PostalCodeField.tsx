'use client';
import { forwardRef, type ReactNode } from 'react';
import { useSectionStrings } from '../../provider/hooks.js';
import { postalCodeFieldStrings } from '../../i18n/sections.js';
import { useBlurValidation } from '../../form/useBlurValidation.js';
import { parsePostalCode, type PostalCodeErrorCode, type PostalCodeResult } from '../../postalcode/parsePostalCode.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { TextField, type TextFieldProps } from '../TextField/TextField.js';

interface PostalCodeFieldOwnProps {
  /**
   * The visible label.
   * @sv Den synliga etiketten.
   * @default "Postnummer" / "Postcode" (from the dictionaries)
   */
  label?: ReactNode;
  /**
   * Hint under the label. Usually not needed: everyone knows their postcode.
   * @sv Tips under etiketten. Behövs sällan.
   */
  description?: ReactNode;
  /**
   * An error from outside (for example the server's answer). It wins over the field's own message.
   * @sv Ett fel utifrån (t.ex. serverns svar). Vinner över fältets eget meddelande.
   */
  error?: ReactNode;
  /**
   * Called with the full result each time the field validates (on blur): `{ ok: true, normalized:
   * '413 19' }` or `{ ok: false, error, message }`. Validate again on the server with `parsePostalCode`.
   * @sv Anropas med hela resultatet varje gång fältet validerar (när det lämnas).
   */
  onValidate?: (result: PostalCodeResult) => void;
  /**
   * On blur, rewrite a valid postcode as `413 19`. Uncontrolled fields only; with `value`, set it
   * from `onValidate`.
   * @sv Skriver om ett giltigt postnummer som `413 19` när fältet lämnas.
   * @default false
   */
  normalizeOnBlur?: boolean;
}

export type PostalCodeFieldProps = PostalCodeFieldOwnProps &
  DistributiveOmit<TextFieldProps, keyof PostalCodeFieldOwnProps | 'type' | 'prefix' | 'suffix' | 'passwordToggle' | 'inputMode'>;

/**
 * A Swedish postcode field: `autocomplete="postal-code"` so the browser can fill it in,
 * `inputmode="numeric"` for the digit keyboard, a short box, and a check on blur (five digits,
 * the first not 0) with errors in words. Accepts `41319`, `413 19` and `SE-413 19`.
 *
 * Built on `TextField`, so label and error are wired by the shared field mechanism. `ref` goes to
 * the `<input>`.
 *
 * Usage rule: for Swedish addresses only — an address abroad needs a plain `TextField`, since
 * other countries write postcodes differently.
 */
export const PostalCodeField = forwardRef<HTMLInputElement, PostalCodeFieldProps>(function PostalCodeField(props, ref) {
  const { label, error, onValidate, normalizeOnBlur = false, onBlur, onChange, width = 'sm', value, ...rest } = props;
  const strings = useSectionStrings(postalCodeFieldStrings);
  const { errorCode, handleBlur, handleChange } = useBlurValidation<PostalCodeErrorCode, PostalCodeResult>({
    parse: parsePostalCode,
    onValidate,
    normalizeOnBlur,
    value,
    onBlur,
    onChange,
  });

  return (
    <TextField
      ref={ref}
      autoComplete="postal-code"
      {...(rest as TextFieldProps)}
      {...(value !== undefined ? { value } : {})}
      label={label ?? strings.label}
      error={error ?? (errorCode ? strings.errors[errorCode] : undefined)}
      type="text"
      inputMode="numeric"
      spellCheck={false}
      width={width}
      onBlur={handleBlur}
      onChange={handleChange}
    />
  );
});
PostalCodeField.displayName = 'PostalCodeField';
