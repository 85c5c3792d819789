'use client';
import { forwardRef, type ReactNode } from 'react';
import { useSectionStrings } from '../../provider/hooks.js';
import { organisationsnummerFieldStrings } from '../../i18n/sections.js';
import { useBlurValidation } from '../../form/useBlurValidation.js';
import {
  parseOrganisationsnummer,
  type OrganisationsnummerErrorCode,
  type OrganisationsnummerResult,
} from '../../organisationsnummer/parseOrganisationsnummer.js';
import type { DistributiveOmit } from '../../internal/types.js';
import { TextField, type TextFieldProps } from '../TextField/TextField.js';

interface OrganisationsnummerFieldOwnProps {
  /**
   * The visible label. The default comes from the dictionaries; with `allowPersonnummer` it is
   * "Organisationsnummer eller personnummer".
   * @sv Den synliga etiketten. Standardtexten kommer från ordlistan; med `allowPersonnummer` är den
   * "Organisationsnummer eller personnummer".
   * @default "Organisationsnummer"
   */
  label?: ReactNode;
  /**
   * Format hint under the label. Pass `null` to leave it out. The default comes from the
   * dictionaries and mentions sole traders with `allowPersonnummer`.
   * @sv Formattips under etiketten. `null` tar bort det. Standardtexten kommer från ordlistan och
   * nämner enskilda firmor med `allowPersonnummer`.
   * @default "10 siffror, NNNNNN-NNNN"
   */
  description?: ReactNode;
  /**
   * An error from outside (for example the server's answer). It wins over the field's own message.
   * @sv Ett fel utifrån (t.ex. serverns svar). Vinner över fältets eget meddelande.
   */
  error?: ReactNode;
  /**
   * Also accept a personnummer, for sole traders (enskild firma), who have no organisation number
   * of their own. Turn it on when sole traders are among the people the service is for.
   * @sv Tar även emot personnummer, för enskild firma som saknar eget organisationsnummer.
   * @default false
   */
  allowPersonnummer?: boolean;
  /**
   * The day a sole trader's personnummer is judged against (century, future dates). Set it in tests.
   * @sv Dagen som ett personnummer bedöms mot (sekel, framtida datum).
   * @default today
   */
  referenceDate?: Date | string;
  /**
   * Called with the full result each time the field validates (on blur): `{ ok: true, kind,
   * normalized, … }` or `{ ok: false, error, message }`. Store `normalized`; validate again on
   * the server with `parseOrganisationsnummer`.
   * @sv Anropas med hela resultatet varje gång fältet validerar (när det lämnas).
   */
  onValidate?: (result: OrganisationsnummerResult) => void;
  /**
   * On blur, rewrite a valid number in the input as `NNNNNN-NNNN` (a personnummer as
   * `YYYYMMDD-XXXX`). Uncontrolled fields only; with `value`, set it from `onValidate`.
   * @sv Skriver om ett giltigt nummer som `NNNNNN-NNNN` när fältet lämnas.
   * @default false
   */
  normalizeOnBlur?: boolean;
}

export type OrganisationsnummerFieldProps = OrganisationsnummerFieldOwnProps &
  DistributiveOmit<
    TextFieldProps,
    keyof OrganisationsnummerFieldOwnProps | 'type' | 'prefix' | 'suffix' | 'passwordToggle' | 'inputMode'
  >;

/**
 * A text field for a Swedish organisation number (organisationsnummer), and with
 * `allowPersonnummer` a sole trader's personnummer. Checks form, the third digit (2 or higher for
 * legal entities) and the check digit when the field loses focus, and explains each error in words.
 *
 * Built on `TextField`, so label, description and error are wired by the shared field mechanism.
 * `ref` goes to the `<input>`.
 *
 * Usage rule: always validate again on the server (`parseOrganisationsnummer` from
 * `@goteborgsstad/react/organisationsnummer`).
 */
export const OrganisationsnummerField = forwardRef<HTMLInputElement, OrganisationsnummerFieldProps>(
  function OrganisationsnummerField(props, ref) {
    const {
      label,
      description,
      error,
      allowPersonnummer = false,
      referenceDate,
      onValidate,
      normalizeOnBlur = false,
      onBlur,
      onChange,
      width = 'md',
      value,
      ...rest
    } = props;
    const strings = useSectionStrings(organisationsnummerFieldStrings);
    const { errorCode, handleBlur, handleChange } = useBlurValidation<OrganisationsnummerErrorCode, OrganisationsnummerResult>({
      parse: (text) => parseOrganisationsnummer(text, { allowPersonnummer, referenceDate }),
      onValidate,
      normalizeOnBlur,
      value,
      onBlur,
      onChange,
    });

    const defaultDescription = allowPersonnummer ? strings.descriptionWithPersonnummer : strings.description;

    return (
      <TextField
        ref={ref}
        autoComplete="off"
        {...(rest as TextFieldProps)}
        {...(value !== undefined ? { value } : {})}
        label={label ?? (allowPersonnummer ? strings.labelWithPersonnummer : strings.label)}
        description={description === undefined ? defaultDescription : description}
        error={error ?? (errorCode ? strings.errors[errorCode] : undefined)}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        width={width}
        onBlur={handleBlur}
        onChange={handleChange}
      />
    );
  },
);
OrganisationsnummerField.displayName = 'OrganisationsnummerField';
