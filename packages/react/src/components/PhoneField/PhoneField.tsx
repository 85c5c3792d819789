'use client';
import { forwardRef, type ReactNode } from 'react';
import { useSectionStrings } from '../../provider/hooks.js';
import { phoneFieldStrings } from '../../i18n/sections.js';
import { useBlurValidation } from '../../form/useBlurValidation.js';
import { parsePhoneNumber, type PhoneNumberErrorCode, type PhoneNumberResult } from '../../phone/parsePhoneNumber.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { TextField, type TextFieldProps } from '../TextField/TextField.js';

interface PhoneFieldOwnProps {
  /**
   * The visible label.
   * @sv Den synliga etiketten.
   * @default "Telefonnummer" / "Phone number" (from the dictionaries)
   */
  label?: ReactNode;
  /**
   * Hint under the label. Pass `null` to leave it out.
   * @sv Tips under etiketten. `null` tar bort det.
   * @default "Med riktnummer. Nummer i andra länder med landsnummer, till exempel +47." (from the dictionaries)
   */
  description?: ReactNode;
  /**
   * An error from outside (for example the server's answer). It wins over the field's own message.
   * @sv Ett fel utifrån (t.ex. serverns svar). Vinner över fältets eget meddelande.
   */
  error?: ReactNode;
  /**
   * Called with the full result each time the field validates (on blur). A valid result has
   * `normalized`, the number in E.164 (`+46313650000`): store and send that. The submitted form
   * value is what the person typed; parse it on the server with `parsePhoneNumber` to get the
   * same E.164.
   * @sv Anropas med hela resultatet när fältet lämnas. `normalized` är numret i E.164 (`+46313650000`).
   */
  onValidate?: (result: PhoneNumberResult) => void;
  /**
   * On blur, rewrite a valid number the way people read it (`031-365 00 00`; foreign numbers in
   * E.164). Uncontrolled fields only; with `value`, set it from `onValidate`.
   * @sv Skriver om ett giltigt nummer som `031-365 00 00` när fältet lämnas.
   * @default false
   */
  normalizeOnBlur?: boolean;
}

export type PhoneFieldProps = PhoneFieldOwnProps &
  DistributiveOmit<TextFieldProps, keyof PhoneFieldOwnProps | 'type' | 'prefix' | 'suffix' | 'passwordToggle' | 'inputMode'>;

/**
 * A phone number field for Swedish and international numbers: `type="tel"` (the phone keypad),
 * `autocomplete="tel"` (the browser can fill it in), validated on blur, with the number in E.164
 * on the way out through `onValidate` (`result.normalized`).
 *
 * Built on `TextField`, so label, description and error are wired by the shared field mechanism.
 * `ref` goes to the `<input>`. Pass another `autoComplete` token (`work tel`, `mobile tel`) when
 * the question is about a particular number.
 *
 * Usage rule: ask for a phone number only when the service will call or text; never require
 * a particular written form — the field takes them all.
 */
export const PhoneField = forwardRef<HTMLInputElement, PhoneFieldProps>(function PhoneField(props, ref) {
  const { label, description, error, onValidate, normalizeOnBlur = false, onBlur, onChange, width = 'md', value, ...rest } = props;
  const strings = useSectionStrings(phoneFieldStrings);
  const { errorCode, handleBlur, handleChange } = useBlurValidation<PhoneNumberErrorCode, PhoneNumberResult>({
    parse: parsePhoneNumber,
    onValidate,
    normalizeOnBlur,
    display: (result) => (result.ok ? result.formatted : undefined),
    value,
    onBlur,
    onChange,
  });

  return (
    <TextField
      ref={ref}
      autoComplete="tel"
      {...(rest as TextFieldProps)}
      {...(value !== undefined ? { value } : {})}
      label={label ?? strings.label}
      description={description === undefined ? strings.description : description}
      error={error ?? (errorCode ? strings.errors[errorCode] : undefined)}
      type="tel"
      spellCheck={false}
      width={width}
      onBlur={handleBlur}
      onChange={handleChange}
    />
  );
});
PhoneField.displayName = 'PhoneField';
